import { describe, expect, it } from 'vitest';
import { COVERAGE_SHARE_METRICS, type CoverageShareMetric } from '../coverage-shares.schemas';
import { buildCoverageSharePayload, labelSites, type RawShareFigures } from './coverage-share-payload';
import { addHash, createHll } from './hll';
import { buildRegionalCoverage, distinctFigures, type RollupShare } from './regional-rollup';

const zeros = () =>
  Object.fromEntries(COVERAGE_SHARE_METRICS.map((m) => [m, 0])) as Record<CoverageShareMetric, number>;

function raw(overrides: Partial<RawShareFigures> = {}): RawShareFigures {
  return {
    threshold: 11,
    periodStart: '2026-01-01',
    periodEnd: '2026-02-28',
    package: { name: 'Paquete', version: 1, funderLabel: null },
    months: ['2026-01', '2026-02'],
    byMonth: { reached: [40, 5], contacts: [60, 5], condoms_given: [300, 200] },
    sites: [
      { id: 'b', municipality: 'Centro', typology: 'street' },
      { id: 'a', municipality: 'Centro', typology: 'street' },
      { id: null, municipality: null, typology: null },
    ],
    bySite: {
      reached: [30, 12, 3],
      contacts: [50, 12, 3],
      condoms_given: [250, 250, 0],
      estimate_low: [40, 20, 0],
      estimate_point: [60, 30, 0],
      estimate_high: [80, 40, 0],
    },
    totals: { ...zeros(), reached: 42, contacts: 65, condoms_given: 500 },
    ...overrides,
  };
}

const total = (p: { totals: { metric: string; count: unknown }[] }, m: string) =>
  p.totals.find((t) => t.metric === m)?.count;

describe('coverage share payload', () => {
  it('labels sites by municipality, typology and a number, never by id or name; no-site row last', () => {
    const { labels, order } = labelSites(raw().sites);
    expect(labels).toEqual([
      { key: 's1', municipality: 'Centro', typology: 'street', number: 1 },
      { key: 's2', municipality: 'Centro', typology: 'street', number: 2 },
      { key: 'none', municipality: null, typology: null, number: 0 },
    ]);
    expect(order).toEqual([1, 0, 2]);
  });

  it('hides small counts and a complementary cell where rows add up to a published total', () => {
    const p = buildCoverageSharePayload(raw());
    const contactsBySite = p.bySite.find((s) => s.metric === 'contacts')!;
    // sites in label order a (12), b (50), none (3): 3 is small, so 12 is hidden as well.
    expect(contactsBySite.values).toEqual(['*', 50, '<']);
    expect(contactsBySite.total).toBe(65);
    const contactsByMonth = p.byMonth.find((s) => s.metric === 'contacts')!;
    expect(contactsByMonth.values).toEqual(['*', '<']);
    // Distinct people: no sum, small counts only.
    expect(p.bySite.find((s) => s.metric === 'reached')!.values).toEqual([12, 30, '<']);
    expect(total(p, 'reached')).toBe(42);
    expect(p.percents.coveragePoint).toBe(0); // 0 reached with the package of 90 estimated
    expect(total(p, 'estimate_point')).toBe(90);
    expect(p.byMonth.map((s) => s.metric)).not.toContain('estimate_point');
    expect(JSON.stringify(p)).not.toMatch(/"a"|"b"/);
  });

  it('never publishes a count from 1 to threshold−1', () => {
    const p = buildCoverageSharePayload(raw());
    const published = [...p.byMonth, ...p.bySite].flatMap((s) => [...s.values, s.total]);
    for (const v of [...published, ...p.totals.map((t) => t.count)]) {
      if (typeof v === 'number') expect(v === 0 || v >= 11).toBe(true);
    }
  });
});

/** A stand-in for a keyed member hash: 32 well-mixed bytes from the member number (mulberry32). */
function memberHash(m: number): Uint8Array {
  let a = (Math.imul(m + 1, 0x9e3779b1) ^ 0x5bd1e995) >>> 0;
  const out = new Uint8Array(32);
  const view = new DataView(out.buffer);
  for (let i = 0; i < 32; i += 4) {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    view.setUint32(i, (t ^ (t >>> 14)) >>> 0);
  }
  return out;
}

function share(orgId: string, countryCode: string, members: number[], reached: number): RollupShare {
  const sketch = createHll();
  for (const m of members) {
    addHash(sketch, memberHash(m));
  }
  const payload = buildCoverageSharePayload(
    raw({ totals: { ...zeros(), reached, contacts: 65, condoms_given: 500 } }),
  );
  return {
    orgId,
    orgName: orgId,
    countryCode,
    shareId: `${orgId}-share`,
    periodStart: '2026-01-01',
    periodEnd: '2026-02-28',
    approvedAt: '2026-03-01T00:00:00.000Z',
    payload,
    sketch,
  };
}

const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i);

describe('regional roll-up', () => {
  it('adds published totals per country and de-duplicates people with the union of sketches', () => {
    const a = share('org-a', 'AR', range(0, 20), 20);
    const b = share('org-b', 'AR', range(12, 32), 20); // 8 people also in org-a
    const c = share('org-c', 'CL', range(30, 40), 10); // 2 people also in org-b
    expect(distinctFigures([a, b])).toEqual({ sumOfOrganizations: 40, union: 32 });
    const view = buildRegionalCoverage([a, b, c], 5);
    expect(view.countries.map((g) => g.countryCode)).toEqual(['AR', 'CL']);
    const ar = view.countries[0]!;
    expect(total(ar, 'contacts')).toBe(130);
    expect(ar.distinct).toEqual({ sumOfOrganizations: 40, union: 32, removedPercent: 20 });
    // Region: 50 counted by organizations, 40 people; but the countries' unions (32 + 10) minus 40
    // leaves 2 people in both countries — a small count — so the region's union is hidden.
    expect(distinctFigures([a, b, c])).toEqual({ sumOfOrganizations: 50, union: 40 });
    expect(view.region.distinct).toEqual({ sumOfOrganizations: 50, union: '*', removedPercent: null });
    expect(view.countries[1]!.distinct).toEqual({ sumOfOrganizations: 10, union: 10, removedPercent: 0 });
    expect(view.organizations.map((o) => o.orgId)).toEqual(['org-a', 'org-b', 'org-c']);
    expect(JSON.stringify(view)).not.toContain('sketch');
  });

  it('hides a sum where any organization hid its number', () => {
    const a = share('org-a', 'AR', range(0, 40), 40);
    const b = share('org-b', 'AR', range(100, 105), 5); // reached 5 → '<'
    const view = buildRegionalCoverage([a, b], 11);
    expect(total(view.countries[0]!, 'reached')).toBe('*');
  });
});
