import type { z } from 'zod';
import type { Ok } from '../../../domain/common.schemas';
import type { LocalGroupList } from '../../../domain/organizations.schemas';
import type {
  AreaCreateInput,
  AreaList,
  AreaUpdateInput,
  AreaView,
  EstimateCreateInput,
  EstimateList,
  EstimateView,
  SiteCreateInput,
  SiteList,
  SiteMonthList,
  SiteOverlapList,
  SiteReportCreateInput,
  SiteReportView,
  SiteUpdateInput,
  SiteView,
  SiteWorkerView,
} from '../../../domain/sites.schemas';
import type { OrgUserList } from '../../../domain/users.schemas';
import { api, apiGet } from '../../app/api-client';
import { useApiData } from '../../app/use-api-data';

const org = (orgId: string) => `/api/orgs/${orgId}`;

export const useAreas = (orgId: string) => useApiData<AreaList>(`${org(orgId)}/areas`);
export const createArea = (orgId: string, input: AreaCreateInput) =>
  api<AreaView>('POST', `${org(orgId)}/areas`, input);
export const renameArea = (orgId: string, id: string, input: AreaUpdateInput) =>
  api<AreaView>('PATCH', `${org(orgId)}/areas/${id}`, input);
export const deleteArea = (orgId: string, id: string) => api<Ok>('DELETE', `${org(orgId)}/areas/${id}`);

/** The list never carries notes; they are read one site at a time (an audited read). */
export const useSites = (orgId: string, areaId: string) =>
  useApiData<SiteList>(`${org(orgId)}/sites${areaId ? `?areaId=${areaId}` : ''}`);
export const useSiteOverlaps = (orgId: string) => useApiData<SiteOverlapList>(`${org(orgId)}/sites/overlaps`);
export const fetchSite = (orgId: string, id: string) => apiGet<SiteView>(`${org(orgId)}/sites/${id}`);
export const createSite = (orgId: string, input: SiteCreateInput) =>
  api<SiteView>('POST', `${org(orgId)}/sites`, input);
export const updateSite = (orgId: string, id: string, input: SiteUpdateInput) =>
  api<SiteView>('PATCH', `${org(orgId)}/sites/${id}`, input);
export const deleteSite = (orgId: string, id: string) => api<Ok>('DELETE', `${org(orgId)}/sites/${id}`);
export const replaceSiteWorkers = (orgId: string, id: string, userIds: string[]) =>
  api<{ workers: SiteWorkerView[] }>('PUT', `${org(orgId)}/sites/${id}/workers`, { userIds });

export const useEstimates = (orgId: string, siteId: string) =>
  useApiData<EstimateList>(`${org(orgId)}/sites/${siteId}/estimates`);
export const createEstimate = (orgId: string, siteId: string, input: EstimateCreateInput) =>
  api<EstimateView>('POST', `${org(orgId)}/sites/${siteId}/estimates`, input);

export const useSiteMonth = (orgId: string, month: string) =>
  useApiData<SiteMonthList>(`${org(orgId)}/site-reports?month=${month}`);
export const reportNothing = (orgId: string, input: SiteReportCreateInput) =>
  api<SiteReportView>('POST', `${org(orgId)}/site-reports`, input);

/** Choices for a site's form and its workers (the staff list only for roles that may manage sites). */
export const useLocalGroupChoices = (orgId: string) =>
  useApiData<z.infer<typeof LocalGroupList>>(`${org(orgId)}/local-groups`);
export const useStaffChoices = (orgId: string, enabled: boolean) =>
  useApiData<z.infer<typeof OrgUserList>>(enabled ? `${org(orgId)}/users` : null);
