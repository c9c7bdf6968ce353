import { type SQL, sql } from 'drizzle-orm';
import { STATE_PERPETRATORS } from '../../../domain/cases';
import type { DbOrTx } from '../../platform/db/client';

const textArray = (values: readonly string[]): SQL =>
  sql`array[${sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  )}]::text[]`;
const STATE_TYPES = textArray(STATE_PERPETRATORS);

/**
 * Raw counts for the anonymized analysis. Every query starts from `eligible`: the organization's cases
 * whose CURRENT consent (latest row per purpose) grants `record` — and `network_share` too when the
 * counts are for the network — and whose date (when it happened, or when it was recorded) is in the
 * period. Counts are of distinct cases, except the interventions table, which counts interventions.
 */
export interface EligibleFilter {
  orgId: string;
  from: string | null;
  to: string | null;
  purpose: 'record' | 'network_share';
}

function eligible(f: EligibleFilter): SQL {
  const needs = textArray(f.purpose === 'network_share' ? ['record', 'network_share'] : ['record']);
  return sql`
    with consent as (
      select distinct on (k.case_id, k.purpose) k.case_id, k.purpose, k.granted
      from hr_case_consents k
      where k.org_id = ${f.orgId}
      order by k.case_id, k.purpose, k.created_at desc, k.id desc
    ),
    eligible as (
      select c.org_id, c.id, c.status, c.outcome, c.location_type, c.area_id,
             coalesce(c.occurred_on, (c.created_at at time zone 'UTC')::date) as happened_on
      from hr_cases c
      where c.org_id = ${f.orgId}
        and (select count(*) from consent k
             where k.case_id = c.id and k.granted and k.purpose = any(${needs}))
            = cardinality(${needs})
        and (${f.from}::date is null or coalesce(c.occurred_on, (c.created_at at time zone 'UTC')::date) >= ${f.from}::date)
        and (${f.to}::date is null or coalesce(c.occurred_on, (c.created_at at time zone 'UTC')::date) <= ${f.to}::date)
    )`;
}

type KeyCount = { key: string | null; n: number };

async function rows<T>(db: DbOrTx, query: SQL): Promise<T[]> {
  const result = await db.execute(query);
  return result.rows as T[];
}

export async function countCases(db: DbOrTx, f: EligibleFilter): Promise<number> {
  const [row] = await rows<{ n: number }>(db, sql`${eligible(f)} select count(*)::int as n from eligible`);
  return Number(row?.n ?? 0);
}

/** Single-valued: one key per case (null → 'unknown' by the caller). */
export async function countByCaseColumn(
  db: DbOrTx,
  f: EligibleFilter,
  column: 'location_type' | 'area_id' | 'month' | 'outcome' | 'perpetrator_state',
): Promise<KeyCount[]> {
  const expr = {
    location_type: sql`e.location_type`,
    area_id: sql`e.area_id::text`,
    month: sql`to_char(e.happened_on, 'YYYY-MM')`,
    outcome: sql`case when e.status in ('closed', 'archived') then e.outcome else 'not_closed' end`,
    perpetrator_state: sql`(
      select case
        when bool_or(p.perpetrator_type = any(${STATE_TYPES})) and bool_or(not (p.perpetrator_type = any(${STATE_TYPES}))) then 'both'
        when bool_or(p.perpetrator_type = any(${STATE_TYPES})) then 'state'
        when count(*) > 0 then 'non_state'
        else null end
      from hr_case_perpetrators p where p.org_id = e.org_id and p.case_id = e.id)`,
  }[column];
  return rows<KeyCount>(
    db,
    sql`${eligible(f)} select ${expr} as key, count(*)::int as n from eligible e group by 1`,
  );
}

/** Multi-valued: cases with at least one row of each key. */
export async function countByChild(
  db: DbOrTx,
  f: EligibleFilter,
  child: 'act_type' | 'perpetrator_type' | 'intervention_type' | 'barrier',
): Promise<KeyCount[]> {
  const q = {
    act_type: sql`select a.act_type as key, count(distinct a.case_id)::int as n
      from hr_case_acts a join eligible e on e.org_id = a.org_id and e.id = a.case_id group by 1`,
    perpetrator_type: sql`select p.perpetrator_type as key, count(distinct p.case_id)::int as n
      from hr_case_perpetrators p join eligible e on e.org_id = p.org_id and e.id = p.case_id group by 1`,
    intervention_type: sql`select i.type as key, count(distinct i.case_id)::int as n
      from hr_interventions i join eligible e on e.org_id = i.org_id and e.id = i.case_id group by 1`,
    barrier: sql`select b.barrier_id::text as key, count(distinct b.case_id)::int as n
      from hr_case_barriers b join eligible e on e.org_id = b.org_id and e.id = b.case_id group by 1`,
  }[child];
  return rows<KeyCount>(db, sql`${eligible(f)} ${q}`);
}

/** Interventions (not cases) by type and impact ('pending' while no impact is recorded). */
export async function countInterventionImpact(
  db: DbOrTx,
  f: EligibleFilter,
): Promise<{ type: string; impact: string; n: number }[]> {
  return rows(
    db,
    sql`${eligible(f)} select i.type as type, coalesce(i.impact, 'pending') as impact, count(*)::int as n
      from hr_interventions i join eligible e on e.org_id = i.org_id and e.id = i.case_id group by 1, 2`,
  );
}

export async function listActTypeLabels(db: DbOrTx, orgId: string) {
  return rows<{ key: string; labels: Record<string, string>; active: boolean }>(
    db,
    sql`select key, labels, active from hr_act_types where org_id = ${orgId} order by position, key`,
  );
}

export async function listAreaNames(db: DbOrTx, orgId: string, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return rows<{ id: string; name: string }>(
    db,
    sql`select id::text as id, name from areas where org_id = ${orgId} and id::text = any(${textArray(ids)})`,
  );
}

export async function listBarrierTitles(db: DbOrTx, orgId: string) {
  return rows<{ id: string; title: string }>(
    db,
    sql`select id::text as id, title from structural_barriers where org_id = ${orgId} order by title`,
  );
}
