import type {
  CaseloadView,
  OutreachPlanInput,
  OutreachPlanView,
  SupervisionView,
} from '../../../domain/outreach.schemas';
import type { SiteList } from '../../../domain/sites.schemas';
import { api } from '../../app/api-client';
import { useApiData } from '../../app/use-api-data';

const base = (orgId: string) => `/api/orgs/${orgId}/outreach`;
const week = (weekStart: string | null) => (weekStart ? `?week=${weekStart}` : '');

/** "Mis personas" of the caller, or of a promotora a supervisor opened. */
export const useCaseload = (orgId: string, userId?: string) =>
  useApiData<CaseloadView>(
    userId ? `${base(orgId)}/supervision/${userId}/caseload` : `${base(orgId)}/caseload`,
  );

/** A week's plan (the current week while `weekStart` is null). */
export const usePlan = (orgId: string, weekStart: string | null, userId?: string) =>
  useApiData<OutreachPlanView>(
    userId
      ? `${base(orgId)}/supervision/${userId}/plan${week(weekStart)}`
      : `${base(orgId)}/plan${week(weekStart)}`,
  );

export const savePlan = (orgId: string, weekStart: string, input: OutreachPlanInput) =>
  api<OutreachPlanView>('PUT', `${base(orgId)}/plan${week(weekStart)}`, input);

export const useSupervision = (orgId: string) => useApiData<SupervisionView>(`${base(orgId)}/supervision`);

/** The sites the caller may plan a visit to (a promotora: the sites she works). */
export const useSiteChoices = (orgId: string) => useApiData<SiteList>(`/api/orgs/${orgId}/sites`);
