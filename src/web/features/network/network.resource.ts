import type { z } from 'zod';
import type {
  OrganizationCreateInput,
  OrganizationList,
  OrganizationView,
} from '../../../domain/organizations.schemas';
import { api } from '../../app/api-client';
import { useApiData } from '../../app/use-api-data';

type OrganizationListView = z.infer<typeof OrganizationList>;

const base = (orgId: string) => `/api/orgs/${orgId}/network/organizations`;

/** Names, countries and levels of the network's organizations (any role may read them). */
export const useNetworkOrganizations = (orgId: string) => useApiData<OrganizationListView>(base(orgId));

/** The regional secretariat adds a member organization together with its first administrator. */
export const createMemberOrganization = (orgId: string, input: OrganizationCreateInput) =>
  api<OrganizationView>('POST', base(orgId), input);
