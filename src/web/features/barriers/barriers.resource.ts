import type {
  BarrierCreateInput,
  BarrierList,
  BarrierUpdateInput,
  BarrierView,
  CaseBarrierList,
} from '../../../domain/barriers.schemas';
import { api } from '../../app/api-client';
import { useApiData } from '../../app/use-api-data';

const org = (orgId: string) => `/api/orgs/${orgId}`;

export const useBarriers = (orgId: string | null, countryCode = '') =>
  useApiData<BarrierList>(
    orgId ? `${org(orgId)}/barriers${countryCode ? `?countryCode=${countryCode}` : ''}` : null,
  );
export const createBarrier = (orgId: string, input: BarrierCreateInput) =>
  api<BarrierView>('POST', `${org(orgId)}/barriers`, input);
export const updateBarrier = (orgId: string, id: string, input: BarrierUpdateInput) =>
  api<BarrierView>('PATCH', `${org(orgId)}/barriers/${id}`, input);
export const useCaseBarriers = (orgId: string, caseId: string) =>
  useApiData<CaseBarrierList>(`${org(orgId)}/cases/${caseId}/barriers`);
export const linkBarrier = (orgId: string, caseId: string, barrierId: string) =>
  api<CaseBarrierList>('POST', `${org(orgId)}/cases/${caseId}/barriers`, { barrierId });
export const unlinkBarrier = (orgId: string, caseId: string, barrierId: string) =>
  api<CaseBarrierList>('DELETE', `${org(orgId)}/cases/${caseId}/barriers/${barrierId}`);
