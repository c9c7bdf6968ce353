import type {
  PackageCreateInput,
  PackageList,
  PackageUpdateInput,
  PackageView,
} from '../../../domain/coverage.schemas';
import { api } from '../../app/api-client';
import { useApiData } from '../../app/use-api-data';

const base = (orgId: string) => `/api/orgs/${orgId}/coverage/packages`;

export const usePackages = (orgId: string) => useApiData<PackageList>(base(orgId));

export const createPackage = (orgId: string, input: PackageCreateInput) =>
  api<PackageView>('POST', base(orgId), input);

export const updatePackage = (orgId: string, id: string, input: PackageUpdateInput) =>
  api<PackageView>('PATCH', `${base(orgId)}/${id}`, input);
