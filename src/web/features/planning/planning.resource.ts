import type { FileUploadInput } from '../../../domain/files.schemas';
import type { GrantList } from '../../../domain/grants.schemas';
import type {
  ActivityCreateInput,
  ActivityList,
  ActivityUpdateInput,
  ActivityView,
  DocumentCreateInput,
  DocumentList,
  DocumentUpdateInput,
  DocumentView,
  ObjectiveCreateInput,
  ObjectiveUpdateInput,
  ObjectiveView,
  StrategyUpdateInput,
  StrategyView,
} from '../../../domain/planning.schemas';
import { api } from '../../app/api-client';
import { useApiData } from '../../app/use-api-data';

const base = (orgId: string) => `/api/orgs/${orgId}/planning`;

export const useStrategy = (orgId: string) => useApiData<StrategyView>(`${base(orgId)}/strategy`);
export const useActivities = (orgId: string) => useApiData<ActivityList>(`${base(orgId)}/activities`);
export const useDocuments = (orgId: string, renewalOnly = false) =>
  useApiData<DocumentList>(`${base(orgId)}/documents${renewalOnly ? '?renewal=true' : ''}`);
/** Grants (projects) for the workplan's links; null when the role may not list them. */
export const useGrants = (orgId: string, allowed: boolean) =>
  useApiData<GrantList>(allowed ? `/api/orgs/${orgId}/grants` : null);

export const updateStrategy = (orgId: string, input: StrategyUpdateInput) =>
  api<StrategyView>('PUT', `${base(orgId)}/strategy`, input);
export const createObjective = (orgId: string, input: ObjectiveCreateInput) =>
  api<ObjectiveView>('POST', `${base(orgId)}/objectives`, input);
export const updateObjective = (orgId: string, id: string, input: ObjectiveUpdateInput) =>
  api<ObjectiveView>('PATCH', `${base(orgId)}/objectives/${id}`, input);

export const createActivity = (orgId: string, input: ActivityCreateInput) =>
  api<ActivityView>('POST', `${base(orgId)}/activities`, input);
export const updateActivity = (orgId: string, id: string, input: ActivityUpdateInput) =>
  api<ActivityView>('PATCH', `${base(orgId)}/activities/${id}`, input);

export const createDocument = (orgId: string, input: DocumentCreateInput) =>
  api<DocumentView>('POST', `${base(orgId)}/documents`, input);
export const updateDocument = (orgId: string, id: string, input: DocumentUpdateInput) =>
  api<DocumentView>('PATCH', `${base(orgId)}/documents/${id}`, input);
export const uploadDocumentFile = (orgId: string, id: string, input: FileUploadInput) =>
  api<DocumentView>('PUT', `${base(orgId)}/documents/${id}/file`, input);
/** The download address (a plain link: the browser sends the session cookie, no token needed). */
export const documentFileUrl = (orgId: string, id: string) => `${base(orgId)}/documents/${id}/file`;
