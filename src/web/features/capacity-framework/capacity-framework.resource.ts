import type { LocalizedText } from '../../../domain/capacity/framework';
import type {
  CapacityDomainUpdateInput,
  CapacityFrameworkChanges,
  CapacityFrameworkList,
  CapacityFrameworkView,
  CapacityItemCreated,
  CapacityItemCreateInput,
  CapacityItemUpdateInput,
} from '../../../domain/capacity-framework.schemas';
import type { Locale } from '../../../domain/locales';
import { api } from '../../app/api-client';
import { useApiData } from '../../app/use-api-data';

const base = (orgId: string) => `/api/orgs/${orgId}/capacity/frameworks`;

/** Versions, newest first (the first read creates version 1 from the standard content). */
export const useFrameworkVersions = (orgId: string) => useApiData<CapacityFrameworkList>(base(orgId));

/** One version with its domains and items; null id = the current version. */
export const useFramework = (orgId: string, frameworkId: string | null) =>
  useApiData<CapacityFrameworkView>(`${base(orgId)}/${frameworkId ?? 'current'}`);

/** What changed against the version it was based on (null until the version is known). */
export const useFrameworkChanges = (orgId: string, frameworkId: string | null) =>
  useApiData<CapacityFrameworkChanges>(frameworkId ? `${base(orgId)}/${frameworkId}/changes` : null);

export const addFrameworkItem = (orgId: string, frameworkId: string, input: CapacityItemCreateInput) =>
  api<CapacityItemCreated>('POST', `${base(orgId)}/${frameworkId}/items`, input);

export const updateFrameworkItem = (
  orgId: string,
  frameworkId: string,
  itemKey: string,
  input: CapacityItemUpdateInput,
) => api<CapacityFrameworkView>('PATCH', `${base(orgId)}/${frameworkId}/items/${itemKey}`, input);

export const removeFrameworkItem = (orgId: string, frameworkId: string, itemKey: string) =>
  api<CapacityFrameworkView>('DELETE', `${base(orgId)}/${frameworkId}/items/${itemKey}`);

export const setFrameworkDomain = (
  orgId: string,
  frameworkId: string,
  domainKey: string,
  input: CapacityDomainUpdateInput,
) => api<CapacityFrameworkView>('PATCH', `${base(orgId)}/${frameworkId}/domains/${domainKey}`, input);

/** A framework text in the interface language (every stored text has all three). */
export function localized(text: LocalizedText, locale: string): string {
  return text[locale as Locale] ?? text.es;
}
