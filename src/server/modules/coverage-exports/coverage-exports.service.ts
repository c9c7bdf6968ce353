import type { CoverageQuery, CoverageRow } from '../../../domain/coverage.schemas';
import type { DashboardExportQuery, IndicatorExportQuery } from '../../../domain/coverage-exports.schemas';
import { indicatorValuesOf } from '../../../domain/coverage-exports/indicator-values';
import { reportingPeriodOf } from '../../../domain/coverage-exports/indicators';
import type { Locale } from '../../../domain/locales';
import { translate } from '../../../i18n/translate';
import type { DbOrTx } from '../../platform/db/client';
import { AppError } from '../../platform/errors';
import type { FileDownload } from '../../platform/http/file-response';
import { orgContext, type ServiceContext } from '../../platform/http/route-spec';
import { computeCoverage } from '../coverage/coverage.service';
import { dashboardCsv, dashboardPdf, dashboardXlsx } from './coverage-dashboard.export';
import type { DashboardFigures } from './coverage-dashboard.tables';
import { loadExportSettings } from './coverage-export-settings.service';
import {
  indicatorAdx,
  indicatorCsv,
  indicatorDhis2,
  indicatorXlsx,
  type IndicatorFileInput,
} from './indicator-files.export';

type Scope = Pick<DashboardExportQuery, 'from' | 'to' | 'packageId' | 'localGroupId' | 'siteId'>;

/**
 * The figures of the dashboard's drill-down: the organization shows its local groups, a local group
 * its sites, a site itself. The unit's own row (a local group's) needs a second, narrowed report.
 */
export async function loadDashboardFigures(
  db: DbOrTx,
  orgId: string,
  scope: Scope,
  opts: { locale: Locale; now: Date },
): Promise<DashboardFigures> {
  const { locale, now } = opts;
  const base: Omit<CoverageQuery, 'level'> = {
    from: scope.from,
    to: scope.to,
    ...(scope.packageId ? { packageId: scope.packageId } : {}),
  };
  if (scope.siteId) {
    const report = await computeCoverage(db, orgId, { ...base, level: 'site', siteId: scope.siteId }, now);
    return figures(report, report.rows[0], locale);
  }
  if (scope.localGroupId) {
    const narrowed = { ...base, localGroupId: scope.localGroupId };
    const report = await computeCoverage(db, orgId, { ...narrowed, level: 'site' }, now);
    const group = await computeCoverage(db, orgId, { ...narrowed, level: 'local_group' }, now);
    return figures(report, group.rows[0], locale);
  }
  const report = await computeCoverage(db, orgId, { ...base, level: 'local_group' }, now);
  return { report, scope: report.total, scopeName: translate(locale, 'coverageReports.levels.organization') };
}

function figures(
  report: DashboardFigures['report'],
  row: CoverageRow | undefined,
  locale: Locale,
): DashboardFigures {
  if (!row)
    return {
      report,
      scope: report.total,
      scopeName: translate(locale, 'coverageReports.levels.organization'),
    };
  return {
    report,
    scope: row,
    scopeName: row.unit.name ?? translate(locale, `coverageReports.noUnit.${row.unit.level}`),
  };
}

/** The dashboard as CSV, XLSX (one sheet per table) or PDF; audited (format, period, drill-down ids). */
export async function exportDashboard(
  ctx: ServiceContext,
  format: 'csv' | 'xlsx' | 'pdf',
  query: DashboardExportQuery,
  locale: Locale,
): Promise<FileDownload> {
  const c = orgContext(ctx);
  const f = await loadDashboardFigures(c.db, c.org.orgId, query, { locale, now: c.now });
  const file =
    format === 'csv'
      ? dashboardCsv(f, locale, c.now)
      : format === 'xlsx'
        ? await dashboardXlsx(f, locale, c.now)
        : await dashboardPdf(f, { orgName: c.org.orgName, locale, now: c.now });
  await c.audit({
    action: 'coverage.exported',
    resourceType: 'coverage',
    resourceId: query.siteId ?? query.localGroupId ?? null,
    details: {
      format,
      from: query.from,
      to: query.to,
      packageId: f.report.package.id,
      packageVersion: f.report.package.version,
      localGroupId: query.localGroupId ?? null,
      siteId: query.siteId ?? null,
    },
  });
  return file;
}

/**
 * Standard indicators (KP-1c, KP-3c, GAM coverage, KP_PREV) of the organization and each site, as
 * CSV, XLSX, DHIS2 dataValueSets JSON or ADX XML. DHIS2 and ADX need a month, quarter or year.
 */
export async function exportIndicators(
  ctx: ServiceContext,
  format: 'csv' | 'xlsx' | 'dhis2' | 'adx',
  query: IndicatorExportQuery,
  locale: Locale,
): Promise<FileDownload> {
  const c = orgContext(ctx);
  const period = reportingPeriodOf(query.from, query.to);
  if ((format === 'dhis2' || format === 'adx') && !period)
    throw new AppError('validation', { field: 'to', messageKey: 'errors.dhis2_period' });
  const report = await computeCoverage(
    c.db,
    c.org.orgId,
    {
      from: query.from,
      to: query.to,
      level: 'site',
      ...(query.packageId ? { packageId: query.packageId } : {}),
    },
    c.now,
  );
  const input: IndicatorFileInput = {
    values: indicatorValuesOf(report),
    settings: await loadExportSettings(c.db, c.org.orgId),
    siteNames: new Map(
      report.rows.flatMap((r) => (r.unit.id && r.unit.name ? [[r.unit.id, r.unit.name]] : [])),
    ),
    from: query.from,
    to: query.to,
    locale,
    now: c.now,
  };
  const file =
    format === 'csv'
      ? indicatorCsv(input)
      : format === 'xlsx'
        ? await indicatorXlsx(input)
        : format === 'dhis2'
          ? indicatorDhis2(input, period!)
          : indicatorAdx(input, period!);
  await c.audit({
    action: 'coverage_indicators.exported',
    resourceType: 'coverage',
    resourceId: null,
    details: {
      format,
      from: query.from,
      to: query.to,
      packageId: report.package.id,
      packageVersion: report.package.version,
      values: input.values.length,
    },
  });
  return file;
}
