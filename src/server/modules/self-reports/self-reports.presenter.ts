import type {
  SelfReportActType,
  SelfReportDetail,
  SelfReportSummary,
  StaffMessageView,
} from '../../../domain/self-reports.schemas';
import type { MessageWithAuthor, SelfReportRow } from './self-reports.repo';

export interface ReportCounts {
  messageCount: number;
  lastSender: 'reporter' | 'staff' | null;
}

const OPEN: readonly SelfReportRow['status'][] = ['new', 'in_review'];

/** List fields only: never the text of the report or of its messages. */
export function presentSummary(row: SelfReportRow, counts: ReportCounts): SelfReportSummary {
  return {
    id: row.id,
    status: row.status,
    occurredOn: row.occurredOn,
    occurredPrecision: row.occurredPrecision,
    actTypes: row.actTypes as SelfReportActType[],
    wantsContact: row.wantsContact,
    caseId: row.caseId,
    messageCount: counts.messageCount,
    awaitingReply: OPEN.includes(row.status) && counts.lastSender !== 'staff',
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function presentMessage(message: MessageWithAuthor, body: string): StaffMessageView {
  return {
    id: message.id,
    sender: message.sender,
    staffName: message.sender === 'staff' ? message.staffName : null,
    body,
    createdAt: message.createdAt.toISOString(),
  };
}

export function presentDetail(
  row: SelfReportRow,
  text: { whatHappened: string; areaText: string | null },
  messages: StaffMessageView[],
): SelfReportDetail {
  return {
    ...presentSummary(row, {
      messageCount: messages.length,
      lastSender: messages.at(-1)?.sender ?? null,
    }),
    areaText: text.areaText,
    whatHappened: text.whatHappened,
    messages,
  };
}
