import { newId } from '../../../domain/ids';
import type { TestApp } from '../../testing/test-app';
import { sealSketch, shareContents } from './coverage-shares.service';
import { coverageNetworkShares } from './coverage-shares.tables';

/** Test factory: an approved coverage share of the organization's current figures for whole months. */
export async function buildCoverageShare(
  t: TestApp,
  options: { orgId: string; periodStart?: string; periodEnd?: string; withdrawn?: boolean },
): Promise<{ id: string }> {
  const now = t.clock.now();
  const months = { periodStart: options.periodStart ?? '2026-01', periodEnd: options.periodEnd ?? '2026-03' };
  const { payload, sketch } = await shareContents(t.db, options.orgId, months, now);
  const id = newId(now.getTime());
  await t.db.insert(coverageNetworkShares).values({
    orgId: options.orgId,
    id,
    periodStart: payload.periodStart,
    periodEnd: payload.periodEnd,
    payload,
    sketchEnc: await sealSketch(t.deps.keyring, options.orgId, id, sketch),
    approvedBy: null,
    approvedAt: now,
    withdrawnAt: options.withdrawn ? now : null,
    withdrawnBy: null,
  });
  return { id };
}
