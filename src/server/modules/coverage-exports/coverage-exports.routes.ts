import { OrgParams } from '../../../domain/common.schemas';
import {
  CoverageExportSettingsInput,
  CoverageExportSettingsView,
  DashboardExportParams,
  DashboardExportQuery,
  IndicatorExportParams,
  IndicatorExportQuery,
} from '../../../domain/coverage-exports.schemas';
import { FileDownloadResponse } from '../../platform/http/file-response';
import { defineRoute } from '../../platform/http/route-spec';
import * as settings from './coverage-export-settings.service';
import * as service from './coverage-exports.service';

const tags = ['coverage-exports'];

export const coverageExportRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/orgs/:orgId/coverage/export/:format',
    summary: 'The coverage dashboard (period, package, drill-down) as CSV, XLSX or PDF: figures only',
    tags,
    access: { kind: 'org', resource: 'coverage_export', action: 'export' },
    params: DashboardExportParams,
    query: DashboardExportQuery,
    response: FileDownloadResponse,
    handler: (ctx) =>
      service.exportDashboard(ctx, ctx.params.format, ctx.query, ctx.query.lang ?? ctx.locale),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/orgs/:orgId/coverage/indicators/:format',
    summary: 'KP-1c, KP-3c, GAM coverage and KP_PREV as CSV, XLSX, DHIS2 dataValueSets JSON or ADX XML',
    tags,
    access: { kind: 'org', resource: 'coverage_export', action: 'export' },
    params: IndicatorExportParams,
    query: IndicatorExportQuery,
    response: FileDownloadResponse,
    handler: (ctx) =>
      service.exportIndicators(ctx, ctx.params.format, ctx.query, ctx.query.lang ?? ctx.locale),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/orgs/:orgId/coverage/export-settings',
    summary: 'Wording of the standard indicators and the DHIS2 mapping (defaults until changed)',
    tags,
    access: { kind: 'org', resource: 'coverage_export_settings', action: 'read' },
    params: OrgParams,
    response: CoverageExportSettingsView,
    handler: (ctx) => settings.readExportSettings(ctx),
  }),
  defineRoute({
    method: 'PUT',
    url: '/api/orgs/:orgId/coverage/export-settings',
    summary: 'Replace the indicator wording and the DHIS2 data-element / org-unit mapping',
    tags,
    access: { kind: 'org', resource: 'coverage_export_settings', action: 'configure' },
    params: OrgParams,
    body: CoverageExportSettingsInput,
    response: CoverageExportSettingsView,
    handler: (ctx) => settings.replaceExportSettings(ctx, ctx.body),
  }),
];
