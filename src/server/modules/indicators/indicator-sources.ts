import { and, between, eq, isNull, sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import { IndicatorFilterValues } from '../../../domain/indicator-filters';
import type { DbOrTx } from '../../platform/db/client';
import { capacityActions } from '../capacity-actions/capacity-actions.tables';
import { hrCaseConsents, hrCases } from '../cases/cases.tables';
import { isEffectiveContact } from '../contacts/contact-effective';
import { contactReferrals, contacts, referralEvents } from '../contacts/contacts.tables';
import { grantReports } from '../grants/grants.tables';
import { EMPOWERMENT_SOURCES } from '../empowerment/empowerment.sources';
import { effectiveMemberId } from '../members/member-scope';
import { members } from '../members/members.tables';
import { siteReports } from '../sites/sites.tables';

/**
 * What an organization's own indicators count (issue 4 §3). Each source is a read-only count over
 * one organization's records in a period of calendar days (`fromDate`..`toDate`, inclusive,
 * `YYYY-MM-DD`), narrowed by the filters it declares. A ratio indicator divides two sources.
 *
 * Counts only: a source never returns rows, names or codes, and reads only `orgId`'s rows. Every
 * source must be readable by every role that reads indicators (admin, coordinator, analyst): it
 * counts what those roles may already see in aggregate. To add a source, append an entry with a
 * stable `key` (stored in indicators; never rename it), a label `indicators.sources.<key>` in the three
 * catalogs, and a test of its count on a hand-built fixture (`indicator-sources.test.ts`).
 */
export interface IndicatorSource {
  key: string;
  labelKey: string;
  /** The filters this source understands (a strict subset of `IndicatorFilterValues`). */
  filters: z.ZodObject;
  count(
    db: DbOrTx,
    orgId: string,
    fromDate: string,
    toDate: string,
    filters: IndicatorFilterValues,
  ): Promise<number>;
}

type FilterKey = keyof IndicatorFilterValues;
const pickFilters = (...keys: FilterKey[]): z.ZodObject =>
  IndicatorFilterValues.pick(Object.fromEntries(keys.map((key) => [key, true])) as Record<FilterKey, true>);
const noFilters = pickFilters();

/** First value of a `select … as n` answer, as a number (0 when there is no row). */
async function firstNumber(query: Promise<{ n: number | string | null }[]>): Promise<number> {
  const [row] = await query;
  return Number(row?.n ?? 0);
}

/** Effective contacts of the organization in the period, at a site when asked. */
function contactsWhere(orgId: string, from: string, to: string, filters: IndicatorFilterValues): SQL {
  return and(
    eq(contacts.orgId, orgId),
    isEffectiveContact,
    between(contacts.contactedOn, from, to),
    filters.siteId ? eq(contacts.siteId, filters.siteId) : undefined,
  ) as SQL;
}

/** The member a contact counts for (after merges) belongs to the local group / works in the setting. */
function keptMemberMatches(filters: IndicatorFilterValues): SQL | undefined {
  if (!filters.localGroupId && !filters.workSetting) return undefined;
  const group = filters.localGroupId ? sql`and k.local_group_id = ${filters.localGroupId}` : sql``;
  const setting = filters.workSetting ? sql`and ${filters.workSetting} = any(k.work_settings)` : sql``;
  return sql`exists (select 1 from ${members} k
    where k.org_id = ${members.orgId} and k.id = ${effectiveMemberId} ${group} ${setting})`;
}

const membersReached: IndicatorSource = {
  key: 'members_reached',
  labelKey: 'indicators.sources.members_reached',
  filters: pickFilters('siteId', 'localGroupId', 'workSetting'),
  count: (db, orgId, from, to, filters) =>
    firstNumber(
      db
        .select({ n: sql<number>`count(distinct ${effectiveMemberId})::int` })
        .from(contacts)
        .innerJoin(members, and(eq(members.orgId, contacts.orgId), eq(members.id, contacts.memberId)))
        .where(and(contactsWhere(orgId, from, to, filters), keptMemberMatches(filters))),
    ),
};

const contactsMade: IndicatorSource = {
  key: 'contacts',
  labelKey: 'indicators.sources.contacts',
  filters: pickFilters('siteId'),
  count: (db, orgId, from, to, filters) =>
    firstNumber(
      db
        .select({ n: sql<number>`count(*)::int` })
        .from(contacts)
        .where(contactsWhere(orgId, from, to, filters)),
    ),
};

function sumOfContacts(
  key: string,
  column: typeof contacts.condoms | typeof contacts.lubricant,
): IndicatorSource {
  return {
    key,
    labelKey: `indicators.sources.${key}`,
    filters: pickFilters('siteId'),
    count: (db, orgId, from, to, filters) =>
      firstNumber(
        db
          .select({ n: sql<number>`coalesce(sum(${column}), 0)::int` })
          .from(contacts)
          .where(contactsWhere(orgId, from, to, filters)),
      ),
  };
}

/** Referrals made in effective contacts of the period; `completedOnly`: she attended (latest outcome). */
function referrals(key: string, completedOnly: boolean): IndicatorSource {
  return {
    key,
    labelKey: `indicators.sources.${key}`,
    filters: pickFilters('siteId', 'service'),
    count: (db, orgId, from, to, filters) => {
      const latestStatus = sql`(select e.status from ${referralEvents} e
        where e.org_id = ${contactReferrals.orgId} and e.referral_id = ${contactReferrals.originId}
        order by e.recorded_on desc, e.created_at desc, e.id desc limit 1)`;
      return firstNumber(
        db
          .select({ n: sql<number>`count(*)::int` })
          .from(contactReferrals)
          .innerJoin(
            contacts,
            and(eq(contacts.orgId, contactReferrals.orgId), eq(contacts.id, contactReferrals.contactId)),
          )
          .where(
            and(
              contactsWhere(orgId, from, to, filters),
              filters.service ? eq(contactReferrals.service, filters.service) : undefined,
              completedOnly ? sql`${latestStatus} in ('attended', 'result')` : undefined,
            ),
          ),
      );
    },
  };
}

/** Members registered in the period (UTC day of creation); merged-away and removed records excluded. */
const membersRegistered: IndicatorSource = {
  key: 'members_registered',
  labelKey: 'indicators.sources.members_registered',
  filters: pickFilters('localGroupId', 'workSetting'),
  count: (db, orgId, from, to, filters) =>
    firstNumber(
      db
        .select({ n: sql<number>`count(*)::int` })
        .from(members)
        .where(
          and(
            eq(members.orgId, orgId),
            isNull(members.mergedIntoId),
            isNull(members.deletedAt),
            sql`(${members.createdAt} at time zone 'UTC')::date between ${from}::date and ${to}::date`,
            filters.localGroupId ? eq(members.localGroupId, filters.localGroupId) : undefined,
            filters.workSetting ? sql`${filters.workSetting} = any(${members.workSettings})` : undefined,
          ),
        ),
    ),
};

/** Human-rights cases opened in the period whose current `record` consent is granted (counts only). */
const casesOpened: IndicatorSource = {
  key: 'hr_cases_opened',
  labelKey: 'indicators.sources.hr_cases_opened',
  filters: noFilters,
  count: (db, orgId, from, to) =>
    firstNumber(
      db
        .select({ n: sql<number>`count(*)::int` })
        .from(hrCases)
        .where(
          and(
            eq(hrCases.orgId, orgId),
            sql`(${hrCases.createdAt} at time zone 'UTC')::date between ${from}::date and ${to}::date`,
            sql`(select k.granted from ${hrCaseConsents} k
              where k.org_id = ${hrCases.orgId} and k.case_id = ${hrCases.id} and k.purpose = 'record'
              order by k.created_at desc, k.id desc limit 1) is true`,
          ),
        ),
    ),
};

/** Zero returns ("nothing to report") filed for months starting inside the period. */
const zeroReturns: IndicatorSource = {
  key: 'zero_returns',
  labelKey: 'indicators.sources.zero_returns',
  filters: pickFilters('siteId'),
  count: (db, orgId, from, to, filters) =>
    firstNumber(
      db
        .select({ n: sql<number>`count(*)::int` })
        .from(siteReports)
        .where(
          and(
            eq(siteReports.orgId, orgId),
            between(siteReports.month, from, to),
            filters.siteId ? eq(siteReports.siteId, filters.siteId) : undefined,
          ),
        ),
    ),
};

const capacityActionsDone: IndicatorSource = {
  key: 'capacity_actions_done',
  labelKey: 'indicators.sources.capacity_actions_done',
  filters: noFilters,
  count: (db, orgId, from, to) =>
    firstNumber(
      db
        .select({ n: sql<number>`count(*)::int` })
        .from(capacityActions)
        .where(
          and(
            eq(capacityActions.orgId, orgId),
            eq(capacityActions.status, 'done'),
            between(capacityActions.completedOn, from, to),
          ),
        ),
    ),
};

const grantReportsSubmitted: IndicatorSource = {
  key: 'grant_reports_submitted',
  labelKey: 'indicators.sources.grant_reports_submitted',
  filters: noFilters,
  count: (db, orgId, from, to) =>
    firstNumber(
      db
        .select({ n: sql<number>`count(*)::int` })
        .from(grantReports)
        .where(and(eq(grantReports.orgId, orgId), between(grantReports.submittedOn, from, to))),
    ),
};

/** The registry. Keys are stored in indicators: never rename or remove one, only add. */
export const INDICATOR_SOURCES: readonly IndicatorSource[] = [
  membersReached,
  contactsMade,
  sumOfContacts('condoms_distributed', contacts.condoms),
  sumOfContacts('lubricant_distributed', contacts.lubricant),
  referrals('referrals_made', false),
  referrals('referrals_completed', true),
  membersRegistered,
  casesOpened,
  zeroReturns,
  capacityActionsDone,
  grantReportsSubmitted,
  // Empowerment indicators of issue 7 (SWIT Table 1.2): trainings, advocacy, seats, funding.
  ...EMPOWERMENT_SOURCES,
];

export function findIndicatorSource(key: string): IndicatorSource | undefined {
  return INDICATOR_SOURCES.find((source) => source.key === key);
}

/** The filter keys a source accepts, for the web form. */
export function filterKeysOf(source: IndicatorSource): string[] {
  return Object.keys(source.filters.shape);
}
