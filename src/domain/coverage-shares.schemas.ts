import { z } from 'zod';
import { PublishedCountSchema } from './case-analysis.schemas';
import { Uuid } from './common.schemas';
import { Month, SiteTypology } from './sites.schemas';

/**
 * Coverage shared with the network (issue 4 §4, SECURITY.md S7): an organization approves publishing
 * a period's suppressed coverage aggregates; the regional secretariat reads countries side by side, a
 * de-duplicated regional total estimated from HyperLogLog sketches, and drills down to the site rows
 * of one share. No member id, code or record ever leaves the organization; the sketch of the members
 * reached is stored encrypted and never appears in any response.
 *
 * A published count is a number, '<' (1..threshold−1, shown "<11") or '*' (hidden so that a small
 * count cannot be worked out from the totals).
 */

/** The figures of a share, per month and per site. Labels: `coverageShares.metrics.<metric>`. */
export const COVERAGE_SHARE_METRICS = [
  'reached',
  'reached_with_package',
  'regular_contact',
  'new_members',
  'contacts',
  'referrals_made',
  'referrals_completed',
  'condoms_given',
  'lubricant_given',
  'condoms_needed',
  'estimate_low',
  'estimate_point',
  'estimate_high',
] as const;
export const CoverageShareMetric = z.enum(COVERAGE_SHARE_METRICS);
export type CoverageShareMetric = z.infer<typeof CoverageShareMetric>;

/**
 * Counts of distinct people: a person reached at two sites (or in two months) counts once in the
 * total, so the rows do not add up to it and no sum links them (only small counts are hidden).
 */
export const DISTINCT_METRICS: readonly CoverageShareMetric[] = [
  'reached',
  'reached_with_package',
  'regular_contact',
  'new_members',
];

/**
 * Figures whose rows do not add up to the total: distinct people, and the condom need (counted per
 * member-month at each site where she was reached, but once in the organization's total).
 */
export const NON_ADDITIVE_METRICS: readonly CoverageShareMetric[] = [...DISTINCT_METRICS, 'condoms_needed'];

/** Size estimates are the sites' current ones: per site only, not per month. */
export const SITE_ONLY_METRICS: readonly CoverageShareMetric[] = [
  'estimate_low',
  'estimate_point',
  'estimate_high',
];

/** One figure across the rows (months or sites) of a share, suppressed. `values` follows the rows. */
export const CoverageShareSeries = z.strictObject({
  metric: CoverageShareMetric,
  /** Too few to publish anything safely: every value is '*'. */
  withheld: z.boolean(),
  values: z.array(PublishedCountSchema),
  /** The organization's total for the period (the same number in `totals`). */
  total: PublishedCountSchema,
});
export type CoverageShareSeries = z.infer<typeof CoverageShareSeries>;

/**
 * A site as the network sees it: municipality, typology and a number — NEVER the site's name (a venue
 * name can lead police to people). `key` is opaque ('s1', 's2'… in label order; 'none' for contacts
 * recorded without a site).
 */
export const CoverageShareSite = z.strictObject({
  key: z.string(),
  municipality: z.string().nullable(),
  typology: SiteTypology.nullable(),
  /** 1, 2… among the sites of the same municipality and typology (0 for 'none'). */
  number: z.int(),
});
export type CoverageShareSite = z.infer<typeof CoverageShareSite>;

/** Percentages (0–100, one decimal) computed from published numbers only; null when either is hidden. */
export const CoverageSharePercents = z.strictObject({
  /** Reached with the package ÷ high / point / low estimate. */
  coverageLow: z.number().nullable(),
  coveragePoint: z.number().nullable(),
  coverageHigh: z.number().nullable(),
  /** Condoms given ÷ condoms needed. */
  condomsVsNeed: z.number().nullable(),
  /** Referrals completed ÷ referrals made. */
  referralsCompleted: z.number().nullable(),
});
export type CoverageSharePercents = z.infer<typeof CoverageSharePercents>;

export const CoverageShareTotal = z.strictObject({
  metric: CoverageShareMetric,
  count: PublishedCountSchema,
});

/** Exactly what the organization approves and the network reads (nothing else is stored as payload). */
export const CoverageSharePayload = z.strictObject({
  threshold: z.int(),
  periodStart: z.string(),
  periodEnd: z.string(),
  /** The package definition that produced "reached with the package". */
  package: z.strictObject({ name: z.string(), version: z.int(), funderLabel: z.string().nullable() }),
  totals: z.array(CoverageShareTotal),
  percents: CoverageSharePercents,
  months: z.array(Month),
  /** Every metric but the estimates, one value per month. */
  byMonth: z.array(CoverageShareSeries),
  sites: z.array(CoverageShareSite),
  /** Every metric, one value per site. */
  bySite: z.array(CoverageShareSeries),
});
export type CoverageSharePayload = z.infer<typeof CoverageSharePayload>;

/** Whole months, at most this many per share. */
export const COVERAGE_SHARE_MAX_MONTHS = 36;

const monthSpan = (from: string, to: string) => {
  const [fy, fm] = from.split('-').map(Number) as [number, number];
  const [ty, tm] = to.split('-').map(Number) as [number, number];
  return (ty - fy) * 12 + (tm - fm);
};

const periodCheck = (q: { periodStart: string; periodEnd: string }, ctx: z.RefinementCtx) => {
  const span = monthSpan(q.periodStart, q.periodEnd);
  if (span < 0) ctx.addIssue({ code: 'custom', path: ['periodEnd'], message: 'before_start' });
  else if (span >= COVERAGE_SHARE_MAX_MONTHS) {
    ctx.addIssue({ code: 'custom', path: ['periodEnd'], message: 'too_long' });
  }
};

/** Whole calendar months (`YYYY-MM`), never days (see SECURITY deviation 37). */
export const CoverageSharePreviewQuery = z
  .strictObject({ periodStart: Month, periodEnd: Month })
  .superRefine(periodCheck);
export type CoverageSharePreviewQuery = z.infer<typeof CoverageSharePreviewQuery>;

export const CoverageShareInput = z
  .strictObject({
    periodStart: Month,
    periodEnd: Month,
    /** The digest of the preview the coordinator approved: refused (409) if the figures changed since. */
    previewDigest: z.string().regex(/^[0-9a-f]{64}$/),
  })
  .superRefine(periodCheck);
export type CoverageShareInput = z.infer<typeof CoverageShareInput>;

export const CoverageSharePreview = z.strictObject({
  payload: CoverageSharePayload,
  previewDigest: z.string(),
});
export type CoverageSharePreview = z.infer<typeof CoverageSharePreview>;

export const CoverageShareView = z.strictObject({
  id: z.string(),
  periodStart: z.string(),
  periodEnd: z.string(),
  approvedAt: z.string(),
  withdrawnAt: z.string().nullable(),
  payload: CoverageSharePayload,
});
export type CoverageShareView = z.infer<typeof CoverageShareView>;

export const CoverageShareList = z.strictObject({ shares: z.array(CoverageShareView) });
export type CoverageShareList = z.infer<typeof CoverageShareList>;

export const CoverageShareParams = z.strictObject({ orgId: z.uuid(), shareId: Uuid });

// ── Regional view (network readers at the regional secretariat) ─────────────────────────────────

/**
 * Distinct people across organizations, estimated from the union of their sketches. `sumOfOrganizations`
 * adds each organization's own estimate (a mobile person counts once per organization); `union` counts
 * her once; `removedPercent` = (sum − union) ÷ sum. Suppressed like any count; when the difference
 * itself is a small count, the union is hidden ('*') so it cannot be subtracted.
 */
export const DistinctPeople = z.strictObject({
  sumOfOrganizations: PublishedCountSchema,
  union: PublishedCountSchema,
  removedPercent: z.number().nullable(),
});
export type DistinctPeople = z.infer<typeof DistinctPeople>;

/** One organization's latest active share, as published (no sketch, no record). */
export const RegionalOrganization = z.strictObject({
  orgId: z.string(),
  orgName: z.string(),
  countryCode: z.string().nullable(),
  shareId: z.string(),
  periodStart: z.string(),
  periodEnd: z.string(),
  approvedAt: z.string(),
  totals: z.array(CoverageShareTotal),
  percents: CoverageSharePercents,
});
export type RegionalOrganization = z.infer<typeof RegionalOrganization>;

/**
 * A group of organizations (a country, or the whole region): sums of the published totals (a sum is
 * '*' when any organization hid its number) and the de-duplicated count of people.
 */
export const RegionalGroup = z.strictObject({
  /** ISO country code; null for the region (and for organizations without a country). */
  countryCode: z.string().nullable(),
  organizations: z.int(),
  totals: z.array(CoverageShareTotal),
  percents: CoverageSharePercents,
  distinct: DistinctPeople,
});
export type RegionalGroup = z.infer<typeof RegionalGroup>;

export const RegionalCoverageQuery = z
  .strictObject({
    /** Only shares of exactly these months (both or neither); default: each organization's latest share. */
    periodStart: Month.optional(),
    periodEnd: Month.optional(),
  })
  .refine((q) => (q.periodStart === undefined) === (q.periodEnd === undefined), {
    path: ['periodEnd'],
    message: 'both_or_neither',
  })
  .refine((q) => !q.periodStart || !q.periodEnd || q.periodStart <= q.periodEnd, {
    path: ['periodEnd'],
    message: 'before_start',
  });
export type RegionalCoverageQuery = z.infer<typeof RegionalCoverageQuery>;

export const RegionalCoverage = z.strictObject({
  threshold: z.int(),
  region: RegionalGroup,
  /** Countries side by side, by country code. */
  countries: z.array(RegionalGroup),
  /** Drill-down: organizations with their share (open its site rows with the share route). */
  organizations: z.array(RegionalOrganization),
});
export type RegionalCoverage = z.infer<typeof RegionalCoverage>;

/** Drill-down to the site (and month) rows of one organization's active share. */
export const RegionalShareView = z.strictObject({
  orgId: z.string(),
  orgName: z.string(),
  countryCode: z.string().nullable(),
  shareId: z.string(),
  approvedAt: z.string(),
  payload: CoverageSharePayload,
});
export type RegionalShareView = z.infer<typeof RegionalShareView>;

// ── Mobility inside an organization (exact, for its own coordinators and analysts) ──────────────

export const MobilityQuery = z
  .strictObject({ from: Month, to: Month })
  .refine((q) => q.from <= q.to, { path: ['to'], message: 'before_from' });
export type MobilityQuery = z.infer<typeof MobilityQuery>;

export const MobilityView = z.strictObject({
  from: Month,
  to: Month,
  /** Distinct members (after merges) with an effective contact in the period. */
  reached: z.int(),
  /** …seen at more than one site. */
  atSeveralSites: z.int(),
  /** …seen at sites of more than one local group. */
  inSeveralLocalGroups: z.int(),
});
export type MobilityView = z.infer<typeof MobilityView>;
