import type { SiteOverlapView } from '../../../domain/sites.schemas';
import { orgContext, type ServiceContext } from '../../platform/http/route-spec';
import { listSites } from './sites.repo';
import { siteWorkerScope } from './sites.scope';
import { loadAreaInfo, loadOverlaps } from './site-views';

/** The caller's sites (in her scope) whose catchment overlaps another organization's of the network. */
export async function listSiteOverlaps(ctx: ServiceContext): Promise<SiteOverlapView[]> {
  const c = orgContext(ctx);
  const rows = await listSites(c.db, c.org.orgId, { workerUserId: siteWorkerScope(c, 'site') });
  const overlaps = await loadOverlaps(c, rows, await loadAreaInfo(c));
  return rows
    .map((row) => ({ siteId: row.id, siteName: row.name, overlaps: overlaps.get(row.id) ?? [] }))
    .filter((site) => site.overlaps.length > 0);
}
