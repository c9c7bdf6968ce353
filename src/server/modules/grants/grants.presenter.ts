import { isoDay, reportingTimeliness, reportState } from '../../../domain/grants';
import type { FeeView, GrantReportView, GrantView, OpportunityView } from '../../../domain/grants.schemas';
import { formatDisplayCode } from '../../../domain/members';
import type { FeeWithCode, GrantReportRow, GrantRow, OpportunityRow } from './grants.repo';

/** Explicit output fields, one by one. */
export function presentReport(row: GrantReportRow, today: string): GrantReportView {
  return {
    id: row.id,
    grantId: row.grantId,
    dueOn: row.dueOn,
    kind: row.kind,
    submittedOn: row.submittedOn,
    state: reportState(row, today),
  };
}

export function presentGrant(row: GrantRow, reports: GrantReportRow[], now: Date): GrantView {
  const today = isoDay(now);
  return {
    id: row.id,
    funder: row.funder,
    title: row.title,
    amount: row.amount,
    currency: row.currency,
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    status: row.status,
    reports: reports.map((report) => presentReport(report, today)),
    timeliness: reportingTimeliness(reports, today),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function presentOpportunity(row: OpportunityRow, notes: string | null): OpportunityView {
  return {
    id: row.id,
    funder: row.funder,
    title: row.title,
    amount: row.amount,
    currency: row.currency,
    deadline: row.deadline,
    stage: row.stage,
    grantId: row.grantId,
    notes,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function presentFee({ fee, memberCode }: FeeWithCode): FeeView {
  return {
    id: fee.id,
    memberId: fee.memberId,
    memberCode: memberCode ? formatDisplayCode(memberCode) : null,
    period: fee.period,
    amount: fee.amount,
    currency: fee.currency,
    status: fee.status,
    exemptionReason: fee.exemptionReason,
    createdAt: fee.createdAt.toISOString(),
    updatedAt: fee.updatedAt.toISOString(),
  };
}
