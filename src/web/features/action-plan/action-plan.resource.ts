import type {
  ActionCreateInput,
  ActionDetail,
  ActionList,
  ActionNoteInput,
  ActionNoteView,
  ActionUpdateInput,
  ActionView,
} from '../../../domain/capacity-actions.schemas';
import type { CapacityFrameworkView } from '../../../domain/capacity-framework.schemas';
import { api, apiGet } from '../../app/api-client';
import { useApiData } from '../../app/use-api-data';

const base = (orgId: string) => `/api/orgs/${orgId}/capacity/actions`;

export const useActions = (orgId: string, query = '') =>
  useApiData<ActionList>(`${base(orgId)}${query ? `?${query}` : ''}`);

/** The current framework: item statements and domain names for the item picker and labels. */
export const useCurrentFramework = (orgId: string) =>
  useApiData<CapacityFrameworkView>(`/api/orgs/${orgId}/capacity/frameworks/current`);

/** One action with its notes (an audited read: only when someone opens it). */
export const fetchAction = (orgId: string, id: string) => apiGet<ActionDetail>(`${base(orgId)}/${id}`);

export const createAction = (orgId: string, input: ActionCreateInput) =>
  api<ActionView>('POST', base(orgId), input);

export const updateAction = (orgId: string, id: string, input: ActionUpdateInput) =>
  api<ActionView>('PATCH', `${base(orgId)}/${id}`, input);

export const addActionNote = (orgId: string, id: string, input: ActionNoteInput) =>
  api<ActionNoteView>('POST', `${base(orgId)}/${id}/notes`, input);
