import { z } from 'zod';
import { Name, Notes, Uuid } from './common.schemas';
import {
  EXEMPTION_REASONS,
  FEE_STATUSES,
  GRANT_STATUSES,
  PIPELINE_STAGES,
  REPORT_KINDS,
  REPORT_STATES,
} from './grants';
import { CalendarDate } from './sites.schemas';

/** ISO 4217 code (upper case, three letters); formatted with Intl on the screen. */
export const Currency = z
  .string()
  .trim()
  .transform((value) => value.toUpperCase())
  .pipe(z.string().regex(/^[A-Z]{3}$/));

/** A non-negative amount with at most two decimals. */
export const Money = z
  .number()
  .min(0)
  .max(1_000_000_000_000)
  .refine((value) => Math.abs(Math.round(value * 100) - value * 100) < 1e-6, {
    message: 'two decimals at most',
  });

export const GrantStatus = z.enum(GRANT_STATUSES);
export const ReportKind = z.enum(REPORT_KINDS);
export const ReportState = z.enum(REPORT_STATES);
export const PipelineStage = z.enum(PIPELINE_STAGES);
export const FeeStatus = z.enum(FEE_STATUSES);
export const ExemptionReason = z.enum(EXEMPTION_REASONS);

export const GrantParams = z.strictObject({ orgId: z.uuid(), grantId: z.uuid() });
export const GrantReportParams = z.strictObject({ orgId: z.uuid(), reportId: z.uuid() });
export const OpportunityParams = z.strictObject({ orgId: z.uuid(), opportunityId: z.uuid() });
export const FeeParams = z.strictObject({ orgId: z.uuid(), feeId: z.uuid() });

// ── Grants and their reporting calendar

export const GrantReportCreateInput = z.strictObject({
  id: Uuid.optional(),
  dueOn: CalendarDate,
  kind: ReportKind,
});
export type GrantReportCreateInput = z.infer<typeof GrantReportCreateInput>;

export const GrantReportUpdateInput = z.strictObject({
  dueOn: CalendarDate.optional(),
  kind: ReportKind.optional(),
  /** The day it was sent to the funder; null to undo. */
  submittedOn: CalendarDate.nullable().optional(),
});
export type GrantReportUpdateInput = z.infer<typeof GrantReportUpdateInput>;

const grantFields = {
  funder: Name,
  title: Name,
  amount: Money,
  currency: Currency,
  startsOn: CalendarDate,
  endsOn: CalendarDate,
};

export const GrantCreateInput = z
  .strictObject({
    id: Uuid.optional(),
    ...grantFields,
    status: GrantStatus.optional(),
    /** The reporting calendar, given at once (more can be added later). */
    reports: z.array(GrantReportCreateInput).max(60).optional(),
  })
  .refine((grant) => grant.endsOn >= grant.startsOn, { path: ['endsOn'], message: 'before the start' });
export type GrantCreateInput = z.infer<typeof GrantCreateInput>;

export const GrantUpdateInput = z.strictObject({
  funder: Name.optional(),
  title: Name.optional(),
  amount: Money.optional(),
  currency: Currency.optional(),
  startsOn: CalendarDate.optional(),
  endsOn: CalendarDate.optional(),
  status: GrantStatus.optional(),
});
export type GrantUpdateInput = z.infer<typeof GrantUpdateInput>;

export const GrantReportView = z.strictObject({
  id: z.uuid(),
  grantId: z.uuid(),
  dueOn: z.string(),
  kind: ReportKind,
  submittedOn: z.string().nullable(),
  state: ReportState,
});
export type GrantReportView = z.infer<typeof GrantReportView>;

export const TimelinessView = z.strictObject({
  due: z.number().int(),
  onTime: z.number().int(),
  late: z.number().int(),
  overdue: z.number().int(),
  rate: z.number().nullable(),
});
export type TimelinessView = z.infer<typeof TimelinessView>;

export const GrantView = z.strictObject({
  id: z.uuid(),
  funder: z.string(),
  title: z.string(),
  amount: z.number(),
  currency: z.string(),
  startsOn: z.string(),
  endsOn: z.string(),
  status: GrantStatus,
  reports: z.array(GrantReportView),
  timeliness: TimelinessView,
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type GrantView = z.infer<typeof GrantView>;

export const GrantList = z.strictObject({
  grants: z.array(GrantView),
  timeliness: TimelinessView,
});
export type GrantList = z.infer<typeof GrantList>;

export const DueReportView = z.strictObject({
  id: z.uuid(),
  grantId: z.uuid(),
  grantTitle: z.string(),
  funder: z.string(),
  dueOn: z.string(),
  kind: ReportKind,
  state: ReportState,
  /** Days from today to the due date (negative when overdue). */
  daysLeft: z.number().int(),
});
export const DueReportList = z.strictObject({ reports: z.array(DueReportView) });
export type DueReportList = z.infer<typeof DueReportList>;

// ── Resource-mobilization pipeline

export const OpportunityCreateInput = z.strictObject({
  id: Uuid.optional(),
  funder: Name,
  title: Name,
  amount: Money.nullable().optional(),
  currency: Currency.nullable().optional(),
  deadline: CalendarDate.nullable().optional(),
  notes: Notes.nullable().optional(),
});
export type OpportunityCreateInput = z.infer<typeof OpportunityCreateInput>;

export const OpportunityUpdateInput = z.strictObject({
  funder: Name.optional(),
  title: Name.optional(),
  amount: Money.nullable().optional(),
  currency: Currency.nullable().optional(),
  deadline: CalendarDate.nullable().optional(),
  notes: Notes.nullable().optional(),
  stage: PipelineStage.optional(),
  /** On award: link an existing grant of the organization… */
  grantId: z.uuid().optional(),
  /** …or create one from the opportunity for this period (amount and currency must be known). */
  grantPeriod: z
    .strictObject({ startsOn: CalendarDate, endsOn: CalendarDate })
    .refine((period) => period.endsOn >= period.startsOn, { path: ['endsOn'], message: 'before the start' })
    .optional(),
});
export type OpportunityUpdateInput = z.infer<typeof OpportunityUpdateInput>;

export const OpportunityView = z.strictObject({
  id: z.uuid(),
  funder: z.string(),
  title: z.string(),
  amount: z.number().nullable(),
  currency: z.string().nullable(),
  deadline: z.string().nullable(),
  stage: PipelineStage,
  grantId: z.uuid().nullable(),
  notes: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type OpportunityView = z.infer<typeof OpportunityView>;

export const OpportunityList = z.strictObject({
  opportunities: z.array(OpportunityView),
  byStage: z.strictObject({
    opportunity: z.number().int(),
    proposal: z.number().int(),
    awarded: z.number().int(),
    declined: z.number().int(),
  }),
});
export type OpportunityList = z.infer<typeof OpportunityList>;

// ── Membership fees

/** A year (`2026`) or a month (`2026-03`). */
export const FeePeriod = z.string().regex(/^(19|20)\d{2}(-(0[1-9]|1[0-2]))?$/);

const exemptionRule = (fee: { status?: string; exemptionReason?: string | null }) =>
  fee.status !== 'exempt' || (fee.exemptionReason !== undefined && fee.exemptionReason !== null);

export const FeeCreateInput = z
  .strictObject({
    id: Uuid.optional(),
    /** A member's display code ("K7M-4QX"); optional — a fee can be recorded without naming anyone. */
    memberCode: z.string().trim().min(1).max(20).nullable().optional(),
    period: FeePeriod,
    amount: Money,
    currency: Currency,
    status: FeeStatus,
    exemptionReason: ExemptionReason.nullable().optional(),
  })
  .refine(exemptionRule, { path: ['exemptionReason'], message: 'required for an exemption' });
export type FeeCreateInput = z.infer<typeof FeeCreateInput>;

export const FeeUpdateInput = z.strictObject({
  status: FeeStatus.optional(),
  exemptionReason: ExemptionReason.nullable().optional(),
  amount: Money.optional(),
  currency: Currency.optional(),
  period: FeePeriod.optional(),
});
export type FeeUpdateInput = z.infer<typeof FeeUpdateInput>;

export const FeeView = z.strictObject({
  id: z.uuid(),
  memberId: z.uuid().nullable(),
  memberCode: z.string().nullable(),
  period: z.string(),
  amount: z.number(),
  currency: z.string(),
  status: FeeStatus,
  exemptionReason: ExemptionReason.nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type FeeView = z.infer<typeof FeeView>;

export const FeeSummaryView = z.strictObject({
  total: z.number().int(),
  paid: z.number().int(),
  pending: z.number().int(),
  exempt: z.number().int(),
  exemptByReason: z.strictObject({
    hardship: z.number().int(),
    new_member: z.number().int(),
    other: z.number().int(),
  }),
  paidByCurrency: z.array(z.strictObject({ currency: z.string(), amount: z.number() })),
});

export const FeeListQuery = z.strictObject({ period: FeePeriod.optional() });
export const FeeList = z.strictObject({ fees: z.array(FeeView), summary: FeeSummaryView });
export type FeeList = z.infer<typeof FeeList>;
