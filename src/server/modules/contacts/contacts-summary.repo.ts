import { and, count, eq, gte, inArray, isNotNull, lte, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client';
import { effectiveMemberId } from '../members/member-scope';
import { members } from '../members/members.tables';
import { isEffectiveContact } from './contact-effective';
import { contacts } from './contacts.tables';

/**
 * Figures other modules read from effective contacts (micro-planning, zero returns). They take the
 * organization id and ids the caller already scoped; they never widen a row scope.
 */

/** What micro-planning needs to know of one member's effective contacts. */
export interface MemberContactSummary {
  /** Date of the last effective contact, or null when she was never contacted. */
  lastContactOn: string | null;
  /** Condoms given in effective contacts from `monthStart` to `today` (inclusive). */
  condomsThisMonth: number;
}

/**
 * Last effective contact and condoms given this month, per member (keyed by the ids asked for;
 * contacts of members merged into one count for it). Members without contacts are absent.
 */
export async function summarizeMemberContacts(
  db: DbOrTx,
  orgId: string,
  memberIds: readonly string[],
  period: { monthStart: string; today: string },
): Promise<Map<string, MemberContactSummary>> {
  if (memberIds.length === 0) return new Map();
  const inMonth = sql`${contacts.contactedOn} between ${period.monthStart} and ${period.today}`;
  const rows = await db
    .select({
      memberId: effectiveMemberId,
      lastContactOn: sql<string | null>`max(${contacts.contactedOn})::text`,
      condomsThisMonth: sql<number>`coalesce(sum(${contacts.condoms}) filter (where ${inMonth}), 0)::int`,
    })
    .from(contacts)
    .innerJoin(members, and(eq(members.orgId, contacts.orgId), eq(members.id, contacts.memberId)))
    .where(and(eq(contacts.orgId, orgId), isEffectiveContact, inArray(effectiveMemberId, [...memberIds])))
    .groupBy(effectiveMemberId);
  return new Map(
    rows.map((row) => [
      row.memberId,
      { lastContactOn: row.lastContactOn, condomsThisMonth: Number(row.condomsThisMonth) },
    ]),
  );
}

/** The last effective contact date of one member (or null). */
export async function findLastEffectiveContactOn(
  db: DbOrTx,
  orgId: string,
  memberId: string,
): Promise<string | null> {
  const summary = await summarizeMemberContacts(db, orgId, [memberId], {
    monthStart: '9999-12-01',
    today: '9999-12-31',
  });
  return summary.get(memberId)?.lastContactOn ?? null;
}

/** Condoms given to each member in effective contacts of a month (`YYYY-MM`). */
export async function sumCondomsByMemberInMonth(
  db: DbOrTx,
  orgId: string,
  memberIds: readonly string[],
  month: string,
): Promise<Map<string, number>> {
  const monthStart = `${month}-01`;
  const summary = await summarizeMemberContacts(db, orgId, memberIds, {
    monthStart,
    today: lastDayOfMonth(month),
  });
  return new Map([...summary].map(([id, value]) => [id, value.condomsThisMonth]));
}

function lastDayOfMonth(month: string): string {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(year, monthNumber, 0)).getUTCDate();
  return `${month}-${String(last).padStart(2, '0')}`;
}

/** A promotora's effective contacts in a month. */
export interface PromotoraMonth {
  contacts: number;
}

/** Effective contacts (member contacts and anonymous tallies) per promotora, from monthStart to today. */
export async function countContactsByPromotora(
  db: DbOrTx,
  orgId: string,
  period: { monthStart: string; today: string },
): Promise<Map<string, PromotoraMonth>> {
  const rows = await db
    .select({ userId: contacts.promotoraUserId, contacts: count() })
    .from(contacts)
    .where(
      and(
        eq(contacts.orgId, orgId),
        isEffectiveContact,
        gte(contacts.contactedOn, period.monthStart),
        lte(contacts.contactedOn, period.today),
      ),
    )
    .groupBy(contacts.promotoraUserId);
  return new Map(rows.map((row) => [row.userId, { contacts: Number(row.contacts) }]));
}

/** Effective contacts per site in a month (`YYYY-MM`), for the zero-returns list. */
export async function countContactsBySite(
  db: DbOrTx,
  orgId: string,
  month: string,
  siteIds: readonly string[],
): Promise<Map<string, number>> {
  if (siteIds.length === 0) return new Map();
  const rows = await db
    .select({ siteId: sql<string>`${contacts.siteId}`, contacts: count() })
    .from(contacts)
    .where(
      and(
        eq(contacts.orgId, orgId),
        isEffectiveContact,
        isNotNull(contacts.siteId),
        inArray(contacts.siteId, [...siteIds]),
        gte(contacts.contactedOn, `${month}-01`),
        lte(contacts.contactedOn, lastDayOfMonth(month)),
      ),
    )
    .groupBy(contacts.siteId);
  return new Map(rows.map((row) => [row.siteId, Number(row.contacts)]));
}
