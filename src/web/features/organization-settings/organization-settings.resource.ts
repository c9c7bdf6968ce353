import type { OrganizationUpdateInput, OrganizationView } from '../../../domain/organizations.schemas';
import { api } from '../../app/api-client';
import { useApiData } from '../../app/use-api-data';

const base = (orgId: string) => `/api/orgs/${orgId}`;

export const useOrganization = (orgId: string) => useApiData<OrganizationView>(base(orgId));

export const updateOrganization = (orgId: string, input: OrganizationUpdateInput) =>
  api<OrganizationView>('PATCH', base(orgId), input);
