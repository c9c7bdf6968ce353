import type {
  ActivityInput,
  SafeSpaceCreateInput,
  SafeSpaceDetail,
  SafeSpaceList,
  SafeSpaceView,
  VisitInput,
  VisitRecorded,
} from '../../../domain/safe-spaces.schemas';
import { api } from '../../app/api-client';
import { useApiData } from '../../app/use-api-data';

const base = (orgId: string) => `/api/orgs/${orgId}/safe-spaces`;

export const useSafeSpaces = (orgId: string) => useApiData<SafeSpaceList>(base(orgId));
export const useSafeSpace = (orgId: string, id: string) =>
  useApiData<SafeSpaceDetail>(`${base(orgId)}/${id}`);
export const createSafeSpace = (orgId: string, input: SafeSpaceCreateInput) =>
  api<SafeSpaceView>('POST', base(orgId), input);
export const recordVisit = (orgId: string, id: string, input: VisitInput) =>
  api<VisitRecorded>('POST', `${base(orgId)}/${id}/visits`, input);
export const addActivity = (orgId: string, id: string, input: ActivityInput) =>
  api<SafeSpaceDetail>('POST', `${base(orgId)}/${id}/activities`, input);
