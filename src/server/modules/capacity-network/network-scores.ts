import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client';
import { capacityAssessments } from '../capacity-assessments/capacity-assessments.tables';

/** The latest completed assessment of each organization (read-only, other modules' tables). */
export async function latestCompletedAssessments(
  db: DbOrTx,
  orgIds: string[],
): Promise<{ orgId: string; assessmentId: string }[]> {
  if (orgIds.length === 0) return [];
  return db
    .selectDistinctOn([capacityAssessments.orgId], {
      orgId: capacityAssessments.orgId,
      assessmentId: capacityAssessments.id,
    })
    .from(capacityAssessments)
    .where(and(inArray(capacityAssessments.orgId, orgIds), eq(capacityAssessments.status, 'completed')))
    .orderBy(
      capacityAssessments.orgId,
      desc(sql`coalesce(${capacityAssessments.completedAt}, ${capacityAssessments.createdAt})`),
      desc(capacityAssessments.heldOn),
    );
}
