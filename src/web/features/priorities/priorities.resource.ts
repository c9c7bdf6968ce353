import type {
  ConsultationCreateInput,
  ConsultationDetail,
  ConsultationUpdateInput,
  PriorityBallotOpened,
  PriorityBallotView,
  VotingInput,
} from '../../../domain/priorities.schemas';
import { api, apiGet } from '../../app/api-client';

export const consultationsUrl = (orgId: string) => `/api/orgs/${orgId}/priorities/consultations`;
export const consultationUrl = (orgId: string, id: string) => `${consultationsUrl(orgId)}/${id}`;
export const resultsUrl = (orgId: string, id: string) => `${consultationUrl(orgId, id)}/results`;
const ballotUrl = (token: string) => `/api/public/priority-ballots/${encodeURIComponent(token)}`;

export const createConsultation = (orgId: string, input: ConsultationCreateInput) =>
  api<ConsultationDetail>('POST', consultationsUrl(orgId), input);
export const updateConsultation = (orgId: string, id: string, input: ConsultationUpdateInput) =>
  api<ConsultationDetail>('PATCH', consultationUrl(orgId, id), input);
export const addNeed = (orgId: string, id: string, text: string) =>
  api<ConsultationDetail>('POST', `${consultationUrl(orgId, id)}/needs`, { text });
export const addDecision = (orgId: string, id: string, text: string) =>
  api<ConsultationDetail>('POST', `${consultationUrl(orgId, id)}/decisions`, { text });
export const changeVoting = (orgId: string, id: string, input: VotingInput) =>
  api<ConsultationDetail>('POST', `${consultationUrl(orgId, id)}/voting`, input);

/** Opens an anonymous ballot; the token is answered once and never sent with an Idempotency-Key. */
export const openPriorityBallot = (orgId: string, id: string) =>
  api<PriorityBallotOpened>('POST', `${consultationUrl(orgId, id)}/ballots`);

export const readPriorityBallot = (token: string) => apiGet<PriorityBallotView>(ballotUrl(token));
export const submitPriorityBallot = (token: string, ranking: string[]) =>
  api<PriorityBallotView>('PUT', ballotUrl(token), { ranking });

/** The link a participant opens on her own phone: the token travels in the fragment, never in a log. */
export const ballotLink = (token: string) => `${location.origin}/votar#${token}`;
