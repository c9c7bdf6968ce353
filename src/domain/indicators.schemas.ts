import { z } from 'zod';
import { Name, Notes, Uuid } from './common.schemas';
import { IndicatorFilterValues } from './indicator-filters';
import { CalendarDate, Month } from './sites.schemas';

/**
 * Community-defined indicators (issue 4 §3): an organization's own count or ratio over its records
 * (sources in `server/modules/indicators/indicator-sources.ts`), targets per month, quarter or year,
 * and the monthly review (what happened, action items, lessons learned).
 */
export const INDICATOR_KINDS = ['count', 'ratio'] as const;
export const IndicatorKind = z.enum(INDICATOR_KINDS);
export type IndicatorKind = z.infer<typeof IndicatorKind>;

export const TARGET_PERIODS = ['month', 'quarter', 'year'] as const;
export const TargetPeriod = z.enum(TARGET_PERIODS);
export type TargetPeriod = z.infer<typeof TargetPeriod>;

export const INDICATOR_ACTION_STATUSES = ['open', 'done', 'dropped'] as const;
export const IndicatorActionStatus = z.enum(INDICATOR_ACTION_STATUSES);
export type IndicatorActionStatus = z.infer<typeof IndicatorActionStatus>;

export const INDICATOR_LIMITS = {
  sourceKeyMax: 60,
  titleMax: 200,
  targetMax: 1_000_000_000,
  searchMax: 200,
} as const;

const SourceKey = z
  .string()
  .min(1)
  .max(INDICATOR_LIMITS.sourceKeyMax)
  .regex(/^[a-z][a-z0-9_]*$/);

/** A count indicator names one source; a ratio divides a numerator source by a denominator source. */
export const IndicatorCreateInput = z
  .strictObject({
    id: Uuid.optional(),
    name: Name,
    kind: IndicatorKind,
    sourceKey: SourceKey,
    filters: IndicatorFilterValues.optional(),
    denominatorSourceKey: SourceKey.optional(),
    denominatorFilters: IndicatorFilterValues.optional(),
  })
  .superRefine((value, issue) => {
    const hasDenominator = value.denominatorSourceKey !== undefined;
    if ((value.kind === 'ratio') !== hasDenominator)
      issue.addIssue({
        code: 'custom',
        path: ['denominatorSourceKey'],
        message: 'ratio needs a denominator',
      });
    if (value.kind === 'count' && value.denominatorFilters !== undefined)
      issue.addIssue({ code: 'custom', path: ['denominatorFilters'], message: 'count has no denominator' });
  });
export type IndicatorCreateInput = z.infer<typeof IndicatorCreateInput>;

export const IndicatorUpdateInput = z.strictObject({
  name: Name.optional(),
  /** Archived indicators leave the review; their history stays. */
  archived: z.boolean().optional(),
});
export type IndicatorUpdateInput = z.infer<typeof IndicatorUpdateInput>;

export const IndicatorParams = z.strictObject({ orgId: z.uuid(), indicatorId: z.uuid() });

/** A target for one period: `periodStart` is the period's first month (a quarter starts Jan/Apr/Jul/Oct). */
export const IndicatorTargetInput = z
  .strictObject({
    periodType: TargetPeriod,
    periodStart: Month,
    /** A count, or a percentage for a ratio; null removes the target. */
    target: z.number().min(0).max(INDICATOR_LIMITS.targetMax).nullable(),
  })
  .superRefine((value, issue) => {
    const month = Number(value.periodStart.slice(5, 7));
    const ok =
      value.periodType === 'month' ||
      (value.periodType === 'quarter' && (month - 1) % 3 === 0) ||
      (value.periodType === 'year' && month === 1);
    if (!ok)
      issue.addIssue({ code: 'custom', path: ['periodStart'], message: 'not the start of the period' });
  });
export type IndicatorTargetInput = z.infer<typeof IndicatorTargetInput>;

export const IndicatorTargetView = z.strictObject({
  periodType: TargetPeriod,
  periodStart: z.string(),
  target: z.number(),
});
export type IndicatorTargetView = z.infer<typeof IndicatorTargetView>;

export const IndicatorView = z.strictObject({
  id: z.string(),
  name: z.string(),
  kind: IndicatorKind,
  sourceKey: z.string(),
  filters: IndicatorFilterValues,
  denominatorSourceKey: z.string().nullable(),
  denominatorFilters: IndicatorFilterValues.nullable(),
  archived: z.boolean(),
  targets: z.array(IndicatorTargetView),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type IndicatorView = z.infer<typeof IndicatorView>;

export const IndicatorList = z.strictObject({ indicators: z.array(IndicatorView) });
export type IndicatorList = z.infer<typeof IndicatorList>;

export const IndicatorSourceView = z.strictObject({
  key: z.string(),
  labelKey: z.string(),
  filterKeys: z.array(z.string()),
});
export const IndicatorSourceList = z.strictObject({ sources: z.array(IndicatorSourceView) });
export type IndicatorSourceList = z.infer<typeof IndicatorSourceList>;

// ── The monthly review.

export const ReviewParams = z.strictObject({ orgId: z.uuid(), month: Month });
export const ReviewExportParams = z.strictObject({
  orgId: z.uuid(),
  month: Month,
  format: z.enum(['csv', 'xlsx']),
});
export const ReviewNoteParams = z.strictObject({ orgId: z.uuid(), month: Month, indicatorId: z.uuid() });

/** A value against its target in one period (month, quarter to date, year to date). */
export const PeriodFigure = z.strictObject({
  from: z.string(),
  to: z.string(),
  /** A count, or a percentage (one decimal) for a ratio; null when the denominator is 0. */
  value: z.number().nullable(),
  numerator: z.number(),
  denominator: z.number().nullable(),
  target: z.number().nullable(),
  /** value ÷ target as a percentage (one decimal), null without a target or a value. */
  progress: z.number().nullable(),
});
export type PeriodFigure = z.infer<typeof PeriodFigure>;

export const IndicatorActionView = z.strictObject({
  id: z.string(),
  indicatorId: z.string().nullable(),
  month: z.string(),
  title: z.string(),
  ownerUserId: z.string(),
  ownerName: z.string().nullable(),
  dueOn: z.string(),
  status: IndicatorActionStatus,
  completedOn: z.string().nullable(),
  overdue: z.boolean(),
});
export type IndicatorActionView = z.infer<typeof IndicatorActionView>;

export const LessonView = z.strictObject({
  id: z.string(),
  month: z.string(),
  indicatorId: z.string().nullable(),
  /** Encrypted at rest; reading lessons is an audited sensitive read. */
  text: z.string(),
  authorName: z.string().nullable(),
  createdAt: z.string(),
});
export type LessonView = z.infer<typeof LessonView>;

export const ReviewIndicatorView = z.strictObject({
  id: z.string(),
  name: z.string(),
  kind: IndicatorKind,
  sourceKey: z.string(),
  denominatorSourceKey: z.string().nullable(),
  month: PeriodFigure,
  quarter: PeriodFigure,
  year: PeriodFigure,
  /** What happened this month (encrypted at rest). */
  note: z.string().nullable(),
});
export type ReviewIndicatorView = z.infer<typeof ReviewIndicatorView>;

export const ReviewView = z.strictObject({
  month: z.string(),
  today: z.string(),
  indicators: z.array(ReviewIndicatorView),
  actions: z.array(IndicatorActionView),
  lessons: z.array(LessonView),
});
export type ReviewView = z.infer<typeof ReviewView>;

export const ReviewNoteInput = z.strictObject({ note: Notes.trim().nullable() });
export type ReviewNoteInput = z.infer<typeof ReviewNoteInput>;
export const ReviewNoteView = z.strictObject({
  indicatorId: z.string(),
  month: z.string(),
  note: z.string().nullable(),
});

export const IndicatorActionCreateInput = z.strictObject({
  id: Uuid.optional(),
  indicatorId: Uuid.nullable().optional(),
  title: z.string().trim().min(1).max(INDICATOR_LIMITS.titleMax),
  ownerUserId: Uuid,
  dueOn: CalendarDate,
});
export type IndicatorActionCreateInput = z.infer<typeof IndicatorActionCreateInput>;

export const IndicatorActionUpdateInput = z.strictObject({
  title: z.string().trim().min(1).max(INDICATOR_LIMITS.titleMax).optional(),
  ownerUserId: Uuid.optional(),
  dueOn: CalendarDate.optional(),
  status: IndicatorActionStatus.optional(),
});
export type IndicatorActionUpdateInput = z.infer<typeof IndicatorActionUpdateInput>;

/** What the owner of an action item may change herself. */
export const IndicatorActionStatusInput = z.strictObject({ status: IndicatorActionStatus });
export type IndicatorActionStatusInput = z.infer<typeof IndicatorActionStatusInput>;

export const IndicatorActionParams = z.strictObject({ orgId: z.uuid(), actionId: z.uuid() });
export const IndicatorActionList = z.strictObject({
  today: z.string(),
  actions: z.array(IndicatorActionView),
});
export type IndicatorActionList = z.infer<typeof IndicatorActionList>;

export const LessonCreateInput = z.strictObject({
  id: Uuid.optional(),
  indicatorId: Uuid.nullable().optional(),
  text: Notes.trim().min(1),
});
export type LessonCreateInput = z.infer<typeof LessonCreateInput>;

export const LessonSearchQuery = z.strictObject({
  /** Words that must all appear (case and accents ignored); empty lists every lesson. */
  q: z.string().trim().max(INDICATOR_LIMITS.searchMax).optional(),
});
export type LessonSearchQuery = z.infer<typeof LessonSearchQuery>;
export const LessonList = z.strictObject({ lessons: z.array(LessonView) });
export type LessonList = z.infer<typeof LessonList>;
