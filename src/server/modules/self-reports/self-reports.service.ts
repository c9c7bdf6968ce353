import { newId } from '../../../domain/ids';
import { SELF_REPORT_LIMITS } from '../../../domain/self-reports';
import type {
  SelfReportDetail,
  SelfReportStatus,
  SelfReportSummary,
  StaffReplyInput,
} from '../../../domain/self-reports.schemas';
import { AppError } from '../../platform/errors';
import { orgContext, type OrgServiceContext, type ServiceContext } from '../../platform/http/route-spec';
import { openMessage, openReportText, sealMessage } from './self-report-crypto';
import { presentDetail, presentMessage, presentSummary } from './self-reports.presenter';
import * as repo from './self-reports.repo';

export async function listSelfReports(
  ctx: ServiceContext,
  status: SelfReportStatus | undefined,
): Promise<SelfReportSummary[]> {
  const c = orgContext(ctx);
  const rows = await repo.listReports(c.db, c.org.orgId, status);
  return rows.map((row) => presentSummary(row, row));
}

async function detailOf(c: OrgServiceContext, row: repo.SelfReportRow): Promise<SelfReportDetail> {
  const text = await openReportText(c.deps.keyring, row);
  const messages = await repo.listMessages(c.db, c.org.orgId, row.id);
  const views = await Promise.all(
    messages.map(async (message) => presentMessage(message, await openMessage(c.deps.keyring, message))),
  );
  return presentDetail(row, text, views);
}

async function requireReport(c: OrgServiceContext, id: string, lock = false): Promise<repo.SelfReportRow> {
  const row = lock
    ? await repo.lockReport(c.db, c.org.orgId, id)
    : await repo.findReport(c.db, c.org.orgId, id);
  if (!row) throw new AppError('not_found');
  return row;
}

/**
 * The report with its text and conversation, audited as a sensitive read (listed in "who viewed").
 * Every route that answers the detail — read, reply, close — goes through here.
 */
async function readDetail(
  c: OrgServiceContext,
  row: repo.SelfReportRow,
  via: 'read' | 'reply' | 'close',
): Promise<SelfReportDetail> {
  const detail = await detailOf(c, row);
  await c.audit({
    action: 'self_report.read',
    resourceType: 'hr_self_report',
    resourceId: row.id,
    sensitiveRead: true,
    ...(via === 'read' ? {} : { details: { via } }),
  });
  return detail;
}

/** The report with its text and conversation: a sensitive read, listed in "who viewed". */
export async function getSelfReport(ctx: ServiceContext, id: string): Promise<SelfReportDetail> {
  const c = orgContext(ctx);
  return readDetail(c, await requireReport(c, id), 'read');
}

/** A staff answer; the reporter reads it with her claim code. The first answer puts it in review. */
export async function replyToSelfReport(
  ctx: ServiceContext,
  id: string,
  input: StaffReplyInput,
): Promise<SelfReportDetail> {
  const c = orgContext(ctx);
  const report = await requireReport(c, id, true);
  if (report.status === 'closed')
    throw new AppError('conflict', { field: 'body', messageKey: 'selfReport.errors.closed' });
  if ((await repo.countMessages(c.db, c.org.orgId, id)) >= SELF_REPORT_LIMITS.messagesMax)
    throw new AppError('conflict', { field: 'body', messageKey: 'selfReport.errors.tooManyMessages' });
  const messageId = input.id ?? newId(c.now.getTime());
  const inserted = await repo.insertMessage(c.db, {
    orgId: c.org.orgId,
    id: messageId,
    reportId: id,
    sender: 'staff',
    staffUserId: c.actor.userId,
    bodyEnc: await sealMessage(c.deps.keyring, { orgId: c.org.orgId, id: messageId }, input.body),
    createdAt: c.now,
  });
  if (inserted) {
    const status = report.status === 'new' ? 'in_review' : report.status;
    await repo.updateReport(c.db, c.org.orgId, id, { status, updatedAt: c.now });
    await ctx.audit({
      action: 'self_report.replied',
      resourceType: 'hr_self_report',
      resourceId: id,
      details: { messageId },
    });
  }
  return readDetail(c, await requireReport(c, id), 'reply');
}

/** Closes a report that needs nothing more (a converted one lives on as its case). */
export async function closeSelfReport(ctx: ServiceContext, id: string): Promise<SelfReportDetail> {
  const c = orgContext(ctx);
  const report = await requireReport(c, id, true);
  if (report.status === 'converted')
    throw new AppError('conflict', { field: 'status', messageKey: 'selfReport.errors.converted' });
  if (report.status !== 'closed') {
    await repo.updateReport(c.db, c.org.orgId, id, { status: 'closed', updatedAt: c.now });
    await ctx.audit({ action: 'self_report.closed', resourceType: 'hr_self_report', resourceId: id });
  }
  const closed =
    report.status === 'closed' ? report : { ...report, status: 'closed' as const, updatedAt: c.now };
  return readDetail(c, closed, 'close');
}
