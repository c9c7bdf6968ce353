import type { CoverageLevel, CoverageReport, PackageList } from '../../../domain/coverage.schemas';
import type {
  CoverageExportSettingsInput,
  CoverageExportSettingsView,
} from '../../../domain/coverage-exports.schemas';
import type { RegionalCoverage, RegionalShareView } from '../../../domain/coverage-shares.schemas';
import type { LocalGroupView } from '../../../domain/organizations.schemas';
import { api } from '../../app/api-client';
import { useApiData } from '../../app/use-api-data';
import type { Period } from './coverage-period';

const org = (orgId: string) => `/api/orgs/${orgId}`;

/** What the dashboard is drilled down to (the address says it). */
export interface DrillDown {
  localGroupId?: string | undefined;
  siteId?: string | undefined;
}

function query(period: Period, packageId: string, extra: Record<string, string | undefined>) {
  const q = new URLSearchParams({ from: period.from, to: period.to });
  if (packageId) q.set('packageId', packageId);
  for (const [key, value] of Object.entries(extra)) if (value) q.set(key, value);
  return q.toString();
}

export const useCoverage = (
  orgId: string,
  period: Period,
  packageId: string,
  level: CoverageLevel,
  drill: DrillDown,
  enabled = true,
) =>
  useApiData<CoverageReport>(
    enabled
      ? `${org(orgId)}/coverage?${query(period, packageId, { level, localGroupId: drill.localGroupId, siteId: drill.siteId })}`
      : null,
  );

export const usePackages = (orgId: string) => useApiData<PackageList>(`${org(orgId)}/coverage/packages`);
export const useLocalGroups = (orgId: string) =>
  useApiData<{ localGroups: LocalGroupView[] }>(`${org(orgId)}/local-groups`);

export const dashboardExportUrl = (
  orgId: string,
  format: 'csv' | 'xlsx' | 'pdf',
  opts: { period: Period; packageId: string; drill: DrillDown; lang: string },
) =>
  `${org(orgId)}/coverage/export/${format}?${query(opts.period, opts.packageId, {
    localGroupId: opts.drill.localGroupId,
    siteId: opts.drill.siteId,
    lang: opts.lang,
  })}`;

export const indicatorExportUrl = (
  orgId: string,
  format: 'csv' | 'xlsx' | 'dhis2' | 'adx',
  opts: { period: Period; packageId: string; lang: string },
) => `${org(orgId)}/coverage/indicators/${format}?${query(opts.period, opts.packageId, { lang: opts.lang })}`;

export const useExportSettings = (orgId: string) =>
  useApiData<CoverageExportSettingsView>(`${org(orgId)}/coverage/export-settings`);
export const saveExportSettings = (orgId: string, input: CoverageExportSettingsInput) =>
  api<CoverageExportSettingsView>('PUT', `${org(orgId)}/coverage/export-settings`, input);

export const useRegionalCoverage = (orgId: string) =>
  useApiData<RegionalCoverage>(`${org(orgId)}/network/coverage`);
export const useRegionalShare = (orgId: string, shareId: string | null) =>
  useApiData<RegionalShareView>(shareId ? `${org(orgId)}/network/coverage/${shareId}` : null);
