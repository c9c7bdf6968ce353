import type { z } from 'zod';
import type { ViewerList } from '../../../domain/audit.schemas';
import type {
  ActInput,
  ActTypeList,
  ActTypesInput,
  CaseConsentInput,
  CaseIntakeInput,
  CaseList,
  CaseStatusInput,
  CaseTimeline,
  CaseUpdateInput,
  CaseView,
  PerpetratorInput,
  VictimInput,
} from '../../../domain/cases.schemas';
import type { AreaList } from '../../../domain/sites.schemas';
import type { OrgUserList } from '../../../domain/users.schemas';
import { api } from '../../app/api-client';
import { useApiData } from '../../app/use-api-data';

const base = (orgId: string) => `/api/orgs/${orgId}/cases`;

export interface CaseFilters {
  status: 'active' | 'all' | 'open' | 'in_progress' | 'closed' | 'archived';
  mine: boolean;
  urgent: boolean;
  actType: string;
}

/** The queue's query string: filters only. */
export function caseListUrl(orgId: string, filters: CaseFilters): string {
  const params = new URLSearchParams();
  if (filters.status !== 'all') params.set('status', filters.status);
  if (filters.mine) params.set('mine', 'true');
  if (filters.urgent) params.set('urgent', 'true');
  if (filters.actType) params.set('actType', filters.actType);
  params.set('limit', '200');
  return `${base(orgId)}?${params.toString()}`;
}

export const useCaseList = (url: string) => useApiData<CaseList>(url);
export const useCase = (orgId: string, caseId: string) => useApiData<CaseView>(`${base(orgId)}/${caseId}`);
export const useCaseTimeline = (orgId: string, caseId: string) =>
  useApiData<CaseTimeline>(`${base(orgId)}/${caseId}/timeline`);
export const useCaseViewers = (orgId: string, caseId: string | null) =>
  useApiData<z.infer<typeof ViewerList>>(caseId ? `${base(orgId)}/${caseId}/viewers` : null);
export const useActTypes = (orgId: string) => useApiData<ActTypeList>(`/api/orgs/${orgId}/case-act-types`);
export const useAreas = (orgId: string) => useApiData<AreaList>(`/api/orgs/${orgId}/areas`);
export const useStaff = (orgId: string, enabled: boolean) =>
  useApiData<z.infer<typeof OrgUserList>>(enabled ? `/api/orgs/${orgId}/users` : null);

export const createCase = (orgId: string, input: CaseIntakeInput) =>
  api<{ id: string; reference: string }>('POST', base(orgId), input);
export const updateCase = (orgId: string, caseId: string, input: CaseUpdateInput) =>
  api<{ ok: true }>('PATCH', `${base(orgId)}/${caseId}`, input);
export const changeStatus = (orgId: string, caseId: string, input: CaseStatusInput) =>
  api<{ status: string; outcome: string | null }>('POST', `${base(orgId)}/${caseId}/status`, input);
export const recordConsent = (orgId: string, caseId: string, input: CaseConsentInput) =>
  api<{ id: string }>('POST', `${base(orgId)}/${caseId}/consents`, input);
export const addAct = (orgId: string, caseId: string, input: ActInput) =>
  api<{ id: string }>('POST', `${base(orgId)}/${caseId}/acts`, input);
export const removeAct = (orgId: string, caseId: string, actId: string) =>
  api<{ ok: true }>('DELETE', `${base(orgId)}/${caseId}/acts/${actId}`);
export const addVictim = (orgId: string, caseId: string, input: VictimInput) =>
  api<{ id: string }>('POST', `${base(orgId)}/${caseId}/victims`, input);
export const removeVictim = (orgId: string, caseId: string, victimId: string) =>
  api<{ ok: true }>('DELETE', `${base(orgId)}/${caseId}/victims/${victimId}`);
export const addPerpetrator = (orgId: string, caseId: string, input: PerpetratorInput) =>
  api<{ id: string }>('POST', `${base(orgId)}/${caseId}/perpetrators`, input);
export const removePerpetrator = (orgId: string, caseId: string, perpetratorId: string) =>
  api<{ ok: true }>('DELETE', `${base(orgId)}/${caseId}/perpetrators/${perpetratorId}`);
export const assignParalegal = (orgId: string, caseId: string, userId: string) =>
  api<{ ok: true }>('POST', `${base(orgId)}/${caseId}/assignments`, { userId });
export const unassignParalegal = (orgId: string, caseId: string, userId: string) =>
  api<{ ok: true }>('DELETE', `${base(orgId)}/${caseId}/assignments/${userId}`);
export const breakGlass = (orgId: string, caseId: string, reason: string) =>
  api<{ id: string; expiresAt: string }>('POST', `${base(orgId)}/${caseId}/break-glass`, { reason });
export const saveActTypes = (orgId: string, input: ActTypesInput) =>
  api<ActTypeList>('PUT', `/api/orgs/${orgId}/case-act-types`, input);
