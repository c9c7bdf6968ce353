import { newId } from '../../../domain/ids';
import { normalizeDisplayCodeQuery } from '../../../domain/members';
import type {
  DuplicateCheckResult,
  MemberCreateInput,
  MemberList,
  MemberListQuery,
  MemberUpdateInput,
  MemberView,
  MigrantStatus,
} from '../../../domain/members.schemas';
import { AppError } from '../../platform/errors';
import { orgContext, type OrgServiceContext, type ServiceContext } from '../../platform/http/route-spec';
import { listViewers } from '../audit/audit.repo';
import { buildAttributeChanges } from './member-attributes';
import * as consentRepo from './member-consents.repo';
import { memberScopeCondition, requireMemberInScope, type MemberRow } from './member-scope';
import { memberSettings } from './member-settings';
import { auditApart, countUicLookup, deriveUicHash } from './member-uic';
import { generateDisplayCode } from './display-code';
import { presentDuplicate, presentMember, presentMemberListItem, visibleSecrets } from './members.presenter';
import * as repo from './members.repo';
import { memberContactChannelColumn, memberMigrantStatusColumn, memberNotesColumn } from './members.tables';

const DISPLAY_CODE_ATTEMPTS = 8;

/**
 * A lookup of a code against the organization (check-duplicate, or a create refused for it). It
 * names the members it matched, so "who looked this person up" can be answered from the log.
 */
const duplicateCheckedEvent = (matches: readonly { id: string }[]) => ({
  action: 'member.duplicate_checked',
  resourceType: 'member',
  details: {
    matches: matches.length,
    ...(matches.length > 0 ? { matchedIds: matches.map((match) => match.id).join(',') } : {}),
  },
});

async function decryptSecrets(c: OrgServiceContext, row: MemberRow) {
  const see = visibleSecrets(c.org.role);
  const key = { org_id: row.orgId, id: row.id };
  const open = (enabled: boolean, sealed: Buffer | null, aad: string) =>
    enabled ? c.deps.keyring.decryptNullable(c.org.orgId, sealed, aad) : Promise.resolve(null);
  return {
    notes: await open(see.notes, row.notesEnc, memberNotesColumn.aad(key)),
    contactChannel: await open(
      see.contactChannel,
      row.contactChannelEnc,
      memberContactChannelColumn.aad(key),
    ),
    migrantStatus: (await open(
      see.migrantStatus,
      row.migrantStatusEnc,
      memberMigrantStatusColumn.aad(key),
    )) as MigrantStatus | null,
  };
}

/**
 * The full view of a member; reading it is a sensitive read and is audited ("who viewed"). The
 * answer to a create is not: it holds only what the caller has just sent.
 */
export async function presentMemberDetail(
  c: OrgServiceContext,
  row: MemberRow,
  options: { auditRead: boolean } = { auditRead: true },
): Promise<MemberView> {
  const view = presentMember(row, c.org.role, {
    usualSiteIds: await repo.listMemberSiteIds(c.db, row.orgId, row.id),
    consents: await consentRepo.listConsents(c.db, row.orgId, row.id),
    possibleDuplicates: row.mergedIntoId ? [] : await repo.findPossibleDuplicates(c.db, row),
    secrets: await decryptSecrets(c, row),
  });
  if (options.auditRead)
    await c.audit({ action: 'member.read', resourceType: 'member', resourceId: row.id, sensitiveRead: true });
  return view;
}

export async function listMembers(ctx: ServiceContext, query: MemberListQuery): Promise<MemberList> {
  const c = orgContext(ctx);
  const rows = await repo.listMembers(c.db, c.org.orgId, {
    scope: memberScopeCondition(c),
    codePrefix: query.q ? normalizeDisplayCodeQuery(query.q) : undefined,
    siteId: query.siteId,
    flag: query.flag,
    priority: query.priority,
    assignedUserId: query.assignedUserId,
    cursor: query.cursor,
    limit: query.limit,
  });
  const last = rows.at(-1);
  return {
    members: rows.map(presentMemberListItem),
    nextCursor: rows.length === query.limit && last ? last.id : null,
  };
}

export async function getMember(ctx: ServiceContext, id: string): Promise<MemberView> {
  const c = orgContext(ctx);
  return presentMemberDetail(c, await requireMemberInScope(c, id));
}

/** Inserts the row under a fresh random display code, drawing again on the (rare) collision. */
async function insertWithDisplayCode(c: OrgServiceContext, row: MemberRow): Promise<boolean> {
  for (let attempt = 0; attempt < DISPLAY_CODE_ATTEMPTS; attempt++) {
    if (await repo.insertMember(c.db, row)) return true;
    if (await repo.findMemberIncludingDeleted(c.db, c.org.orgId, row.id)) return false;
    row.displayCode = generateDisplayCode();
  }
  throw new Error('no free display code after several attempts');
}

/** A retried create (same client id) answers the record; any other reuse of the id conflicts. */
async function answerRetriedCreate(c: OrgServiceContext, id: string, hash: Buffer): Promise<MemberView> {
  const existing = await repo.findMemberIncludingDeleted(c.db, c.org.orgId, id);
  const inScope = existing && (await requireMemberInScope(c, id).catch(() => null));
  if (!existing || !inScope || !existing.uicHash.equals(hash))
    throw new AppError('conflict', { field: 'id' });
  return presentMemberDetail(c, existing);
}

/**
 * Registers a member. The UIC is hashed with the network key and then dropped: neither the code nor
 * its answers are stored, logged, audited or answered. A hash that matches a live member of the
 * organization is refused with `possible_duplicate` unless the caller confirmed it is someone else;
 * that decision is recorded so the prompt does not return.
 */
export async function createMember(ctx: ServiceContext, input: MemberCreateInput): Promise<MemberView> {
  const c = orgContext(ctx);
  const { uic, confirmedDistinct, id: clientId, ...attributes } = input;
  await countUicLookup(c);
  const hash = await deriveUicHash(c, uic);
  const id = clientId ?? newId(c.now.getTime());
  if (clientId && (await repo.findMemberIncludingDeleted(c.db, c.org.orgId, clientId)))
    return answerRetriedCreate(c, clientId, hash);
  const matches = await repo.findMembersByHash(c.db, c.org.orgId, hash);
  if (matches.length > 0 && !confirmedDistinct) {
    // The refusal rolls the request back; the lookup it answered is audited all the same.
    await auditApart(c, duplicateCheckedEvent(matches));
    throw new AppError('possible_duplicate', { details: { matches: matches.map(presentDuplicate) } });
  }
  if (c.org.role === 'promotora') attributes.assignedUserId ??= c.actor.userId;
  const settings = await memberSettings(c.db, c.org.orgId);
  const changes = await buildAttributeChanges(c, id, attributes, settings);
  const row: MemberRow = {
    orgId: c.org.orgId,
    id,
    uicHash: hash,
    uicRecipeId: uic.recipeId,
    uicFallbacks: [...uic.fallbacksUsed],
    displayCode: generateDisplayCode(),
    assignedUserId: null,
    localGroupId: null,
    ageBand: 'unknown',
    genderIdentity: 'unknown',
    workSettings: [],
    nationality: null,
    migrantStatusEnc: null,
    firstContactOn: c.now.toISOString().slice(0, 10),
    servedBeforeOrg: null,
    servedBeforeSiteId: null,
    riskFlags: [],
    priority: false,
    leadershipRoles: [],
    partnersPerWeek: null,
    actsPerPartner: null,
    notesEnc: null,
    contactChannelEnc: null,
    mergedIntoId: null,
    createdBy: c.actor.userId,
    createdAt: c.now,
    updatedAt: c.now,
    deletedAt: null,
    ...changes.values,
  };
  if (!(await insertWithDisplayCode(c, row))) return answerRetriedCreate(c, id, hash);
  if (changes.siteIds) await repo.replaceMemberSites(c.db, c.org.orgId, id, changes.siteIds);
  for (const match of matches)
    await repo.insertDistinctPair(c.db, {
      orgId: c.org.orgId,
      firstId: id,
      secondId: match.id,
      decidedBy: c.actor.userId,
      decidedAt: c.now,
    });
  await c.audit({
    action: 'member.created',
    resourceType: 'member',
    resourceId: id,
    details: { fallbacksUsed: uic.fallbacksUsed.length, confirmedDistinctFrom: matches.length },
  });
  return presentMemberDetail(c, row, { auditRead: false });
}

/** Changes a member's attributes; the audit row lists the names of the fields set, never values. */
export async function updateMember(
  ctx: ServiceContext,
  id: string,
  input: MemberUpdateInput,
): Promise<MemberView> {
  const c = orgContext(ctx);
  const current = await requireMemberInScope(c, id);
  if (current.mergedIntoId) throw new AppError('conflict', { field: 'mergedIntoId' });
  const settings = await memberSettings(c.db, c.org.orgId);
  const changes = await buildAttributeChanges(c, id, input, settings);
  await repo.updateMember(c.db, c.org.orgId, id, { ...changes.values, updatedAt: c.now });
  if (changes.values.assignedUserId !== undefined)
    await repo.reassignMergedInto(c.db, c.org.orgId, id, changes.values.assignedUserId, c.now);
  if (changes.siteIds) await repo.replaceMemberSites(c.db, c.org.orgId, id, changes.siteIds);
  await c.audit({
    action: 'member.updated',
    resourceType: 'member',
    resourceId: id,
    details: { fields: changes.fields.join(',') },
  });
  return presentMemberDetail(c, await requireMemberInScope(c, id));
}

/** "Is this person registered already?" — the members whose code hashes alike, without creating. */
export async function checkDuplicate(
  ctx: ServiceContext,
  input: { uic: MemberCreateInput['uic'] },
): Promise<DuplicateCheckResult> {
  const c = orgContext(ctx);
  await countUicLookup(c);
  const matches = await repo.findMembersByHash(c.db, c.org.orgId, await deriveUicHash(c, input.uic));
  await c.audit(duplicateCheckedEvent(matches));
  return { matches: matches.map(presentDuplicate) };
}

/** Who opened this member's record (sensitive reads), for coordinators. */
export async function listMemberViewers(ctx: ServiceContext, id: string) {
  const c = orgContext(ctx);
  await requireMemberInScope(c, id);
  const rows = await listViewers(c.db, c.org.orgId, 'member', id);
  return { viewers: rows.map((row) => ({ actor: row.actor, role: row.role, at: row.at.toISOString() })) };
}
