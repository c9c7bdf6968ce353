import type { z } from 'zod';
import type { ViewerList } from '../../../domain/audit.schemas';
import type {
  ConsentCreateInput,
  ConsentView,
  DuplicateCheckResult,
  MemberCreateInput,
  MemberList,
  MemberMergeResult,
  MemberUpdateInput,
  MemberView,
} from '../../../domain/members.schemas';
import type { RegistrySettingsView } from '../../../domain/registry-settings.schemas';
import type { SiteList } from '../../../domain/sites.schemas';
import { api } from '../../app/api-client';
import { useApiData } from '../../app/use-api-data';

const base = (orgId: string) => `/api/orgs/${orgId}/members`;

export interface MemberFilters {
  q: string;
  siteId: string;
  flag: string;
  priority: boolean;
}

/** The list's query string: filters only — never anything the person answered. */
export function memberListUrl(orgId: string, filters: MemberFilters): string {
  const params = new URLSearchParams();
  if (filters.q.trim()) params.set('q', filters.q.trim());
  if (filters.siteId) params.set('siteId', filters.siteId);
  if (filters.flag) params.set('flag', filters.flag);
  if (filters.priority) params.set('priority', 'true');
  const query = params.toString();
  return query ? `${base(orgId)}?${query}` : base(orgId);
}

export const useMemberList = (url: string) => useApiData<MemberList>(url);
export const useMember = (orgId: string, memberId: string) =>
  useApiData<MemberView>(`${base(orgId)}/${memberId}`);
export const useMemberViewers = (orgId: string, memberId: string | null) =>
  useApiData<z.infer<typeof ViewerList>>(memberId ? `${base(orgId)}/${memberId}/viewers` : null);
export const useRegistrySettings = (orgId: string) =>
  useApiData<RegistrySettingsView>(`/api/orgs/${orgId}/registry/settings`);
export const useSites = (orgId: string) => useApiData<SiteList>(`/api/orgs/${orgId}/sites`);

export const fetchMoreMembers = (url: string, cursor: string) =>
  api<MemberList>('GET', `${url}${url.includes('?') ? '&' : '?'}cursor=${cursor}`);

export const createMember = (orgId: string, input: MemberCreateInput) =>
  api<MemberView>('POST', base(orgId), input);

export const recordConsent = (orgId: string, memberId: string, input: ConsentCreateInput) =>
  api<ConsentView>('POST', `${base(orgId)}/${memberId}/consents`, input);

export const mergeMember = (orgId: string, memberId: string, intoMemberId: string) =>
  api<MemberMergeResult>('POST', `${base(orgId)}/${memberId}/merge`, { intoMemberId });

export const markNotDuplicate = (orgId: string, memberId: string, otherMemberId: string) =>
  api<DuplicateCheckResult>('POST', `${base(orgId)}/${memberId}/not-duplicate`, { otherMemberId });

export const updateMember = (orgId: string, memberId: string, input: MemberUpdateInput) =>
  api<MemberView>('PATCH', `${base(orgId)}/${memberId}`, input);
