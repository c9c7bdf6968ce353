import { newId } from '../../../domain/ids';
import {
  monthOf,
  type MonthStatus,
  type SiteMonthView,
  type SiteReportCreateInput,
  type SiteReportView,
} from '../../../domain/sites.schemas';
import { AppError } from '../../platform/errors';
import { orgContext, type ServiceContext } from '../../platform/http/route-spec';
import { countContactsBySite } from './site-contacts';
import * as repo from './site-reports.repo';
import { areaOf, loadAreaInfo } from './site-views';
import { presentReport } from './sites.presenter';
import { findSite, listSites } from './sites.repo';
import { siteWorkerScope } from './sites.scope';

const firstDay = (month: string) => `${month}-01`;

function statusOf(contacts: number | null, reported: boolean): MonthStatus {
  if (contacts) return 'has_contacts';
  return reported ? 'nothing_to_report' : 'silent';
}

/**
 * Zero returns for a month: for each site in the caller's scope, whether it has contacts, filed
 * "nothing to report", or stayed silent — so that zero means zero and missing shows as missing.
 */
export async function listSiteMonth(
  ctx: ServiceContext,
  query: { month?: string | undefined },
): Promise<{ month: string; sites: SiteMonthView[] }> {
  const c = orgContext(ctx);
  const month = query.month ?? monthOf(c.now);
  const rows = await listSites(c.db, c.org.orgId, { workerUserId: siteWorkerScope(c, 'site_report') });
  const ids = rows.map((row) => row.id);
  const areas = await loadAreaInfo(c);
  const reports = new Map(
    (await repo.listReportsForMonth(c.db, c.org.orgId, firstDay(month), ids)).map((r) => [r.siteId, r]),
  );
  const contacts = await countContactsBySite(c.db, c.org.orgId, month, ids);
  // A site created after the month was not silent in it: it did not exist yet (unless it reported).
  const nextMonth = new Date(`${firstDay(month)}T00:00:00Z`);
  nextMonth.setUTCMonth(nextMonth.getUTCMonth() + 1);
  const existed = (row: (typeof rows)[number]) =>
    row.createdAt < nextMonth || reports.has(row.id) || Boolean(contacts?.get(row.id));
  const sites = rows.filter(existed).map((row) => {
    const report = reports.get(row.id);
    const contactCount = contacts ? (contacts.get(row.id) ?? 0) : null;
    return {
      siteId: row.id,
      siteName: row.name,
      areaPath: areaOf(areas, row).path,
      typology: row.typology,
      status: statusOf(contactCount, Boolean(report)),
      contactCount,
      report: report ? presentReport(report) : null,
    };
  });
  return { month, sites };
}

/**
 * Files "nothing to report" for a site and month. Idempotent: the same site and month answer the
 * report already on file. A month that has not started yet cannot be reported.
 */
export async function createSiteReport(
  ctx: ServiceContext,
  input: SiteReportCreateInput,
): Promise<SiteReportView> {
  const c = orgContext(ctx);
  if (input.month > monthOf(c.now))
    throw new AppError('validation', { field: 'month', params: { reason: 'not_in_future' } });
  if (!(await findSite(c.db, c.org.orgId, input.siteId, siteWorkerScope(c, 'site_report'))))
    throw new AppError('not_found');
  const id = input.id ?? newId(c.now.getTime());
  const inserted = await repo.insertReport(c.db, {
    orgId: c.org.orgId,
    id,
    siteId: input.siteId,
    month: firstDay(input.month),
    status: 'nothing_to_report',
    reportedBy: c.actor.userId,
    createdAt: c.now,
  });
  const onFile = await repo.findReport(c.db, c.org.orgId, {
    siteId: input.siteId,
    month: firstDay(input.month),
  });
  // Not on file although nothing was inserted: the client's id belongs to another site or month.
  if (!onFile) throw new AppError('conflict', { field: 'id' });
  if (inserted)
    await ctx.audit({
      action: 'site_report.created',
      resourceType: 'site',
      resourceId: input.siteId,
      details: { month: input.month },
    });
  return presentReport(onFile);
}
