import { z } from 'zod';
import { IMPACTS, INTERVENTION_TYPES } from './case-responses';
import { Uuid } from './common.schemas';
import { Locale } from './locales';
import { Month } from './sites.schemas';

/**
 * Anonymized case analysis (issue 5 §5): distributions of consented cases, every count small-cell
 * suppressed (src/domain/aggregates/suppression.ts). A published count is a number, '<' (1..threshold−1,
 * shown "<11") or '*' (hidden so that a small count cannot be worked out from the totals).
 */
export const PublishedCountSchema = z.union([z.int().min(0), z.literal('<'), z.literal('*')]);

/** The distributions, in display order. Multi-valued ones count a case once in each of its categories. */
export const ANALYSIS_DIMENSIONS = [
  'act_type',
  'perpetrator_type',
  'perpetrator_state',
  'location_type',
  'month',
  'area',
  'intervention_type',
  'outcome',
  'barrier',
] as const;
export const AnalysisDimension = z.enum(ANALYSIS_DIMENSIONS);
export type AnalysisDimension = z.infer<typeof AnalysisDimension>;

/** Dimensions where one case can count in several rows (their total counts mentions, not cases). */
export const MULTI_VALUED_DIMENSIONS: readonly AnalysisDimension[] = [
  'act_type',
  'perpetrator_type',
  'intervention_type',
  'barrier',
];

/** Not shared with the network (the barrier register is the organization's own). */
export const NETWORK_DIMENSIONS: readonly AnalysisDimension[] = ANALYSIS_DIMENSIONS.filter(
  (d) => d !== 'barrier',
);

export const Labels = z.strictObject({ es: z.string(), 'pt-BR': z.string(), en: z.string() });

export const AggregateItem = z.strictObject({
  key: z.string(),
  /** Organization-defined categories (act types, areas, barriers) carry their own labels. */
  label: Labels.nullable(),
  count: PublishedCountSchema,
});

export const AggregateList = z.strictObject({
  dimension: AnalysisDimension,
  withheld: z.boolean(),
  items: z.array(AggregateItem),
  total: PublishedCountSchema,
});
export type AggregateList = z.infer<typeof AggregateList>;

/** The interventions table's columns: the recorded impact, or 'pending' while there is none. */
export const INTERVENTION_IMPACTS = [...IMPACTS, 'pending'] as const;
export { INTERVENTION_TYPES };

/** Interventions by type (rows) and impact (columns), with totals. */
export const AggregateCrossTable = z.strictObject({
  rows: z.array(z.string()),
  columns: z.array(z.string()),
  withheld: z.boolean(),
  cells: z.array(z.array(PublishedCountSchema)),
  rowTotals: z.array(PublishedCountSchema),
  columnTotals: z.array(PublishedCountSchema),
  total: PublishedCountSchema,
});
export type AggregateCrossTable = z.infer<typeof AggregateCrossTable>;

export const CaseAggregates = z.strictObject({
  threshold: z.int(),
  periodStart: z.string().nullable(),
  periodEnd: z.string().nullable(),
  /** Consented cases in the period. */
  cases: PublishedCountSchema,
  lists: z.array(AggregateList),
  interventionImpact: AggregateCrossTable,
});
export type CaseAggregates = z.infer<typeof CaseAggregates>;

/**
 * Periods are whole calendar months (`YYYY-MM`), never days: with day bounds, two requests a day apart
 * ([1 Jan, 30 Jun] and [1 Jan, 1 Jul]) would differ by the cases of one day, often one case, and the
 * small-cell suppression of each answer would not hide it. `from` is the first day of its month, `to`
 * the last day of its month.
 */
export const AnalysisQuery = z
  .strictObject({
    from: Month.optional(),
    to: Month.optional(),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { path: ['to'], message: 'before_from' });
export type AnalysisQuery = z.infer<typeof AnalysisQuery>;

/** A download link carries the interface language (a plain link sends the browser's own). */
export const ExportQuery = z
  .strictObject({
    from: Month.optional(),
    to: Month.optional(),
    lang: Locale.optional(),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { path: ['to'], message: 'before_from' });
export type ExportQuery = z.infer<typeof ExportQuery>;

/** The first day of a month `YYYY-MM`. */
export const monthStart = (month: string): string => `${month}-01`;
/** The last day of a month `YYYY-MM`. */
export function monthEnd(month: string): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  const days = new Date(Date.UTC(year, m, 0)).getUTCDate();
  return `${month}-${String(days).padStart(2, '0')}`;
}

export const EXPORT_FORMATS = ['csv', 'xlsx', 'pdf'] as const;
export const ExportParams = z.strictObject({ orgId: z.uuid(), format: z.enum(EXPORT_FORMATS) });

// ── Network sharing

/**
 * A share covers whole months (`YYYY-MM`, stored as the first and last day). A new share may not
 * overlap an active share of the organization unless it covers exactly the same months (it then
 * replaces it): the network could otherwise subtract two overlapping shares to single out cases.
 */
export const NetworkShareInput = z
  .strictObject({
    periodStart: Month,
    periodEnd: Month,
    /** The digest of the preview the coordinator approved: refused (409) if the data changed since. */
    previewDigest: z.string().regex(/^[0-9a-f]{64}$/),
  })
  .refine((q) => q.periodStart <= q.periodEnd, { path: ['periodEnd'], message: 'before_start' });
export type NetworkShareInput = z.infer<typeof NetworkShareInput>;

export const NetworkSharePreviewQuery = z
  .strictObject({ periodStart: Month, periodEnd: Month })
  .refine((q) => q.periodStart <= q.periodEnd, { path: ['periodEnd'], message: 'before_start' });

export const NetworkSharePreview = z.strictObject({
  payload: CaseAggregates,
  previewDigest: z.string(),
});
export type NetworkSharePreview = z.infer<typeof NetworkSharePreview>;

export const NetworkShareView = z.strictObject({
  id: z.string(),
  periodStart: z.string(),
  periodEnd: z.string(),
  approvedAt: z.string(),
  withdrawnAt: z.string().nullable(),
  payload: CaseAggregates,
});
export type NetworkShareView = z.infer<typeof NetworkShareView>;

export const NetworkShareList = z.strictObject({ shares: z.array(NetworkShareView) });
export type NetworkShareList = z.infer<typeof NetworkShareList>;

export const NetworkShareParams = z.strictObject({ orgId: z.uuid(), shareId: Uuid });

/** The regional secretariat's view: each organization's latest share and a combined, re-suppressed table. */
export const NetworkAggregates = z.strictObject({
  threshold: z.int(),
  organizations: z.array(
    z.strictObject({
      orgId: z.string(),
      orgName: z.string(),
      periodStart: z.string(),
      periodEnd: z.string(),
      approvedAt: z.string(),
      payload: CaseAggregates,
    }),
  ),
  /** Per dimension: organizations (rows) × categories (columns), re-suppressed with totals. */
  combined: z.array(
    z.strictObject({
      dimension: AnalysisDimension,
      table: AggregateCrossTable,
    }),
  ),
});
export type NetworkAggregates = z.infer<typeof NetworkAggregates>;
