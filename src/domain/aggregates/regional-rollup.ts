import {
  COVERAGE_SHARE_METRICS,
  type CoverageShareMetric,
  type CoverageSharePayload,
  type DistinctPeople,
  type RegionalCoverage,
  type RegionalGroup,
} from '../coverage-shares.schemas';
import { estimateHll, type HllSketch, mergeAllHll } from './hll';
import { percentsOf, suppressScalar } from './coverage-share-payload';
import type { PublishedCount } from './suppression';

/** One organization's active share with its (decrypted, server-side only) sketch. */
export interface RollupShare {
  orgId: string;
  orgName: string;
  countryCode: string | null;
  shareId: string;
  periodStart: string;
  periodEnd: string;
  approvedAt: string;
  payload: CoverageSharePayload;
  sketch: HllSketch;
}

/** The exact figures behind a group's distinct-people line (tests and benchmarks; never published). */
export interface DistinctFigures {
  sumOfOrganizations: number;
  union: number;
}

const sumPublished = (values: readonly PublishedCount[]): PublishedCount =>
  values.every((v) => typeof v === 'number') ? values.reduce<number>((s, v) => s + v, 0) : '*';

/** Σ of each organization's estimate and the estimate of the union of their sketches (rounded). */
export function distinctFigures(shares: readonly RollupShare[]): DistinctFigures {
  return {
    sumOfOrganizations: shares.reduce((s, share) => s + Math.round(estimateHll(share.sketch)), 0),
    union: shares.length === 0 ? 0 : Math.round(estimateHll(mergeAllHll(shares.map((s) => s.sketch)))),
  };
}

/**
 * Publishes a distinct-people line. The difference sum − union is the number of people counted in
 * more than one organization (or country): when that is a small count, the union is hidden so it
 * cannot be subtracted from the published sum. `extraOverlaps` are further published sums the union
 * could be subtracted from (the region: the sum of the countries' unions).
 */
function publishDistinct(
  figures: DistinctFigures,
  threshold: number,
  extraSums: number[] = [],
): DistinctPeople {
  const sum = suppressScalar(figures.sumOfOrganizations, threshold);
  const overlaps = [figures.sumOfOrganizations, ...extraSums].map((s) => s - figures.union);
  const revealing = overlaps.some((o) => o >= 1 && o < threshold);
  const union = revealing ? '*' : suppressScalar(figures.union, threshold);
  const removedPercent =
    typeof sum === 'number' && typeof union === 'number' && sum > 0
      ? Math.max(0, Math.round(((sum - union) / sum) * 1000) / 10)
      : null;
  return { sumOfOrganizations: sum, union, removedPercent };
}

function groupOf(
  shares: readonly RollupShare[],
  countryCode: string | null,
  threshold: number,
  extraSums: number[] = [],
): RegionalGroup {
  const totals = new Map<CoverageShareMetric, PublishedCount>();
  for (const metric of COVERAGE_SHARE_METRICS) {
    const values = shares.map((s) => s.payload.totals.find((t) => t.metric === metric)?.count ?? '*');
    const sum = sumPublished(values);
    totals.set(metric, typeof sum === 'number' ? suppressScalar(sum, threshold) : sum);
  }
  return {
    countryCode,
    organizations: shares.length,
    totals: COVERAGE_SHARE_METRICS.map((metric) => ({ metric, count: totals.get(metric)! })),
    percents: percentsOf(totals),
    distinct: publishDistinct(distinctFigures(shares), threshold, extraSums),
  };
}

/**
 * The regional view (SECURITY.md S7) from the organizations' approved payloads and sketches: sums of
 * published numbers only (a sum is '*' where any organization hid its number), countries side by side,
 * and distinct people from merged sketches — only estimates, never a sketch.
 */
export function buildRegionalCoverage(shares: readonly RollupShare[], threshold: number): RegionalCoverage {
  const byCountry = new Map<string | null, RollupShare[]>();
  for (const share of shares) {
    const list = byCountry.get(share.countryCode);
    if (list) list.push(share);
    else byCountry.set(share.countryCode, [share]);
  }
  const codes = [...byCountry.keys()].sort((a, b) => (a ?? '~').localeCompare(b ?? '~'));
  const countryUnions = codes.map((code) => distinctFigures(byCountry.get(code)!).union);
  const countrySum = countryUnions.reduce((s, n) => s + n, 0);
  return {
    threshold,
    region: groupOf(shares, null, threshold, codes.length > 1 ? [countrySum] : []),
    countries: codes.map((code) => groupOf(byCountry.get(code)!, code, threshold)),
    organizations: [...shares]
      .sort(
        (a, b) =>
          (a.countryCode ?? '~').localeCompare(b.countryCode ?? '~') || a.orgName.localeCompare(b.orgName),
      )
      .map((s) => ({
        orgId: s.orgId,
        orgName: s.orgName,
        countryCode: s.countryCode,
        shareId: s.shareId,
        periodStart: s.periodStart,
        periodEnd: s.periodEnd,
        approvedAt: s.approvedAt,
        totals: s.payload.totals,
        percents: s.payload.percents,
      })),
  };
}
