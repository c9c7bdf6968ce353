import type {
  NetworkPictureView,
  NetworkSettingsInput,
  NetworkSettingsView,
  SharingUpdateInput,
  SharingView,
  TaRequestCreateInput,
  TaRequestList,
  TaRequestUpdateInput,
  TaRequestView,
} from '../../../domain/capacity-network.schemas';
import type { EvidenceView } from '../../../domain/programme-evidence.schemas';
import { api } from '../../app/api-client';
import { useApiData } from '../../app/use-api-data';

const org = (orgId: string) => `/api/orgs/${orgId}/capacity`;

export const useNetworkPicture = (orgId: string) => useApiData<NetworkPictureView>(`${org(orgId)}/network`);
export const updateNetworkSettings = (orgId: string, input: NetworkSettingsInput) =>
  api<NetworkSettingsView>('PUT', `${org(orgId)}/network/settings`, input);

export const useSharing = (orgId: string) => useApiData<SharingView>(`${org(orgId)}/sharing`);
export const updateSharing = (orgId: string, input: SharingUpdateInput) =>
  api<SharingView>('PUT', `${org(orgId)}/sharing`, input);
export const useTaRequests = (orgId: string) => useApiData<TaRequestList>(`${org(orgId)}/ta-requests`);
export const createTaRequest = (orgId: string, input: TaRequestCreateInput) =>
  api<TaRequestView>('POST', `${org(orgId)}/ta-requests`, input);
export const updateTaRequest = (orgId: string, id: string, input: TaRequestUpdateInput) =>
  api<TaRequestView>('PATCH', `${org(orgId)}/ta-requests/${id}`, input);

export const useEvidence = (orgId: string) => useApiData<EvidenceView>(`${org(orgId)}/evidence`);
