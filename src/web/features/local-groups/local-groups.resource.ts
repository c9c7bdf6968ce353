import type { z } from 'zod';
import type { Ok } from '../../../domain/common.schemas';
import type {
  LocalGroupCreateInput,
  LocalGroupList,
  LocalGroupUpdateInput,
  LocalGroupView,
} from '../../../domain/organizations.schemas';
import { api, apiGet } from '../../app/api-client';
import { useApiData } from '../../app/use-api-data';

export type LocalGroupListView = z.infer<typeof LocalGroupList>;

const base = (orgId: string) => `/api/orgs/${orgId}/local-groups`;

/** The list never carries notes; they are read one group at a time (an audited read). */
export const useLocalGroups = (orgId: string) => useApiData<LocalGroupListView>(base(orgId));

export const fetchLocalGroup = (orgId: string, id: string) => apiGet<LocalGroupView>(`${base(orgId)}/${id}`);

export const createLocalGroup = (orgId: string, input: LocalGroupCreateInput) =>
  api<LocalGroupView>('POST', base(orgId), input);

export const updateLocalGroup = (orgId: string, id: string, input: LocalGroupUpdateInput) =>
  api<LocalGroupView>('PATCH', `${base(orgId)}/${id}`, input);

export const deleteLocalGroup = (orgId: string, id: string) => api<Ok>('DELETE', `${base(orgId)}/${id}`);
