import { and, eq, isNotNull, isNull, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { rowScopeFor } from '../../../domain/policy';
import type { OrgServiceContext } from '../../platform/http/route-spec';
import { memberScopeCondition } from '../members/member-scope';
import { members } from '../members/members.tables';
import { contacts } from './contacts.tables';

/** The member record a contact was recorded for (possibly merged since). */
export const recordedMember = alias(members, 'recorded_member');

/**
 * Joins for "a contact and the member it counts for": `recorded_member` is the row named by
 * `contacts.member_id`, `members` is the kept member (itself unless merged). Row scope and display
 * codes are those of the kept member.
 */
export const keptMemberJoin = sql`${members.orgId} = ${contacts.orgId} and ${members.id} = coalesce(${recordedMember.mergedIntoId}, ${recordedMember.id})`;
export const recordedMemberJoin = and(
  eq(recordedMember.orgId, contacts.orgId),
  eq(recordedMember.id, contacts.memberId),
) as SQL;

/** Who the tally rows of a scope belong to: a promotora sees her own anonymous tallies only. */
function anonymousTallyCondition(
  ctx: Pick<OrgServiceContext, 'org' | 'actor'>,
  resource: 'contact' | 'referral',
): SQL | undefined {
  switch (rowScopeFor(resource, ctx.org.role)) {
    case 'organization':
      return undefined;
    case 'caseload':
      return eq(contacts.promotoraUserId, ctx.actor.userId);
    case 'case_linked':
    case 'worked_sites':
    case 'assigned_cases':
      // An anonymous tally names no member, so no human-rights case links it: nothing is reached.
      return sql`false`;
  }
}

/**
 * Tenant + row scope on contacts (queries must join `recorded_member` and the kept `members` with
 * the joins above): a member's contacts follow the member's scope (caseload: her assigned members),
 * anonymous tallies belong to the promotora who recorded them.
 */
export function contactScopeWhere(
  ctx: Pick<OrgServiceContext, 'org' | 'actor'>,
  resource: 'contact' | 'referral' = 'contact',
): SQL {
  const memberCond = memberScopeCondition(ctx, resource);
  const tallyCond = anonymousTallyCondition(ctx, resource);
  const scoped =
    memberCond === undefined && tallyCond === undefined
      ? undefined
      : or(
          and(isNotNull(contacts.memberId), memberCond ?? sql`true`),
          and(isNull(contacts.memberId), tallyCond ?? sql`true`),
        );
  return and(eq(contacts.orgId, ctx.org.orgId), scoped) as SQL;
}
