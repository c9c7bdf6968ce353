import type {
  DueReportList,
  FeeCreateInput,
  FeeList,
  FeeUpdateInput,
  FeeView,
  GrantCreateInput,
  GrantList,
  GrantReportCreateInput,
  GrantReportUpdateInput,
  GrantReportView,
  GrantUpdateInput,
  GrantView,
  OpportunityCreateInput,
  OpportunityList,
  OpportunityUpdateInput,
  OpportunityView,
} from '../../../domain/grants.schemas';
import { api } from '../../app/api-client';
import { useApiData } from '../../app/use-api-data';

const org = (orgId: string) => `/api/orgs/${orgId}`;

export const useGrants = (orgId: string) => useApiData<GrantList>(`${org(orgId)}/grants`);
export const useDueReports = (orgId: string) => useApiData<DueReportList>(`${org(orgId)}/grants/reports-due`);
export const createGrant = (orgId: string, input: GrantCreateInput) =>
  api<GrantView>('POST', `${org(orgId)}/grants`, input);
export const updateGrant = (orgId: string, id: string, input: GrantUpdateInput) =>
  api<GrantView>('PATCH', `${org(orgId)}/grants/${id}`, input);
export const addReport = (orgId: string, grantId: string, input: GrantReportCreateInput) =>
  api<GrantReportView>('POST', `${org(orgId)}/grants/${grantId}/reports`, input);
export const updateReport = (orgId: string, reportId: string, input: GrantReportUpdateInput) =>
  api<GrantReportView>('PATCH', `${org(orgId)}/grant-reports/${reportId}`, input);

export const useOpportunities = (orgId: string) =>
  useApiData<OpportunityList>(`${org(orgId)}/funding-opportunities`);
export const createOpportunity = (orgId: string, input: OpportunityCreateInput) =>
  api<OpportunityView>('POST', `${org(orgId)}/funding-opportunities`, input);
export const updateOpportunity = (orgId: string, id: string, input: OpportunityUpdateInput) =>
  api<OpportunityView>('PATCH', `${org(orgId)}/funding-opportunities/${id}`, input);

export const useFees = (orgId: string, period: string) =>
  useApiData<FeeList>(
    `${org(orgId)}/membership-fees${period ? `?period=${encodeURIComponent(period)}` : ''}`,
  );
export const createFee = (orgId: string, input: FeeCreateInput) =>
  api<FeeView>('POST', `${org(orgId)}/membership-fees`, input);
export const updateFee = (orgId: string, id: string, input: FeeUpdateInput) =>
  api<FeeView>('PATCH', `${org(orgId)}/membership-fees/${id}`, input);
