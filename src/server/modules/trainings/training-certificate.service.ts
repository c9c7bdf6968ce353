import type { Locale } from '../../../domain/locales';
import { formatDisplayCode } from '../../../domain/members';
import type { CertificateQuery } from '../../../domain/trainings.schemas';
import { translate } from '../../../i18n/translate';
import { AppError } from '../../platform/errors';
import { renderPdf, pdfParagraph } from '../../platform/exports/pdf-document';
import { FileDownload } from '../../platform/http/file-response';
import { orgContext, type ServiceContext } from '../../platform/http/route-spec';
import { findOrganization } from '../organizations/organizations.repo';
import { findAttendance, findMemberById } from './attendance.repo';
import { findSession } from './trainings.repo';

/**
 * A certificate of participation for a member who wants one. It shows her display code unless she
 * asks for the name she chose, which is printed and never stored (the audit row only says whether a
 * chosen name was used). Audited as a sensitive read.
 */
export async function certificatePdf(
  ctx: ServiceContext,
  params: { sessionId: string; attendanceId: string },
  query: CertificateQuery,
  requestLocale: Locale,
): Promise<FileDownload> {
  const c = orgContext(ctx);
  const session = await findSession(c.db, c.org.orgId, params.sessionId);
  const attendance = await findAttendance(c.db, c.org.orgId, params.attendanceId);
  if (!session || !attendance || attendance.sessionId !== params.sessionId) throw new AppError('not_found');
  const member = await findMemberById(c.db, c.org.orgId, attendance.memberId);
  const org = await findOrganization(c.db, c.org.orgId);
  if (!member || !org) throw new AppError('not_found');
  const locale = query.lang ?? requestLocale;
  const who = query.chosenName ?? formatDisplayCode(member.displayCode);
  const tr = (key: string, p: Record<string, string> = {}) =>
    translate(locale, `trainings.certificate.${key}`, p);
  const body = await renderPdf({ title: tr('title'), subtitle: org.name }, (doc) => {
    doc.moveDown(2);
    doc.font('Helvetica-Bold').fontSize(20).text(who, { align: 'center' });
    doc.moveDown();
    pdfParagraph(doc, tr('body', { course: session.course.title, date: session.session.heldOn }));
    if (session.session.place) pdfParagraph(doc, tr('place', { place: session.session.place }));
  });
  await c.audit({
    action: 'training_certificate.issued',
    resourceType: 'training_session',
    resourceId: params.sessionId,
    sensitiveRead: true,
    details: { attendanceId: attendance.id, chosenName: query.chosenName !== undefined },
  });
  return new FileDownload(`constancia-${session.session.heldOn}.pdf`, 'application/pdf', body);
}
