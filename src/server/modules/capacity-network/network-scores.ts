import { and, desc, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client';
import { capacityAssessments, capacityConsensus } from '../capacity-assessments/capacity-assessments.tables';
import { capacityDomains, capacityItems } from '../capacity-framework/capacity-framework.tables';

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

/**
 * Domain scores of one assessment: the mean of the non-N/A consensus scores of each domain's items.
 * (The same rule as the assessments module's results; only domain means leave this function.)
 */
export async function assessmentDomainScores(
  db: DbOrTx,
  orgId: string,
  assessmentId: string,
): Promise<{ domainKey: string; score: number | null }[]> {
  const rows = await db
    .select({
      domainKey: capacityDomains.key,
      score: sql<number | null>`round(avg(${capacityConsensus.score})::numeric, 2)`,
    })
    .from(capacityConsensus)
    .innerJoin(
      capacityItems,
      and(eq(capacityItems.orgId, capacityConsensus.orgId), eq(capacityItems.id, capacityConsensus.itemId)),
    )
    .innerJoin(
      capacityDomains,
      and(eq(capacityDomains.orgId, capacityItems.orgId), eq(capacityDomains.id, capacityItems.domainId)),
    )
    .where(
      and(
        eq(capacityConsensus.orgId, orgId),
        eq(capacityConsensus.assessmentId, assessmentId),
        isNotNull(capacityConsensus.score),
      ),
    )
    .groupBy(capacityDomains.key);
  return rows.map((row) => ({
    domainKey: row.domainKey,
    score: row.score === null ? null : Number(row.score),
  }));
}
