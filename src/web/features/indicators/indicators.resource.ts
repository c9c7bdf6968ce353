import type {
  IndicatorActionCreateInput,
  IndicatorActionList,
  IndicatorActionView,
  IndicatorCreateInput,
  IndicatorList,
  IndicatorSourceList,
  IndicatorTargetInput,
  IndicatorView,
  LessonCreateInput,
  LessonList,
  LessonView,
  ReviewView,
} from '../../../domain/indicators.schemas';
import type { LocalGroupList } from '../../../domain/organizations.schemas';
import type { z } from 'zod';
import type { SiteList } from '../../../domain/sites.schemas';
import type { OrgUserList } from '../../../domain/users.schemas';
import { api } from '../../app/api-client';
import { useApiData } from '../../app/use-api-data';

const org = (orgId: string) => `/api/orgs/${orgId}`;

export const useSources = (orgId: string) =>
  useApiData<IndicatorSourceList>(`${org(orgId)}/indicators/sources`);
export const useIndicators = (orgId: string) => useApiData<IndicatorList>(`${org(orgId)}/indicators`);
/** The review holds decrypted notes and lessons: an audited read on the server. */
export const useReview = (orgId: string, month: string) =>
  useApiData<ReviewView>(`${org(orgId)}/indicator-reviews/${month}`);
export const useMyActions = (orgId: string) =>
  useApiData<IndicatorActionList>(`${org(orgId)}/indicator-actions/mine`);
export const useLessonSearch = (orgId: string, q: string | null) =>
  useApiData<LessonList>(q === null ? null : `${org(orgId)}/indicator-lessons?q=${encodeURIComponent(q)}`);
/** Staff accounts to own action items (coordinators may list them). */
export const useStaff = (orgId: string, enabled: boolean) =>
  useApiData<z.infer<typeof OrgUserList>>(enabled ? `${org(orgId)}/users` : null);
export const useSites = (orgId: string, enabled: boolean) =>
  useApiData<SiteList>(enabled ? `${org(orgId)}/sites` : null);
export const useLocalGroups = (orgId: string, enabled: boolean) =>
  useApiData<z.infer<typeof LocalGroupList>>(enabled ? `${org(orgId)}/local-groups` : null);

export const createIndicator = (orgId: string, input: IndicatorCreateInput) =>
  api<IndicatorView>('POST', `${org(orgId)}/indicators`, input);
export const archiveIndicator = (orgId: string, id: string) =>
  api<IndicatorView>('PATCH', `${org(orgId)}/indicators/${id}`, { archived: true });
export const setTarget = (orgId: string, id: string, input: IndicatorTargetInput) =>
  api<IndicatorView>('POST', `${org(orgId)}/indicators/${id}/targets`, input);
export const saveNote = (orgId: string, month: string, indicatorId: string, note: string | null) =>
  api<{ note: string | null }>('PUT', `${org(orgId)}/indicator-reviews/${month}/notes/${indicatorId}`, {
    note,
  });
export const createReviewAction = (orgId: string, month: string, input: IndicatorActionCreateInput) =>
  api<IndicatorActionView>('POST', `${org(orgId)}/indicator-reviews/${month}/actions`, input);
export const setActionStatus = (orgId: string, id: string, status: 'open' | 'done' | 'dropped') =>
  api<IndicatorActionView>('POST', `${org(orgId)}/indicator-actions/${id}/status`, { status });
export const addLesson = (orgId: string, month: string, input: LessonCreateInput) =>
  api<LessonView>('POST', `${org(orgId)}/indicator-reviews/${month}/lessons`, input);
