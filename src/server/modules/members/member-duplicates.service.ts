import type { DuplicateCheckResult, MemberMergeResult } from '../../../domain/members.schemas';
import { AppError } from '../../platform/errors';
import { orgContext, type OrgServiceContext, type ServiceContext } from '../../platform/http/route-spec';
import * as consentRepo from './member-consents.repo';
import { findMemberInScope, requireMemberInScope, type MemberRow } from './member-scope';
import { presentDuplicate } from './members.presenter';
import * as repo from './members.repo';
import { presentMemberDetail } from './members.service';

/** The other record of a merge or a "not the same person": live, reachable, and not the same id. */
async function requireOther(c: OrgServiceContext, member: MemberRow, otherId: string, field: string) {
  const other = await findMemberInScope(c, otherId);
  if (!other) throw new AppError('not_found', { field });
  if (other.id === member.id)
    throw new AppError('validation', { field, params: { reason: 'invalid_value' } });
  if (other.mergedIntoId) throw new AppError('conflict', { field });
  return other;
}

const earlier = (a: string | null, b: string | null) => (a && b ? (a < b ? a : b) : (a ?? b));

/**
 * "Same person": `memberId` is merged into `intoMemberId`. Its usual sites and consent history move
 * to the kept member, and it is marked `merged_into_id`. Contacts are append-only events and are not
 * rewritten: they keep their `member_id`, and queries count them for `coalesce(merged_into_id, id)`
 * (`effectiveMemberId` in member-scope.ts). The merged record follows the kept one's promotora, so
 * row scopes stay consistent.
 */
export async function mergeMember(
  ctx: ServiceContext,
  memberId: string,
  intoMemberId: string,
): Promise<MemberMergeResult> {
  const c = orgContext(ctx);
  // Two merges of the same records wait for each other; the second then sees the first's result
  // (so A → B and B → A at once cannot leave both merged into each other).
  await repo.lockMembers(c.db, c.org.orgId, [memberId, intoMemberId]);
  const merged = await requireMemberInScope(c, memberId);
  if (merged.mergedIntoId) throw new AppError('conflict', { field: 'memberId' });
  const kept = await requireOther(c, merged, intoMemberId, 'intoMemberId');
  const orgId = c.org.orgId;
  const sites = await repo.moveMemberSites(c.db, orgId, merged.id, kept.id);
  const consents = await consentRepo.moveConsents(c.db, orgId, merged.id, kept.id);
  await repo.repointMerges(c.db, orgId, merged.id, kept, c.now);
  await repo.updateMember(c.db, orgId, merged.id, {
    mergedIntoId: kept.id,
    assignedUserId: kept.assignedUserId,
    updatedAt: c.now,
  });
  await repo.updateMember(c.db, orgId, kept.id, {
    firstContactOn: earlier(kept.firstContactOn, merged.firstContactOn),
    updatedAt: c.now,
  });
  await c.audit({
    action: 'member.merged',
    resourceType: 'member',
    resourceId: merged.id,
    details: { intoMemberId: kept.id, sitesMoved: sites, consentsMoved: consents },
  });
  return {
    kept: await presentMemberDetail(c, await requireMemberInScope(c, kept.id)),
    mergedId: merged.id,
  };
}

/**
 * "Not the same person": records the decision for two members whose codes hash alike, so neither
 * shows the other as a possible duplicate again. Answers the member's remaining possible duplicates.
 */
export async function markNotDuplicate(
  ctx: ServiceContext,
  memberId: string,
  otherMemberId: string,
): Promise<DuplicateCheckResult> {
  const c = orgContext(ctx);
  const member = await requireMemberInScope(c, memberId);
  // The other record may lie outside a promotora's caseload: it must then be one she was shown,
  // i.e. a member whose code hashes like hers.
  const other = await repo.findMemberIncludingDeleted(c.db, c.org.orgId, otherMemberId);
  if (!other || other.deletedAt || !other.uicHash.equals(member.uicHash))
    throw new AppError('not_found', { field: 'otherMemberId' });
  if (other.id === member.id)
    throw new AppError('validation', { field: 'otherMemberId', params: { reason: 'invalid_value' } });
  await repo.insertDistinctPair(c.db, {
    orgId: c.org.orgId,
    firstId: member.id,
    secondId: other.id,
    decidedBy: c.actor.userId,
    decidedAt: c.now,
  });
  await c.audit({
    action: 'member.marked_distinct',
    resourceType: 'member',
    resourceId: member.id,
    details: { otherMemberId: other.id },
  });
  return { matches: (await repo.findPossibleDuplicates(c.db, member)).map(presentDuplicate) };
}
