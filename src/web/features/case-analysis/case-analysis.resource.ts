import type {
  CaseAggregates,
  NetworkAggregates,
  NetworkShareInput,
  NetworkShareList,
  NetworkSharePreview,
  NetworkShareView,
} from '../../../domain/case-analysis.schemas';
import type {
  EscalationInput,
  EscalationList,
  EscalationOptions,
  EscalationPreview,
  EscalationView,
} from '../../../domain/case-escalations.schemas';
import { api } from '../../app/api-client';
import { useApiData } from '../../app/use-api-data';

const org = (orgId: string) => `/api/orgs/${orgId}`;
const period = (from: string, to: string) => {
  const q = new URLSearchParams();
  if (from) q.set('from', from);
  if (to) q.set('to', to);
  const s = q.toString();
  return s ? `?${s}` : '';
};

export const useCaseAnalysis = (orgId: string, from: string, to: string) =>
  useApiData<CaseAggregates>(`${org(orgId)}/case-analysis${period(from, to)}`);
export const analysisExportUrl = (
  orgId: string,
  format: 'csv' | 'xlsx' | 'pdf',
  from: string,
  to: string,
  lang: string,
) => {
  const q = new URLSearchParams({ lang });
  if (from) q.set('from', from);
  if (to) q.set('to', to);
  return `${org(orgId)}/case-analysis/export/${format}?${q.toString()}`;
};

export const useNetworkShares = (orgId: string) =>
  useApiData<NetworkShareList>(`${org(orgId)}/network-shares`);
export const useSharePreview = (orgId: string, start: string, end: string) =>
  useApiData<NetworkSharePreview>(
    start && end && start <= end
      ? `${org(orgId)}/network-shares/preview?periodStart=${start}&periodEnd=${end}`
      : null,
  );
export const approveShare = (orgId: string, input: NetworkShareInput) =>
  api<NetworkShareView>('POST', `${org(orgId)}/network-shares`, input);
export const withdrawShare = (orgId: string, id: string) =>
  api<NetworkShareView>('POST', `${org(orgId)}/network-shares/${id}/withdraw`, {});
export const useNetworkAggregates = (orgId: string) =>
  useApiData<NetworkAggregates>(`${org(orgId)}/network/hr-aggregates`);

const esc = (orgId: string, caseId: string) => `${org(orgId)}/cases/${caseId}/escalations`;
export const useEscalationOptions = (orgId: string, caseId: string) =>
  useApiData<EscalationOptions>(`${esc(orgId, caseId)}/options`);
export const useEscalations = (orgId: string, caseId: string) =>
  useApiData<EscalationList>(esc(orgId, caseId));
export const previewEscalation = (orgId: string, caseId: string, input: EscalationInput) =>
  api<EscalationPreview>('POST', `${esc(orgId, caseId)}/preview`, input);
export const createEscalation = (orgId: string, caseId: string, input: EscalationInput) =>
  api<EscalationView>('POST', esc(orgId, caseId), input);
export const escalationPdfUrl = (orgId: string, caseId: string, id: string) =>
  `${esc(orgId, caseId)}/${id}/pdf`;
