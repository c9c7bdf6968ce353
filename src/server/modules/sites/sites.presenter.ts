import { hiddenFieldsFor } from '../../../domain/policy';
import type { Role } from '../../../domain/roles';
import type {
  EstimateView,
  OverlapWarning,
  SiteReportView,
  SiteView,
  SiteWorkerView,
} from '../../../domain/sites.schemas';
import type { EstimateRow } from './site-estimates.repo';
import type { SiteReportWithName } from './site-reports.repo';
import type { SiteRow } from './sites.repo';

export function canSeeSiteNotes(role: Role): boolean {
  return !hiddenFieldsFor('site', role).includes('notes');
}

export function presentEstimate(row: EstimateRow): EstimateView {
  return {
    id: row.id,
    siteId: row.siteId,
    low: row.low,
    point: row.point,
    high: row.high,
    method: row.method,
    estimatedOn: row.estimatedOn,
    source: row.source,
    createdBy: row.createdBy,
    createdAt: row.createdAt.toISOString(),
  };
}

export function presentReport(row: SiteReportWithName): SiteReportView {
  return {
    id: row.id,
    siteId: row.siteId,
    month: row.month.slice(0, 7),
    status: row.status,
    reportedBy: row.reportedBy,
    reportedByName: row.reportedByName,
    createdAt: row.createdAt.toISOString(),
  };
}

export interface SiteExtras {
  area: { path: readonly string[]; countryCode: string };
  workers: readonly SiteWorkerView[];
  currentEstimate: EstimateRow | null;
  /** Decrypted notes, only for a detail read. */
  notes?: string | null;
  overlaps?: readonly OverlapWarning[];
}

/** Explicit output fields; `notes` only when given and not hidden from the role. */
export function presentSite(row: SiteRow, role: Role, extras: SiteExtras): SiteView {
  const view: SiteView = {
    id: row.id,
    orgId: row.orgId,
    areaId: row.areaId,
    areaPath: [...extras.area.path],
    countryCode: extras.area.countryCode,
    name: row.name,
    typology: row.typology,
    activityDays: [...row.activityDays] as SiteView['activityDays'],
    opensAt: row.opensAt,
    closesAt: row.closesAt,
    localGroupId: row.localGroupId,
    workers: extras.workers.map((worker) => ({ userId: worker.userId, displayName: worker.displayName })),
    currentEstimate: extras.currentEstimate ? presentEstimate(extras.currentEstimate) : null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
  if (extras.notes !== undefined && canSeeSiteNotes(role)) view.notes = extras.notes;
  if (extras.overlaps) view.overlaps = extras.overlaps.map((o) => ({ ...o, areaPath: [...o.areaPath] }));
  return view;
}
