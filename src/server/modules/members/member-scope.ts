import { and, eq, isNull, sql, type SQL } from 'drizzle-orm';
import { rowScopeFor, type Resource } from '../../../domain/policy';
import type { DbOrTx } from '../../platform/db/client';
import { AppError } from '../../platform/errors';
import type { OrgServiceContext } from '../../platform/http/route-spec';
import { hrCaseAssignments, hrCaseVictims } from '../cases/cases.tables';
import { members } from './members.tables';

export type MemberRow = typeof members.$inferSelect;

/** Resources whose rows belong to members, and so follow the member's row scope. */
export type MemberScopedResource = Extract<
  Resource,
  'member' | 'member_consent' | 'contact' | 'referral' | 'outreach_plan'
>;

/**
 * The members the caller reaches for `resource` (policy ROW_SCOPES), as a condition on `members`:
 * - organization: every member of the organization (the org_id filter is added by callers/queries);
 * - caseload: members assigned to the caller (`assigned_user_id`);
 * - case_linked: members who are victims in a human-rights case the caller is assigned to (issue 5),
 *   or whose merged-away record is such a victim.
 * Returns undefined when nothing narrows the organization.
 */
export function memberScopeCondition(
  ctx: Pick<OrgServiceContext, 'org' | 'actor'>,
  resource: MemberScopedResource = 'member',
): SQL | undefined {
  const scope = rowScopeFor(resource, ctx.org.role);
  switch (scope) {
    case 'organization':
      return undefined;
    case 'caseload':
      return eq(members.assignedUserId, ctx.actor.userId);
    case 'case_linked':
      return caseLinked(ctx.actor.userId);
    case 'worked_sites':
    case 'assigned_cases':
      // Members are never scoped by site; a role given this scope by mistake reaches nobody.
      return sql`false`;
  }
}

/** Members who are victims in a case `userId` is assigned to (directly or through a merged record). */
function caseLinked(userId: string): SQL {
  return sql`exists (select 1 from ${hrCaseVictims} v
    join ${hrCaseAssignments} a on a.org_id = v.org_id and a.case_id = v.case_id and a.user_id = ${userId}
    where v.org_id = ${members.orgId}
      and (v.member_id = ${members.id}
        or v.member_id in (select m2.id from ${members} m2
                            where m2.org_id = ${members.orgId} and m2.merged_into_id = ${members.id})))`;
}

/** Tenant + row scope on `members`, for queries that join members (contacts of reachable members…). */
export function memberScopeWhere(
  ctx: Pick<OrgServiceContext, 'org' | 'actor'>,
  resource: MemberScopedResource = 'member',
): SQL {
  return and(eq(members.orgId, ctx.org.orgId), memberScopeCondition(ctx, resource)) as SQL;
}

/**
 * A member of the caller's organization inside her row scope, or null. Merged records are found
 * too (their `mergedIntoId` names the member they now count for); deleted ones are not.
 */
export async function findMemberInScope(
  ctx: Pick<OrgServiceContext, 'org' | 'actor' | 'db'>,
  memberId: string,
  resource: MemberScopedResource = 'member',
  db: DbOrTx = ctx.db,
): Promise<MemberRow | null> {
  const [row] = await db
    .select()
    .from(members)
    .where(and(memberScopeWhere(ctx, resource), eq(members.id, memberId), isNull(members.deletedAt)));
  return row ?? null;
}

/** Like findMemberInScope, but a member outside the scope answers 404 like another tenant's id. */
export async function requireMemberInScope(
  ctx: Pick<OrgServiceContext, 'org' | 'actor' | 'db'>,
  memberId: string,
  resource: MemberScopedResource = 'member',
): Promise<MemberRow> {
  const row = await findMemberInScope(ctx, memberId, resource);
  if (!row) throw new AppError('not_found');
  return row;
}

/**
 * The member a record counts for: a merged member's contacts belong to the member it was merged
 * into. Merges keep chains one step long (merging into X re-points X's earlier merges), so one
 * coalesce is enough. Use it in SQL over `members`, e.g. to group contacts by person.
 */
export const effectiveMemberId = sql<string>`coalesce(${members.mergedIntoId}, ${members.id})`;
