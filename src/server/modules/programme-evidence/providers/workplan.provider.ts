import { and, count, eq, gte, lte, ne } from 'drizzle-orm';
import { isAllowed } from '../../../../domain/policy';
import { EVIDENCE_DOMAINS } from '../../../../domain/programme-evidence';
import { workplanActivities } from '../../planning/planning.tables';
import type { EvidenceProvider } from '../programme-evidence.providers';

/** Workplan completion (project management): activities due in the window, done and delayed. */
export const workplanEvidence: EvidenceProvider = {
  id: 'workplan',
  async collect(db, orgId, period, { role, level }) {
    if (!isAllowed(role, 'workplan', 'list', level)) return [];
    const rows = await db
      .select({ status: workplanActivities.status, n: count() })
      .from(workplanActivities)
      .where(
        and(
          eq(workplanActivities.orgId, orgId),
          ne(workplanActivities.status, 'cancelled'),
          gte(workplanActivities.endsOn, period.from),
          lte(workplanActivities.endsOn, period.to),
        ),
      )
      .groupBy(workplanActivities.status);
    const total = rows.reduce((sum, row) => sum + row.n, 0);
    if (total === 0) return [];
    const of = (status: string) => rows.find((row) => row.status === status)?.n ?? 0;
    return [
      { domainKey: EVIDENCE_DOMAINS.projectManagement, key: 'activitiesDone', value: of('done'), total },
      {
        domainKey: EVIDENCE_DOMAINS.projectManagement,
        key: 'activitiesDelayed',
        value: of('delayed'),
        total,
      },
    ];
  },
};
