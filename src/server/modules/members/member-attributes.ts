import { isPriority } from '../../../domain/members';
import type { MemberUpdateInput } from '../../../domain/members.schemas';
import { AppError } from '../../platform/errors';
import type { OrgServiceContext } from '../../platform/http/route-spec';
import type { MemberSettings } from './member-settings';
import { memberContactChannelColumn, memberMigrantStatusColumn, memberNotesColumn } from './members.tables';
import * as repo from './members.repo';

const invalid = (field: string, reason = 'invalid_value') =>
  new AppError('validation', { field, params: { reason } });

const aad = (column: { aad: (key: Record<string, string>) => string }, orgId: string, id: string) =>
  column.aad({ org_id: orgId, id });

export interface AttributeChanges {
  values: repo.MemberChanges;
  /** The new usual sites, when the input names them. */
  siteIds?: string[];
  /** Names of the fields the input sets (audit details list names, never values). */
  fields: string[];
}

/** Refuses what the organization's registry settings do not record, and flags it does not define. */
function checkSettings(input: MemberUpdateInput, settings: MemberSettings): void {
  if (!settings.recordMigrantStatus) {
    if (input.nationality != null) throw invalid('nationality', 'not_enabled');
    if (input.migrantStatus != null) throw invalid('migrantStatus', 'not_enabled');
  }
  if (!settings.recordContactChannel && input.contactChannel != null && input.contactChannel !== '')
    throw invalid('contactChannel', 'not_enabled');
  const known = new Set(settings.riskFlagKeys);
  if (input.riskFlags?.some((flag) => !known.has(flag))) throw invalid('riskFlags');
}

/** A promotora keeps her own caseload; coordinators and admins assign any active promotora. */
async function checkAssignment(c: OrgServiceContext, assignedUserId: string | null): Promise<void> {
  if (c.org.role === 'promotora') {
    if (assignedUserId !== c.actor.userId) throw invalid('assignedUserId', 'not_allowed');
    return;
  }
  if (assignedUserId !== null && !(await repo.isActivePromotora(c.db, c.org.orgId, assignedUserId)))
    throw invalid('assignedUserId', 'not_a_promotora');
}

async function checkReferences(c: OrgServiceContext, input: MemberUpdateInput): Promise<void> {
  const orgId = c.org.orgId;
  if (input.assignedUserId !== undefined) await checkAssignment(c, input.assignedUserId);
  if (input.localGroupId && !(await repo.localGroupExists(c.db, orgId, input.localGroupId)))
    throw invalid('localGroupId');
  const siteIds = [
    ...(input.usualSiteIds ?? []),
    ...(input.servedBeforeSiteId ? [input.servedBeforeSiteId] : []),
  ];
  const live = await repo.findLiveSiteIds(c.db, orgId, siteIds);
  if (input.usualSiteIds?.some((id) => !live.has(id))) throw invalid('usualSiteIds');
  if (input.servedBeforeSiteId && !live.has(input.servedBeforeSiteId)) throw invalid('servedBeforeSiteId');
}

const PLAIN_FIELDS = [
  'assignedUserId',
  'localGroupId',
  'ageBand',
  'genderIdentity',
  'workSettings',
  'nationality',
  'firstContactOn',
  'servedBeforeOrg',
  'servedBeforeSiteId',
  'leadershipRoles',
  'partnersPerWeek',
  'actsPerPartner',
] as const;

/**
 * Validates a member form against the settings and the organization's records, and turns it into
 * column values: encrypted fields under the organization's key, priority derived from the flags.
 */
export async function buildAttributeChanges(
  c: OrgServiceContext,
  memberId: string,
  input: MemberUpdateInput,
  settings: MemberSettings,
): Promise<AttributeChanges> {
  checkSettings(input, settings);
  await checkReferences(c, input);
  const orgId = c.org.orgId;
  const keyring = c.deps.keyring;
  const values: repo.MemberChanges = {};
  const fields: string[] = [];
  for (const field of PLAIN_FIELDS) {
    const value = input[field];
    if (value === undefined) continue;
    (values as Record<string, unknown>)[field] = value;
    fields.push(field);
  }
  if (input.riskFlags !== undefined) {
    values.riskFlags = input.riskFlags;
    values.priority = isPriority(input.riskFlags);
    fields.push('riskFlags');
  }
  if (input.notes !== undefined) {
    values.notesEnc = await keyring.encryptNullable(
      orgId,
      input.notes || null,
      aad(memberNotesColumn, orgId, memberId),
    );
    fields.push('notes');
  }
  if (input.contactChannel !== undefined) {
    values.contactChannelEnc = await keyring.encryptNullable(
      orgId,
      input.contactChannel || null,
      aad(memberContactChannelColumn, orgId, memberId),
    );
    fields.push('contactChannel');
  }
  if (input.migrantStatus !== undefined) {
    values.migrantStatusEnc = await keyring.encryptNullable(
      orgId,
      input.migrantStatus,
      aad(memberMigrantStatusColumn, orgId, memberId),
    );
    fields.push('migrantStatus');
  }
  if (input.usualSiteIds !== undefined) fields.push('usualSiteIds');
  return { values, fields, ...(input.usualSiteIds !== undefined ? { siteIds: input.usualSiteIds } : {}) };
}
