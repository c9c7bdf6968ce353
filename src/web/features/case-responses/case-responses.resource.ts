import type {
  EvidenceList,
  EvidenceUploadInput,
  EvidenceView,
  FollowUpCreateInput,
  FollowUpList,
  FollowUpQueue,
  FollowUpSummary,
  FollowUpUpdateInput,
  FollowUpView,
  InterventionCreateInput,
  InterventionList,
  InterventionUpdateInput,
  InterventionView,
  ReferralCreateInput,
  ReferralList,
  ReferralUpdateInput,
  ReferralView,
} from '../../../domain/case-responses.schemas';
import type { OrgUserView } from '../../../domain/users.schemas';
import { api } from '../../app/api-client';
import { useApiData } from '../../app/use-api-data';

const caseBase = (orgId: string, caseId: string) => `/api/orgs/${orgId}/cases/${caseId}`;

export const useInterventions = (orgId: string, caseId: string) =>
  useApiData<InterventionList>(`${caseBase(orgId, caseId)}/interventions`);
export const createIntervention = (orgId: string, caseId: string, input: InterventionCreateInput) =>
  api<InterventionView>('POST', `${caseBase(orgId, caseId)}/interventions`, input);
export const updateIntervention = (
  orgId: string,
  caseId: string,
  id: string,
  input: InterventionUpdateInput,
) => api<InterventionView>('PATCH', `${caseBase(orgId, caseId)}/interventions/${id}`, input);

export const useCaseReferrals = (orgId: string, caseId: string) =>
  useApiData<ReferralList>(`${caseBase(orgId, caseId)}/referrals`);
export const createReferral = (orgId: string, caseId: string, input: ReferralCreateInput) =>
  api<ReferralView>('POST', `${caseBase(orgId, caseId)}/referrals`, input);
export const updateReferral = (orgId: string, caseId: string, id: string, input: ReferralUpdateInput) =>
  api<ReferralView>('PATCH', `${caseBase(orgId, caseId)}/referrals/${id}`, input);

export const useCaseFollowUps = (orgId: string, caseId: string) =>
  useApiData<FollowUpList>(`${caseBase(orgId, caseId)}/follow-ups`);
export const createFollowUp = (orgId: string, caseId: string, input: FollowUpCreateInput) =>
  api<FollowUpView>('POST', `${caseBase(orgId, caseId)}/follow-ups`, input);
export const updateFollowUp = (orgId: string, caseId: string, id: string, input: FollowUpUpdateInput) =>
  api<FollowUpView>('PATCH', `${caseBase(orgId, caseId)}/follow-ups/${id}`, input);

export const useFollowUpQueue = (orgId: string, scope: 'mine' | 'all', status: 'open' | 'done') =>
  useApiData<FollowUpQueue>(`/api/orgs/${orgId}/follow-ups?scope=${scope}&status=${status}`);
export const useFollowUpSummary = (orgId: string) =>
  useApiData<FollowUpSummary>(`/api/orgs/${orgId}/follow-ups/summary`);

/** The organization's staff (for coordinators choosing who does a follow-up); null when not allowed. */
export const useCaseWorkers = (orgId: string, enabled: boolean) =>
  useApiData<{ users: OrgUserView[] }>(enabled ? `/api/orgs/${orgId}/users` : null);

export const useEvidence = (orgId: string, caseId: string) =>
  useApiData<EvidenceList>(`${caseBase(orgId, caseId)}/evidence`);
export const uploadEvidence = (orgId: string, caseId: string, input: EvidenceUploadInput) =>
  api<EvidenceView>('POST', `${caseBase(orgId, caseId)}/evidence`, input);
/** The download address (a plain link: the browser sends the session cookie; audited on the server). */
export const evidenceDownloadUrl = (orgId: string, caseId: string, id: string) =>
  `${caseBase(orgId, caseId)}/evidence/${id}/download`;

/** Reads a picked file as base64 (without the data-URL prefix). */
export function readFileAsBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = typeof reader.result === 'string' ? reader.result : '';
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}
