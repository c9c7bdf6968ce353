import { z } from 'zod';
import { Name, Uuid } from './common.schemas';
import { Month } from './sites.schemas';

/**
 * Coverage (issue 4): defined packages and the indicator report, shared by the server, the web and
 * the roll-up / dashboards / generator work built on top. Additive changes only: other modules read
 * these shapes.
 */

// ── Defined packages ─────────────────────────────────────────────────────────────────────────────

/**
 * What a member received in a month, as the package rule sees it. `info` is any information topic;
 * `referral_*` a referral made in an effective contact (labels under `coverage.atoms`).
 */
export const SERVICE_ATOMS = [
  'condoms',
  'lubricant',
  'hiv_self_test',
  'info',
  'referral_hiv_test',
  'referral_sti',
  'referral_prep',
  'referral_pep',
  'referral_mental_health',
  'referral_legal',
  'referral_social',
  'referral_other',
] as const;
export const ServiceAtom = z.enum(SERVICE_ATOMS);
export type ServiceAtom = z.infer<typeof ServiceAtom>;

const atomList = z
  .array(ServiceAtom)
  .max(SERVICE_ATOMS.length)
  .refine((list) => new Set(list).size === list.length, { message: 'duplicate' });

/**
 * "Reached with the package" in a month: at least `minContacts` effective contacts in the month, every
 * service of `allOf` and at least one of `anyOf` (an empty `anyOf` requires nothing) among that month's
 * effective contacts (of the unit: a site row looks at the contacts made at that site).
 */
export const PackageRule = z.strictObject({
  minContacts: z.int().min(1).max(31),
  allOf: atomList,
  anyOf: atomList,
});
export type PackageRule = z.infer<typeof PackageRule>;

/** DOMAIN.md §1: ≥1 contact in the month with condoms + lubricant + one of {information, STI referral, HIV test referral}. */
export const DEFAULT_PACKAGE_RULE: PackageRule = {
  minContacts: 1,
  allOf: ['condoms', 'lubricant'],
  anyOf: ['info', 'referral_sti', 'referral_hiv_test'],
};

export const FunderLabel = z.string().trim().min(1).max(120);

export const PackageCreateInput = z.strictObject({
  id: Uuid.optional(),
  name: Name,
  funderLabel: FunderLabel.nullable().optional(),
  rule: PackageRule,
});
export type PackageCreateInput = z.infer<typeof PackageCreateInput>;

/** Name and funder label change in place; a rule that differs from the current one saves a new version. */
export const PackageUpdateInput = z.strictObject({
  name: Name.optional(),
  funderLabel: FunderLabel.nullable().optional(),
  rule: PackageRule.optional(),
  archived: z.boolean().optional(),
});
export type PackageUpdateInput = z.infer<typeof PackageUpdateInput>;

export const PackageParams = z.strictObject({ orgId: z.uuid(), packageId: z.uuid() });

/** One immutable version of a package's rule. Versions count from 1. */
export const PackageVersionView = z.strictObject({
  version: z.int(),
  rule: PackageRule,
  createdAt: z.string(),
  createdByName: z.string().nullable(),
});
export type PackageVersionView = z.infer<typeof PackageVersionView>;

export const PackageView = z.strictObject({
  id: z.string(),
  name: z.string(),
  funderLabel: z.string().nullable(),
  /** The package created for every organization (DOMAIN.md §1); used when a query names none. */
  isDefault: z.boolean(),
  archived: z.boolean(),
  /** The current version and its rule. */
  version: z.int(),
  rule: PackageRule,
  /** Every version, newest first (the current one included). */
  versions: z.array(PackageVersionView),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type PackageView = z.infer<typeof PackageView>;

export const PackageList = z.strictObject({ packages: z.array(PackageView) });
export type PackageList = z.infer<typeof PackageList>;

// ── Indicator query ──────────────────────────────────────────────────────────────────────────────

export const COVERAGE_LEVELS = ['site', 'local_group', 'organization'] as const;
export const CoverageLevel = z.enum(COVERAGE_LEVELS);
export type CoverageLevel = z.infer<typeof CoverageLevel>;

/** The longest period one report covers, in months. */
export const COVERAGE_MAX_MONTHS = 36;

/** Months between two `YYYY-MM` (0 when equal). */
export function monthsBetween(from: string, to: string): number {
  const [fy, fm] = from.split('-').map(Number) as [number, number];
  const [ty, tm] = to.split('-').map(Number) as [number, number];
  return (ty - fy) * 12 + (tm - fm);
}

/**
 * A period of whole months [from, to] and a level. `packageId` defaults to the organization's default
 * package; `localGroupId` / `siteId` narrow the rows (drill-down); the organization total stays whole.
 */
export const CoverageQuery = z
  .strictObject({
    from: Month,
    to: Month,
    level: CoverageLevel,
    packageId: Uuid.optional(),
    localGroupId: Uuid.optional(),
    siteId: Uuid.optional(),
  })
  .superRefine((query, ctx) => {
    const span = monthsBetween(query.from, query.to);
    if (span < 0) ctx.addIssue({ code: 'custom', path: ['to'], message: 'before_from' });
    else if (span >= COVERAGE_MAX_MONTHS) ctx.addIssue({ code: 'custom', path: ['to'], message: 'too_long' });
  });
export type CoverageQuery = z.infer<typeof CoverageQuery>;

// ── Indicator report ─────────────────────────────────────────────────────────────────────────────

/** Sum of the current size estimates of the sites in scope; `sitesWithEstimate` of `sites` have one. */
export const EstimateRange = z.strictObject({
  low: z.int(),
  point: z.int(),
  high: z.int(),
  sites: z.int(),
  sitesWithEstimate: z.int(),
});
export type EstimateRange = z.infer<typeof EstimateRange>;

/**
 * Reached with the package ÷ estimate, as fractions (0.42 = 42 %). `low` divides by the HIGH estimate,
 * `high` by the LOW one. Null when there is no estimate (or a zero one) in scope.
 */
export const CoverageRange = z.strictObject({
  low: z.number().nullable(),
  point: z.number().nullable(),
  high: z.number().nullable(),
});
export type CoverageRange = z.infer<typeof CoverageRange>;

/** Site-months in the period: with effective contacts, with "nothing to report" filed, silent. */
export const ReportingCounts = z.strictObject({
  reporting: z.int(),
  zeroReturns: z.int(),
  silent: z.int(),
});
export type ReportingCounts = z.infer<typeof ReportingCounts>;

export const CoverageUnit = z.strictObject({
  level: CoverageLevel,
  /** Null for the "no site" / "no local group" row (contacts recorded without one). */
  id: z.string().nullable(),
  name: z.string().nullable(),
  /** For a site row: its local group (null when none). */
  localGroupId: z.string().nullable(),
});
export type CoverageUnit = z.infer<typeof CoverageUnit>;

/**
 * The indicators of one unit for the period. Members are distinct inside the unit: a higher level
 * counts each person once, so its figure is NOT the sum of its sites' figures. Anonymous tallies are
 * never part of a member count.
 */
export const CoverageRow = z.strictObject({
  unit: CoverageUnit,
  /** Distinct (kept, after merges) members with ≥1 effective contact in the unit in the period. */
  reached: z.int(),
  /** Members who met the package rule in at least one month of the period (KP-1c, KP_PREV). */
  reachedWithPackage: z.int(),
  /** People in anonymous tallies (cannot be de-duplicated). */
  anonymousContacts: z.int(),
  /** Effective contacts with a member (tallies excluded). */
  contacts: z.int(),
  estimate: EstimateRange,
  coverage: CoverageRange,
  /** Members reached in the unit in each of the 3 months ending at `to`. */
  regularContact: z.int(),
  /** Reached members whose first-ever effective contact in the organization falls inside the period. */
  newMembers: z.int(),
  repeatMembers: z.int(),
  condomsGiven: z.int(),
  lubricantGiven: z.int(),
  /** Σ over reached member-months of the member's monthly condom need; members without figures are left out. */
  condomsNeeded: z.int(),
  /** Reached member-months that had a condom need figure. */
  memberMonthsWithNeed: z.int(),
  /** Referrals made in effective contacts of the period, and those with a result 'service_received' or 'result_known'. */
  referralsMade: z.int(),
  referralsCompleted: z.int(),
  /** Members with an HIV-test referral made in the period whose result is 'result_known' (KP-3c). */
  hivTestedKnowsResult: z.int(),
  /** Distinct promotoras with effective contacts (members or tallies) in the unit in the period. */
  promotorasActive: z.int(),
  /** reached ÷ promotorasActive (null without promotoras), to compare with `caseloadNorm`. */
  membersPerPromotora: z.number().nullable(),
  reportingSites: ReportingCounts,
});
export type CoverageRow = z.infer<typeof CoverageRow>;

export const CoverageTrendPoint = z.strictObject({
  month: Month,
  reached: z.int(),
  reachedWithPackage: z.int(),
  /** Of the month alone, ÷ the current point estimate; null without an estimate. */
  coveragePoint: z.number().nullable(),
  reportingSites: ReportingCounts,
});
export type CoverageTrendPoint = z.infer<typeof CoverageTrendPoint>;

export const StockOutView = z.strictObject({
  stockPointId: z.string(),
  name: z.string(),
  items: z.array(z.enum(['condoms', 'lubricant', 'hiv_self_tests'])),
});

export const CoverageReport = z.strictObject({
  orgId: z.string(),
  from: Month,
  to: Month,
  level: CoverageLevel,
  months: z.array(Month),
  package: z.strictObject({
    id: z.string(),
    name: z.string(),
    version: z.int(),
    funderLabel: z.string().nullable(),
    rule: PackageRule,
  }),
  /** Registry setting: members per promotora (SWIT ≈ 1:50). */
  caseloadNorm: z.int(),
  /** Rows of the level (narrowed by a drill-down), by name; the null-unit row last when it has data. */
  rows: z.array(CoverageRow),
  /** The whole organization (not narrowed by a drill-down). */
  total: CoverageRow,
  /** Month by month for the scope (the drill-down unit, else the organization). */
  trend: z.array(CoverageTrendPoint),
  /** Stock points out of an item now (balance ≤ 0), organization-wide. */
  stockOuts: z.array(StockOutView),
  generatedAt: z.string(),
});
export type CoverageReport = z.infer<typeof CoverageReport>;
