import type { RegistrySettingsInput, RegistrySettingsView } from '../../../domain/registry-settings.schemas';
import { api } from '../../app/api-client';
import { useApiData } from '../../app/use-api-data';

const url = (orgId: string) => `/api/orgs/${orgId}/registry/settings`;

export const useRegistrySettings = (orgId: string) => useApiData<RegistrySettingsView>(url(orgId));

export const saveRegistrySettings = (orgId: string, input: RegistrySettingsInput) =>
  api<RegistrySettingsView>('PUT', url(orgId), input);
