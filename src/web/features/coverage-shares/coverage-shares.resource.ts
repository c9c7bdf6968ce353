import type {
  CoverageShareInput,
  CoverageShareList,
  CoverageSharePreview,
  CoverageShareView,
  RegionalCoverage,
  RegionalShareView,
} from '../../../domain/coverage-shares.schemas';
import { api } from '../../app/api-client';
import { useApiData } from '../../app/use-api-data';

const org = (orgId: string) => `/api/orgs/${orgId}`;

export const useCoverageShares = (orgId: string) =>
  useApiData<CoverageShareList>(`${org(orgId)}/coverage-shares`);
export const useCoverageSharePreview = (orgId: string, start: string, end: string) =>
  useApiData<CoverageSharePreview>(
    start && end ? `${org(orgId)}/coverage-shares/preview?periodStart=${start}&periodEnd=${end}` : null,
  );
export const approveCoverageShare = (orgId: string, input: CoverageShareInput) =>
  api<CoverageShareView>('POST', `${org(orgId)}/coverage-shares`, input);
export const withdrawCoverageShare = (orgId: string, id: string) =>
  api<CoverageShareView>('POST', `${org(orgId)}/coverage-shares/${id}/withdraw`, {});

/** The regional view (for the regional dashboard): countries, de-duplicated people, organizations. */
export const useRegionalCoverage = (orgId: string) =>
  useApiData<RegionalCoverage>(`${org(orgId)}/network/coverage`);
/** Drill-down to the month and site rows of one organization's share. */
export const useRegionalShare = (orgId: string, shareId: string | null) =>
  useApiData<RegionalShareView>(shareId ? `${org(orgId)}/network/coverage/${shareId}` : null);
