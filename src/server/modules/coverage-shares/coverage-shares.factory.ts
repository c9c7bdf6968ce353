import { buildCoverageSharePayload } from '../../../domain/aggregates/coverage-share-payload';
import { addHash, createHll } from '../../../domain/aggregates/hll';
import { monthEnd, monthStart } from '../../../domain/case-analysis.schemas';
import { COVERAGE_SHARE_METRICS, type CoverageShareMetric } from '../../../domain/coverage-shares.schemas';
import { newId } from '../../../domain/ids';
import type { TestApp } from '../../testing/test-app';
import { listReachedMemberHashes } from './coverage-shares.repo';
import { sealSketch } from './coverage-shares.service';
import { coverageNetworkShares } from './coverage-shares.tables';

/**
 * Test factory: an approved coverage share of one month whose payload counts the members reached in
 * it (other figures 0) and whose sealed sketch holds their hashes. It does not run the coverage
 * engine (route-looping suites build hundreds of shares); the API tests approve real previews.
 */
export async function buildCoverageShare(
  t: TestApp,
  options: { orgId: string; month: string; withdrawn?: boolean },
): Promise<{ id: string }> {
  const now = t.clock.now();
  const start = monthStart(options.month);
  const end = monthEnd(options.month);
  const hashes = await listReachedMemberHashes(t.db, options.orgId, start, end);
  const sketch = createHll();
  for (const hash of hashes) addHash(sketch, hash);
  const zeros = Object.fromEntries(COVERAGE_SHARE_METRICS.map((m) => [m, 0])) as Record<
    CoverageShareMetric,
    number
  >;
  const payload = buildCoverageSharePayload({
    threshold: 11,
    periodStart: start,
    periodEnd: end,
    package: { name: 'Paquete básico', version: 1, funderLabel: null },
    months: [options.month],
    byMonth: { reached: [hashes.length] },
    sites: [],
    bySite: {},
    totals: { ...zeros, reached: hashes.length },
  });
  const id = newId(now.getTime());
  await t.db.insert(coverageNetworkShares).values({
    orgId: options.orgId,
    id,
    periodStart: start,
    periodEnd: end,
    payload,
    sketchEnc: await sealSketch(t.deps.keyring, options.orgId, id, sketch),
    approvedBy: null,
    approvedAt: now,
    withdrawnAt: options.withdrawn ? now : null,
    withdrawnBy: null,
  });
  return { id };
}
