import type { z } from 'zod';
import type { LocalGroupList } from '../../../domain/organizations.schemas';
import type {
  OrgUserAddExistingInput,
  OrgUserCreateInput,
  OrgUserList,
  OrgUserUpdateInput,
  OrgUserView,
} from '../../../domain/users.schemas';
import { api } from '../../app/api-client';
import { useApiData } from '../../app/use-api-data';

type OrgUserListView = z.infer<typeof OrgUserList>;
type LocalGroupListView = z.infer<typeof LocalGroupList>;

const base = (orgId: string) => `/api/orgs/${orgId}/users`;

export const useStaff = (orgId: string) => useApiData<OrgUserListView>(base(orgId));

/** Local groups, to tie a promotora's account to her group. */
export const useLocalGroupChoices = (orgId: string) =>
  useApiData<LocalGroupListView>(`/api/orgs/${orgId}/local-groups`);

export const createStaffAccount = (orgId: string, input: OrgUserCreateInput) =>
  api<OrgUserView>('POST', base(orgId), input);

export const addExistingStaffAccount = (orgId: string, input: OrgUserAddExistingInput) =>
  api<OrgUserView>('POST', `${base(orgId)}/existing`, input);

/** Any change here ends that person's open sessions, so it takes effect at once. */
export const updateStaffAccount = (orgId: string, membershipId: string, input: OrgUserUpdateInput) =>
  api<OrgUserView>('PATCH', `${base(orgId)}/${membershipId}`, input);
