import { newId } from '../../../domain/ids';
import type { TestApp } from '../../testing/test-app';
import { sharePayload } from './network-shares.service';
import { hrNetworkShares } from './case-analysis.tables';

/** Test factory: an approved network share of the organization's current counts for a period. */
export async function buildNetworkShare(
  t: TestApp,
  options: { orgId: string; periodStart?: string; periodEnd?: string; withdrawn?: boolean },
): Promise<{ id: string }> {
  const now = t.clock.now();
  const periodStart = options.periodStart ?? '2000-01-01';
  const periodEnd = options.periodEnd ?? '2099-12-31';
  const id = newId(now.getTime());
  await t.db.insert(hrNetworkShares).values({
    orgId: options.orgId,
    id,
    periodStart,
    periodEnd,
    payload: await sharePayload(t.db, options.orgId, periodStart, periodEnd),
    approvedBy: null,
    approvedAt: now,
    withdrawnAt: options.withdrawn ? now : null,
    withdrawnBy: null,
  });
  return { id };
}
