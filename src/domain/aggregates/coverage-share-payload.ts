import {
  COVERAGE_SHARE_METRICS,
  type CoverageShareMetric,
  type CoverageSharePayload,
  type CoverageSharePercents,
  type CoverageShareSeries,
  type CoverageShareSite,
  NON_ADDITIVE_METRICS,
  SITE_ONLY_METRICS,
} from '../coverage-shares.schemas';
import type { SiteTypology } from '../sites.schemas';
import { normalizeThreshold, percentOf, type PublishedCount, suppressList } from './suppression';

/** One site of the organization before labelling (its name never enters the payload). */
export interface RawShareSite {
  /** Internal id, used only to order sites of the same label; null = contacts without a site. */
  id: string | null;
  municipality: string | null;
  typology: SiteTypology | null;
}

/** Exact figures of one organization for a period, before suppression (never leave the server). */
export interface RawShareFigures {
  threshold: number;
  periodStart: string;
  periodEnd: string;
  package: { name: string; version: number; funderLabel: string | null };
  months: string[];
  /** metric → one value per month (estimates absent). */
  byMonth: Partial<Record<CoverageShareMetric, number[]>>;
  sites: RawShareSite[];
  /** metric → one value per site. */
  bySite: Partial<Record<CoverageShareMetric, number[]>>;
  /** The organization's totals for the period (distinct people counted once). */
  totals: Record<CoverageShareMetric, number>;
}

/** A single published count: 1..t−1 becomes '<'. */
export function suppressScalar(value: number, threshold: number): PublishedCount {
  return value >= 1 && value < threshold ? '<' : value;
}

/** Sites labelled by municipality + typology + a number, in label order; the 'none' row last. */
export function labelSites(sites: readonly RawShareSite[]): { order: number[]; labels: CoverageShareSite[] } {
  const indexed = sites.map((site, index) => ({ site, index }));
  const named = indexed
    .filter(({ site }) => site.id !== null)
    .sort(
      (a, b) =>
        (a.site.municipality ?? '').localeCompare(b.site.municipality ?? '') ||
        (a.site.typology ?? '').localeCompare(b.site.typology ?? '') ||
        a.site.id!.localeCompare(b.site.id!),
    );
  const counters = new Map<string, number>();
  const labels: CoverageShareSite[] = named.map(({ site }, i) => {
    const group = `${site.municipality ?? ''}|${site.typology ?? ''}`;
    const number = (counters.get(group) ?? 0) + 1;
    counters.set(group, number);
    return { key: `s${i + 1}`, municipality: site.municipality, typology: site.typology, number };
  });
  const order = named.map(({ index }) => index);
  const none = indexed.find(({ site }) => site.id === null);
  if (none) {
    order.push(none.index);
    labels.push({ key: 'none', municipality: null, typology: null, number: 0 });
  }
  return { order, labels };
}

function series(
  metric: CoverageShareMetric,
  keys: readonly string[],
  values: readonly number[],
  total: number,
  threshold: number,
): CoverageShareSeries {
  if (NON_ADDITIVE_METRICS.includes(metric)) {
    // No sum links the rows to the total (a person counts once): only small counts are hidden.
    const list = suppressList({ keys, counts: values }, threshold, { total: 'none' });
    return {
      metric,
      withheld: false,
      values: list.items.map((i) => i.count),
      total: suppressScalar(total, threshold),
    };
  }
  // Additive figures: the rows add up to the total, which both lists (months, sites) publish.
  const list = suppressList({ keys, counts: values }, threshold, { total: 'locked' });
  return { metric, withheld: list.withheld, values: list.items.map((i) => i.count), total: list.total };
}

/** Percentages from published numbers only. */
export function percentsOf(totals: ReadonlyMap<CoverageShareMetric, PublishedCount>): CoverageSharePercents {
  const get = (m: CoverageShareMetric): PublishedCount => totals.get(m) ?? '*';
  return {
    coverageLow: percentOf(get('reached_with_package'), get('estimate_high')),
    coveragePoint: percentOf(get('reached_with_package'), get('estimate_point')),
    coverageHigh: percentOf(get('reached_with_package'), get('estimate_low')),
    condomsVsNeed: percentOf(get('condoms_given'), get('condoms_needed')),
    referralsCompleted: percentOf(get('referrals_completed'), get('referrals_made')),
  };
}

/**
 * The payload an organization approves (SECURITY.md S7): every count suppressed with its threshold,
 * sites by label only, percentages from published numbers. Additive figures sum exactly over months
 * and over sites (the engine's organization total); distinct-people figures do not.
 */
export function buildCoverageSharePayload(raw: RawShareFigures): CoverageSharePayload {
  const t = normalizeThreshold(raw.threshold);
  const { order, labels } = labelSites(raw.sites);
  const siteKeys = labels.map((l) => l.key);
  const totals = new Map<CoverageShareMetric, PublishedCount>();
  const byMonth: CoverageShareSeries[] = [];
  const bySite: CoverageShareSeries[] = [];
  for (const metric of COVERAGE_SHARE_METRICS) {
    const total = raw.totals[metric];
    const siteValues = order.map((i) => raw.bySite[metric]?.[i] ?? 0);
    const site = series(metric, siteKeys, siteValues, total, t);
    bySite.push(site);
    totals.set(metric, site.total);
    if (SITE_ONLY_METRICS.includes(metric)) continue;
    const monthValues = raw.months.map((_, i) => raw.byMonth[metric]?.[i] ?? 0);
    const month = series(metric, raw.months, monthValues, total, t);
    byMonth.push(month);
    // A withheld list keeps its locked total; if either list hid it, hide it everywhere.
    if (month.total !== site.total) {
      totals.set(metric, '*');
      month.total = '*';
      site.total = '*';
    }
  }
  return {
    threshold: t,
    periodStart: raw.periodStart,
    periodEnd: raw.periodEnd,
    package: raw.package,
    totals: COVERAGE_SHARE_METRICS.map((metric) => ({ metric, count: totals.get(metric)! })),
    percents: percentsOf(totals),
    months: raw.months,
    byMonth,
    sites: labels,
    bySite,
  };
}
