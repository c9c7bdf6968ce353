import { and, eq, gte, isNotNull, lte, not, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../platform/db/client';
import { contacts } from '../contacts/contacts.tables';
import { members } from '../members/members.tables';

/**
 * What micro-planning reads of the contacts, and nothing more: per member the day of her last
 * effective contact and the condoms given this month; per promotora the people she met this month.
 * Effective = not voided and not superseded by a correction (contacts are append-only events).
 */

export interface MemberContactSummary {
  lastContactOn: string | null;
  condomsThisMonth: number;
}

export interface PromotoraMonth {
  /** People met: one per member contact, an anonymous tally counts its people. */
  contacts: number;
}

export interface Period {
  monthStart: string;
  today: string;
}

/** The contact is in force: not voided, and no later event corrects it. */
const effective = and(
  not(contacts.voided),
  sql`not exists (select 1 from ${contacts} as correction where correction.org_id = ${contacts.orgId} and correction.supersedes_id = ${contacts.id})`,
) as SQL;

const recorded = alias(members, 'recorded');

/**
 * Contacts of members whose effective record (a merged record counts for the member it was merged
 * into) is assigned to `assignedTo`, or to anyone when `assignedTo` is null; keyed by that member.
 */
export async function summarizeMemberContacts(
  db: DbOrTx,
  orgId: string,
  assignedTo: string | null,
  period: Period,
): Promise<Map<string, MemberContactSummary>> {
  const memberId = sql<string>`${members.id}`;
  const thisMonth = sql`${contacts.contactedOn} >= ${period.monthStart}`;
  const rows = await db
    .select({
      memberId,
      lastContactOn: sql<string>`max(${contacts.contactedOn})::text`,
      condoms: sql<number>`coalesce(sum(${contacts.condoms}) filter (where ${thisMonth}), 0)`.mapWith(Number),
    })
    .from(contacts)
    .innerJoin(recorded, and(eq(recorded.orgId, contacts.orgId), eq(recorded.id, contacts.memberId)))
    .innerJoin(
      members,
      and(
        eq(members.orgId, contacts.orgId),
        eq(members.id, sql`coalesce(${recorded.mergedIntoId}, ${recorded.id})`),
      ),
    )
    .where(
      and(
        eq(contacts.orgId, orgId),
        effective,
        lte(contacts.contactedOn, period.today),
        assignedTo === null ? isNotNull(members.assignedUserId) : eq(members.assignedUserId, assignedTo),
      ),
    )
    .groupBy(members.id);
  return new Map(
    rows.map((row) => [row.memberId, { lastContactOn: row.lastContactOn, condomsThisMonth: row.condoms }]),
  );
}

/** People each promotora met in effective contacts this month (members and anonymous tallies). */
export async function countContactsByPromotora(
  db: DbOrTx,
  orgId: string,
  period: Period,
): Promise<Map<string, PromotoraMonth>> {
  const rows = await db
    .select({
      userId: contacts.promotoraUserId,
      people: sql<number>`coalesce(sum(coalesce(${contacts.anonymousCount}, 1)), 0)`.mapWith(Number),
    })
    .from(contacts)
    .where(
      and(
        eq(contacts.orgId, orgId),
        effective,
        gte(contacts.contactedOn, period.monthStart),
        lte(contacts.contactedOn, period.today),
      ),
    )
    .groupBy(contacts.promotoraUserId);
  return new Map(rows.map((row) => [row.userId, { contacts: row.people }]));
}
