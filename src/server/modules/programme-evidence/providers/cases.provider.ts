import { sql } from 'drizzle-orm';
import { isAllowed } from '../../../../domain/policy';
import { suppressCaseEvidence } from '../../../../domain/programme-evidence';
import { getRegistrySettings } from '../../registry-settings/registry-settings.service';
import type { EvidenceProvider } from '../programme-evidence.providers';

/**
 * Human-rights documentation: cases documented in the window, closed, and with at least one
 * response (interventions, when that table exists). Counts only, never a case's content, and only as
 * the anonymized case analysis publishes them: to the roles that read it (`hr_analysis.read`), of the
 * cases whose current `record` consent (latest row of that purpose) is granted, through small-cell
 * suppression with the organization's threshold (S7).
 */
export const casesEvidence: EvidenceProvider = {
  id: 'cases',
  async collect(db, orgId, period, reader) {
    if (!isAllowed(reader.role, 'hr_analysis', 'read', reader.level)) return [];
    const since = new Date(`${period.from}T00:00:00Z`).toISOString();
    // The responses table belongs to another module that may not be migrated in every build yet.
    const exists = await db.execute<{ present: boolean }>(
      sql`select to_regclass('public.hr_interventions') is not null as present`,
    );
    const withInterventions = Boolean(exists.rows[0]?.present);
    const responded = withInterventions
      ? sql`count(*) filter (where exists (
          select 1 from hr_interventions i where i.org_id = c.org_id and i.case_id = c.id))::int`
      : sql`null::int`;
    const result = await db.execute<{ documented: number; closed: number; responded: number | null }>(sql`
      with consent as (
        select distinct on (k.case_id) k.case_id, k.granted
        from hr_case_consents k
        where k.org_id = ${orgId} and k.purpose = 'record'
        order by k.case_id, k.created_at desc, k.id desc
      )
      select count(*)::int as documented,
             count(*) filter (where c.status in ('closed', 'archived'))::int as closed,
             ${responded} as responded
      from hr_cases c
      join consent k on k.case_id = c.id and k.granted
      where c.org_id = ${orgId} and c.created_at >= ${since}`);
    const row = result.rows[0];
    if (!row) return [];
    const threshold = (await getRegistrySettings(db, orgId)).smallCellThreshold;
    return suppressCaseEvidence(
      {
        documented: Number(row.documented),
        closed: Number(row.closed),
        withResponse: row.responded === null ? null : Number(row.responded),
      },
      threshold,
    );
  },
};
