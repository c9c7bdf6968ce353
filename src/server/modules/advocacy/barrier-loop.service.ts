import { and, asc, eq } from 'drizzle-orm';
import type { BarrierLoop } from '../../../domain/advocacy.schemas';
import { orgContext, type ServiceContext } from '../../platform/http/route-spec';
import { hrCaseBarriers } from '../barriers/barriers.tables';
import { getBarrier } from '../barriers/barriers.service';
import { smallCellThreshold } from '../case-analysis/case-analysis.service';
import { hrCases } from '../cases/cases.tables';
import { presentEngagementSummary } from './advocacy.presenter';
import * as repo from './advocacy.repo';
import { mayListCases } from './advocacy.service';

/**
 * The closed loop on a barrier's page (issue 7 §3-4): the cases that fed it (the suppressed count
 * of consented cases for everyone; references only for roles that see the case queue) and the
 * engagements that took it to the authorities, with how their commitments went.
 */
export async function getBarrierLoop(ctx: ServiceContext, barrierId: string): Promise<BarrierLoop> {
  const c = orgContext(ctx);
  const barrier = await getBarrier(ctx, barrierId);
  const references = mayListCases(c)
    ? await c.db
        .select({ id: hrCases.id, reference: hrCases.reference })
        .from(hrCaseBarriers)
        .innerJoin(
          hrCases,
          and(eq(hrCases.orgId, hrCaseBarriers.orgId), eq(hrCases.id, hrCaseBarriers.caseId)),
        )
        .where(and(eq(hrCaseBarriers.orgId, c.org.orgId), eq(hrCaseBarriers.barrierId, barrierId)))
        .orderBy(asc(hrCases.reference))
    : null;
  const engagements = await repo.listEngagements(c.db, c.org.orgId, { barrierId });
  const commitments = await repo.listCommitments(
    c.db,
    c.org.orgId,
    engagements.map((e) => e.id),
  );
  return {
    barrierId,
    threshold: await smallCellThreshold(c.db, c.org.orgId),
    caseCount: barrier.caseCount,
    caseReferences: references,
    engagements: engagements.map((e) =>
      presentEngagementSummary(
        e,
        commitments.filter((x) => x.engagementId === e.id),
      ),
    ),
  };
}
