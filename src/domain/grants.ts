/**
 * Pure rules of projects and grants, the resource-mobilization pipeline and membership fees
 * (issue 6). Dates are calendar days `YYYY-MM-DD` in UTC, like every date of the registry.
 */

/** A report due within this many days shows on the home page (and anything overdue). */
export const REPORT_DUE_SOON_DAYS = 30;

export const GRANT_STATUSES = ['active', 'closed'] as const;
export type GrantStatus = (typeof GRANT_STATUSES)[number];

export const REPORT_KINDS = ['narrative', 'financial', 'both'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

export const REPORT_STATES = [
  'submitted_on_time',
  'submitted_late',
  'overdue',
  'due_soon',
  'upcoming',
] as const;
export type ReportState = (typeof REPORT_STATES)[number];

export const PIPELINE_STAGES = ['opportunity', 'proposal', 'awarded', 'declined'] as const;
export type PipelineStage = (typeof PIPELINE_STAGES)[number];

export const FEE_STATUSES = ['paid', 'pending', 'exempt'] as const;
export type FeeStatus = (typeof FEE_STATUSES)[number];

export const EXEMPTION_REASONS = ['hardship', 'new_member', 'other'] as const;
export type ExemptionReason = (typeof EXEMPTION_REASONS)[number];

const DAY_MS = 86_400_000;

/** The UTC calendar day of an instant. */
export function isoDay(at: Date): string {
  return at.toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** The day `days` after `day`. */
export function addDays(day: string, days: number): string {
  return isoDay(new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS));
}

/** Where a report stands today: submitted (on time or late), overdue, due soon or later. */
export function reportState(
  report: { dueOn: string; submittedOn: string | null },
  today: string,
): ReportState {
  if (report.submittedOn !== null)
    return report.submittedOn <= report.dueOn ? 'submitted_on_time' : 'submitted_late';
  if (report.dueOn < today) return 'overdue';
  if (daysBetween(today, report.dueOn) <= REPORT_DUE_SOON_DAYS) return 'due_soon';
  return 'upcoming';
}

/** A report that needs attention: overdue, or due within {@link REPORT_DUE_SOON_DAYS} days. */
export function needsAttention(state: ReportState): boolean {
  return state === 'overdue' || state === 'due_soon';
}

export interface Timeliness {
  /** Reports whose due date has passed or that were submitted. */
  due: number;
  onTime: number;
  late: number;
  overdue: number;
  /** On time ÷ due, 0..1; null when nothing was due yet. */
  rate: number | null;
}

/**
 * Reporting timeliness: a report counts as on time when it was submitted on or before its due date;
 * a report still missing after its due date counts as late (overdue) too.
 */
export function reportingTimeliness(
  reports: readonly { dueOn: string; submittedOn: string | null }[],
  today: string,
): Timeliness {
  let onTime = 0;
  let late = 0;
  let overdue = 0;
  for (const report of reports) {
    const state = reportState(report, today);
    if (state === 'submitted_on_time') onTime++;
    else if (state === 'submitted_late') late++;
    else if (state === 'overdue') overdue++;
  }
  const due = onTime + late + overdue;
  return { due, onTime, late, overdue, rate: due === 0 ? null : onTime / due };
}

const NEXT_STAGES: Record<PipelineStage, readonly PipelineStage[]> = {
  opportunity: ['proposal', 'declined'],
  proposal: ['awarded', 'declined', 'opportunity'],
  awarded: [],
  declined: ['opportunity'],
};

/** Opportunity → proposal → awarded or declined (a declined one may be reopened; awarded is final). */
export function canMoveStage(from: PipelineStage, to: PipelineStage): boolean {
  return from === to || NEXT_STAGES[from].includes(to);
}

export interface FeeSummary {
  total: number;
  paid: number;
  pending: number;
  exempt: number;
  exemptByReason: Record<ExemptionReason, number>;
  /** Amounts paid, one line per currency (never added across currencies). */
  paidByCurrency: { currency: string; amount: number }[];
}

/** Counts that show whether fees exclude anyone: how many were exempted, and why. */
export function feeSummary(
  fees: readonly {
    status: FeeStatus;
    exemptionReason: ExemptionReason | null;
    amount: number;
    currency: string;
  }[],
): FeeSummary {
  const summary: FeeSummary = {
    total: fees.length,
    paid: 0,
    pending: 0,
    exempt: 0,
    exemptByReason: { hardship: 0, new_member: 0, other: 0 },
    paidByCurrency: [],
  };
  const paid = new Map<string, number>();
  for (const fee of fees) {
    summary[fee.status]++;
    if (fee.status === 'exempt') summary.exemptByReason[fee.exemptionReason ?? 'other']++;
    if (fee.status === 'paid') paid.set(fee.currency, roundMoney((paid.get(fee.currency) ?? 0) + fee.amount));
  }
  summary.paidByCurrency = [...paid.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([currency, amount]) => ({ currency, amount }));
  return summary;
}

/** Two decimals, without binary-fraction noise. */
export function roundMoney(value: number): number {
  return Math.round(value * 100) / 100;
}
