import { sql, type SQL } from 'drizzle-orm';
import { atomBit } from '../../../domain/coverage/package-rule';
import { REFERRAL_SERVICES } from '../../../domain/contacts.schemas';
import type { ServiceAtom } from '../../../domain/coverage.schemas';
import type { DbOrTx } from '../../platform/db/client';
import { isEffectiveContact } from '../contacts/contact-effective';
import { contacts } from '../contacts/contacts.tables';

/**
 * The pre-aggregates of the coverage engine, rebuilt per (organization, month) from the effective
 * contacts (contacts module's definition). Triggers (migration `coverage_dirty_triggers`) mark the
 * months that writes touch; `refreshDirtyMonths` rebuilds them before every read, in one delete and
 * one insert … select per table.
 */

const bit = (atom: ServiceAtom) => sql.raw(String(atomBit(atom)));

/** The bit of a referral service, as in `contactServices` of domain/coverage/package-rule.ts. */
const referralBit: SQL = sql.join(
  [
    sql`case r.service`,
    ...REFERRAL_SERVICES.map(
      (service) => sql`when ${sql.raw(`'${service}'`)} then ${bit(`referral_${service}`)}`,
    ),
    sql`else 0 end`,
  ],
  sql` `,
);

/** The bits of a contact's own services (referrals are added from contact_referrals). */
const contactBits: SQL = sql`((case when ${contacts.condoms} > 0 then ${bit('condoms')} else 0 end)
  | (case when ${contacts.lubricant} > 0 then ${bit('lubricant')} else 0 end)
  | (case when ${contacts.hivSelfTests} > 0 then ${bit('hiv_self_test')} else 0 end)
  | (case when cardinality(${contacts.infoTopics}) > 0 then ${bit('info')} else 0 end))`;

const completed = (result: SQL) => sql`exists (select 1 from referral_events e
  where e.org_id = r.org_id and e.referral_id = r.origin_id and e.status = 'result' and ${result})`;

function monthList(months: readonly string[]): SQL {
  return sql.join(
    months.map((month) => sql`${month}::date`),
    sql`, `,
  );
}

async function rebuild(db: DbOrTx, orgId: string, months: readonly string[]): Promise<void> {
  const list = monthList(months);
  const inMonths = sql`date_trunc('month', ${contacts.contactedOn})::date in (${list})`;
  await db.execute(sql`delete from coverage_member_months where org_id = ${orgId} and month in (${list})`);
  await db.execute(sql`delete from coverage_site_months where org_id = ${orgId} and month in (${list})`);
  await db.execute(sql`
    with refs as (
      select r.contact_id,
        count(*)::int as made,
        (count(*) filter (where ${completed(sql`e.result in ('service_received', 'result_known')`)}))::int as done,
        bool_or(r.service = 'hiv_test' and ${completed(sql`e.result = 'result_known'`)}) as hiv_known,
        bit_or(${referralBit}) as bits
      from contact_referrals r
      where r.org_id = ${orgId} and r.contact_id in (
        select ${contacts.id} from ${contacts}
        where ${contacts.orgId} = ${orgId} and ${inMonths} and ${contacts.memberId} is not null)
      group by r.contact_id
    )
    insert into coverage_member_months (org_id, month, member_id, site_id, contacts, services, condoms,
      lubricant, referrals_made, referrals_completed, hiv_result_known)
    select ${contacts.orgId}, date_trunc('month', ${contacts.contactedOn})::date,
      coalesce(m.merged_into_id, m.id), ${contacts.siteId},
      count(*)::int, bit_or(${contactBits} | coalesce(refs.bits, 0)),
      sum(${contacts.condoms})::int, sum(${contacts.lubricant})::int,
      coalesce(sum(refs.made), 0)::int, coalesce(sum(refs.done), 0)::int, coalesce(bool_or(refs.hiv_known), false)
    from ${contacts}
    join members m on m.org_id = ${contacts.orgId} and m.id = ${contacts.memberId}
    left join refs on refs.contact_id = ${contacts.id}
    where ${contacts.orgId} = ${orgId} and ${inMonths} and ${isEffectiveContact}
    group by 1, 2, 3, 4`);
  await db.execute(sql`
    insert into coverage_site_months (org_id, month, site_id, promotora_user_id, contacts, anonymous_people)
    select ${contacts.orgId}, date_trunc('month', ${contacts.contactedOn})::date, ${contacts.siteId},
      ${contacts.promotoraUserId}, count(*)::int, coalesce(sum(${contacts.anonymousCount}), 0)::int
    from ${contacts}
    where ${contacts.orgId} = ${orgId} and ${inMonths} and ${isEffectiveContact}
    group by 1, 2, 3, 4`);
}

/**
 * Rebuilds the organization's dirty months. The dirty rows are deleted first (a concurrent reader
 * waits on their row locks, then finds nothing left to do); a write committed meanwhile marks its
 * month again. Returns the months rebuilt (`YYYY-MM-DD`).
 */
export async function refreshDirtyMonths(db: DbOrTx, orgId: string): Promise<string[]> {
  return db.transaction(async (tx) => {
    const result = await tx.execute<{ month: string }>(
      sql`delete from coverage_dirty_months where org_id = ${orgId} returning month::text as month`,
    );
    const months = result.rows.map((row) => row.month).sort();
    if (months.length > 0) await rebuild(tx, orgId, months);
    return months;
  });
}

/** Marks every month with contacts dirty (after a restore, or to rebuild from scratch). */
export async function markAllMonthsDirty(db: DbOrTx, orgId: string): Promise<void> {
  await db.execute(sql`insert into coverage_dirty_months (org_id, month)
    select distinct org_id, date_trunc('month', contacted_on)::date from contacts where org_id = ${orgId}
    on conflict do nothing`);
}
