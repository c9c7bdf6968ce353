import { and, count, eq, gte, inArray, sql } from 'drizzle-orm';
import { EVIDENCE_DOMAINS } from '../../../../domain/programme-evidence';
import { hrCases } from '../../cases/cases.tables';
import type { EvidenceProvider } from '../programme-evidence.providers';

/**
 * Human-rights documentation: cases documented in the window, closed, and with at least one
 * response (interventions, when that table exists). Counts only, never a case's content.
 */
export const casesEvidence: EvidenceProvider = {
  id: 'cases',
  async collect(db, orgId, period) {
    const since = new Date(`${period.from}T00:00:00Z`);
    const inWindow = and(eq(hrCases.orgId, orgId), gte(hrCases.createdAt, since));
    const [documented] = await db.select({ n: count() }).from(hrCases).where(inWindow);
    if (!documented || documented.n === 0) return [];
    const [closed] = await db
      .select({ n: count() })
      .from(hrCases)
      .where(and(inWindow, inArray(hrCases.status, ['closed', 'archived'])));
    const domainKey = EVIDENCE_DOMAINS.humanRightsDocumentation;
    const facts = [
      { domainKey, key: 'casesDocumented', value: documented.n, total: null },
      { domainKey, key: 'casesClosed', value: closed?.n ?? 0, total: documented.n },
    ];
    // The responses table belongs to another module that may not be migrated in every build yet.
    const exists = await db.execute<{ present: boolean }>(
      sql`select to_regclass('public.hr_interventions') is not null as present`,
    );
    if (exists.rows[0]?.present) {
      const responded = await db.execute<{ n: number }>(sql`
        select count(distinct i.case_id)::int as n
        from hr_interventions i
        join hr_cases c on c.org_id = i.org_id and c.id = i.case_id
        where i.org_id = ${orgId} and c.created_at >= ${since.toISOString()}`);
      facts.push({
        domainKey,
        key: 'casesWithResponse',
        value: Number(responded.rows[0]?.n ?? 0),
        total: documented.n,
      });
    }
    return facts;
  },
};
