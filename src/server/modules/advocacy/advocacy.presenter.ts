import {
  isCommitmentDue,
  tallyCommitments,
  type CommitmentView,
  type EngagementSummary,
  type EngagementView,
} from '../../../domain/advocacy.schemas';
import type { CommitmentRow, EngagementRow } from './advocacy.repo';

export function presentCommitment(row: CommitmentRow, today: string): CommitmentView {
  return {
    id: row.id,
    engagementId: row.engagementId,
    description: row.description,
    followUpOn: row.followUpOn,
    status: row.status,
    due: isCommitmentDue(row.status, row.followUpOn, today),
  };
}

export function presentEngagementSummary(
  row: EngagementRow,
  commitments: readonly CommitmentRow[],
): EngagementSummary {
  return {
    id: row.id,
    authorityType: row.authorityType,
    officeTitle: row.officeTitle,
    countryCode: row.countryCode,
    engagedOn: row.engagedOn,
    outcomeKind: row.outcomeKind,
    commitments: tallyCommitments(commitments.map((c) => c.status)),
  };
}

export function presentEngagement(
  row: EngagementRow,
  parts: Pick<EngagementView, 'barriers' | 'cases'> & {
    commitments: readonly CommitmentRow[];
    today: string;
  },
): EngagementView {
  return {
    id: row.id,
    authorityType: row.authorityType,
    officeTitle: row.officeTitle,
    countryCode: row.countryCode,
    engagedOn: row.engagedOn,
    asks: row.asks,
    outcomeKind: row.outcomeKind,
    outcome: row.outcome,
    commitments: parts.commitments.map((c) => presentCommitment(c, parts.today)),
    barriers: parts.barriers,
    cases: parts.cases,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
