import type { SelfReportConversion, SelfReportConvertInput } from '../../../domain/self-reports.schemas';
import { AppError } from '../../platform/errors';
import { orgContext, type ServiceContext } from '../../platform/http/route-spec';
import { findCase, listActTypes } from '../cases/cases.repo';
import { createCase } from '../cases/cases.service';
import { openReportText } from './self-report-crypto';
import * as repo from './self-reports.repo';

/**
 * Turns a report into a case (5A's intake, channel `self_report`): her words become the narrative,
 * her place is appended to it, the ticked act types the case list knows become acts, and she is one
 * anonymous victim who is also the source. Sending the form is her consent to record; wanting an
 * answer is consent to follow up; nothing is assumed for advocacy or network sharing.
 */
export async function convertSelfReport(
  ctx: ServiceContext,
  id: string,
  input: SelfReportConvertInput,
): Promise<SelfReportConversion> {
  const c = orgContext(ctx);
  const report = await repo.lockReport(c.db, c.org.orgId, id);
  if (!report) throw new AppError('not_found');
  if (report.status === 'converted' && report.caseId) {
    // A retried conversion answers with the case it made.
    const existing = await findCase(c.db, c.org.orgId, report.caseId);
    return { caseId: report.caseId, reference: existing?.reference ?? '' };
  }
  if (report.status === 'closed')
    throw new AppError('conflict', { field: 'status', messageKey: 'selfReport.errors.closed' });

  const known = new Set((await listActTypes(c.db, c.org.orgId)).filter((t) => t.active).map((t) => t.key));
  const actTypes = [...new Set(input.actTypes ?? report.actTypes)].filter((key) => known.has(key));
  if (actTypes.length === 0)
    throw new AppError('validation', { field: 'actTypes', messageKey: 'selfReport.errors.noActType' });

  const text = await openReportText(c.deps.keyring, report);
  const narrative = text.areaText ? `${text.whatHappened}\n\n[${text.areaText}]` : text.whatHappened;
  const created = await createCase(
    ctx,
    {
      consents: {
        record: true,
        follow_up: report.wantsContact,
        advocacy_anonymized: false,
        network_share: false,
      },
      occurredOn: report.occurredOn,
      occurredPrecision: report.occurredPrecision,
      acts: actTypes.map((actType) => ({ actType })),
      victims: [{ anonymousCount: 1 }],
      sourceType: 'victim',
      sourceReliability: 'unknown',
      narrative,
    },
    { intakeChannel: 'self_report', selfReportId: report.id },
  );
  await repo.updateReport(c.db, c.org.orgId, id, {
    status: 'converted',
    caseId: created.id,
    updatedAt: c.now,
  });
  await ctx.audit({
    action: 'self_report.converted',
    resourceType: 'hr_self_report',
    resourceId: id,
    details: { caseId: created.id, acts: actTypes.length },
  });
  return { caseId: created.id, reference: created.reference };
}
