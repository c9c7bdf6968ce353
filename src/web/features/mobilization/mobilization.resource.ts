import type {
  ChecklistItemUpdateInput,
  EventCreateInput,
  EventList,
  EventStatusInput,
  EventUpdateInput,
  EventView,
} from '../../../domain/mobilization.schemas';
import { api } from '../../app/api-client';
import { useApiData } from '../../app/use-api-data';

const base = (orgId: string) => `/api/orgs/${orgId}/mobilization/events`;

export const useEvents = (orgId: string) => useApiData<EventList>(base(orgId));
export const useEvent = (orgId: string, eventId: string) =>
  useApiData<EventView>(`${base(orgId)}/${eventId}`);
export const createEvent = (orgId: string, input: EventCreateInput) =>
  api<EventView>('POST', base(orgId), input);
export const updateEvent = (orgId: string, eventId: string, input: EventUpdateInput) =>
  api<EventView>('PATCH', `${base(orgId)}/${eventId}`, input);
export const changeEventStatus = (orgId: string, eventId: string, input: EventStatusInput) =>
  api<EventView>('POST', `${base(orgId)}/${eventId}/status`, input);
export const addChecklistItem = (orgId: string, eventId: string, label: string) =>
  api<EventView>('POST', `${base(orgId)}/${eventId}/checklist`, { label });
export const updateChecklistItem = (
  orgId: string,
  eventId: string,
  itemId: string,
  input: ChecklistItemUpdateInput,
) => api<EventView>('PATCH', `${base(orgId)}/${eventId}/checklist/${itemId}`, input);
