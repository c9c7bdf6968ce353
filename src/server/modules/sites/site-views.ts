import type { SiteView } from '../../../domain/sites.schemas';
import type { OrgServiceContext } from '../../platform/http/route-spec';
import { areaPaths } from '../areas/areas.presenter';
import * as areasRepo from '../areas/areas.repo';
import { currentEstimates } from './site-estimates.repo';
import { listNetworkSites } from './site-overlaps.repo';
import { overlapsFor } from './site-overlaps';
import { presentSite, type SiteExtras } from './sites.presenter';
import { listWorkers, type SiteRow } from './sites.repo';

export interface AreaInfo {
  path: string[];
  countryCode: string;
}

/** Path and country of every live area of the organization. */
export async function loadAreaInfo(c: OrgServiceContext): Promise<Map<string, AreaInfo>> {
  const rows = await areasRepo.listAreas(c.db, c.org.orgId);
  const paths = areaPaths(rows);
  return new Map(
    rows.map((row) => [row.id, { path: paths.get(row.id) ?? [row.name], countryCode: row.countryCode }]),
  );
}

export const areaOf = (areas: Map<string, AreaInfo>, row: SiteRow): AreaInfo =>
  areas.get(row.areaId) ?? { path: [], countryCode: '' };

/** Catchment overlaps of each given site with the other organizations of the caller's network. */
export async function loadOverlaps(
  c: OrgServiceContext,
  rows: readonly SiteRow[],
  areas: Map<string, AreaInfo>,
) {
  const countryCodes = [...new Set(rows.map((row) => areaOf(areas, row).countryCode).filter(Boolean))];
  const others = await listNetworkSites(c.db, {
    networkId: c.org.networkId,
    excludeOrgId: c.org.orgId,
    countryCodes,
  });
  return new Map(
    rows.map((row) => {
      const area = areaOf(areas, row);
      const site = {
        countryCode: area.countryCode,
        areaPath: area.path,
        typology: row.typology,
        name: row.name,
      };
      return [row.id, overlapsFor(site, others)] as const;
    }),
  );
}

/** Views of several sites with their area, workers and current estimate (no notes). */
export async function presentSites(
  c: OrgServiceContext,
  rows: readonly SiteRow[],
  extra: (row: SiteRow) => Partial<SiteExtras> = () => ({}),
): Promise<SiteView[]> {
  const ids = rows.map((row) => row.id);
  // One after another: a write's queries share one transaction client.
  const areas = await loadAreaInfo(c);
  const workers = await listWorkers(c.db, c.org.orgId, ids);
  const estimates = await currentEstimates(c.db, c.org.orgId, ids);
  return rows.map((row) =>
    presentSite(row, c.org.role, {
      area: areaOf(areas, row),
      workers: workers.filter((worker) => worker.siteId === row.id),
      currentEstimate: estimates.get(row.id) ?? null,
      ...extra(row),
    }),
  );
}
