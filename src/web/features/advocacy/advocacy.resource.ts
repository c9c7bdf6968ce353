import type {
  BarrierLoop,
  CommitmentInput,
  CommitmentUpdateInput,
  DueCommitmentList,
  EngagementCreateInput,
  EngagementList,
  EngagementUpdateInput,
  EngagementView,
  SeatCreateInput,
  SeatList,
  SeatMeetingInput,
  SeatView,
} from '../../../domain/advocacy.schemas';
import type { CaseList } from '../../../domain/cases.schemas';
import type { MemberList } from '../../../domain/members.schemas';
import { api } from '../../app/api-client';
import { useApiData } from '../../app/use-api-data';

const org = (orgId: string) => `/api/orgs/${orgId}`;
const engagements = (orgId: string) => `${org(orgId)}/advocacy/engagements`;
const seats = (orgId: string) => `${org(orgId)}/advocacy/seats`;

export const useEngagements = (orgId: string) => useApiData<EngagementList>(engagements(orgId));
export const useEngagement = (orgId: string, id: string) =>
  useApiData<EngagementView>(`${engagements(orgId)}/${id}`);
export const createEngagement = (orgId: string, input: EngagementCreateInput) =>
  api<EngagementView>('POST', engagements(orgId), input);
export const updateEngagement = (orgId: string, id: string, input: EngagementUpdateInput) =>
  api<EngagementView>('PATCH', `${engagements(orgId)}/${id}`, input);
export const addCommitment = (orgId: string, id: string, input: CommitmentInput) =>
  api<EngagementView>('POST', `${engagements(orgId)}/${id}/commitments`, input);
export const updateCommitment = (
  orgId: string,
  engagementId: string,
  commitmentId: string,
  input: CommitmentUpdateInput,
) => api<EngagementView>('PATCH', `${engagements(orgId)}/${engagementId}/commitments/${commitmentId}`, input);
export const useDueCommitments = (orgId: string) =>
  useApiData<DueCommitmentList>(`${org(orgId)}/advocacy/commitments/due`);
export const useBarrierLoop = (orgId: string, barrierId: string) =>
  useApiData<BarrierLoop>(`${org(orgId)}/barriers/${barrierId}/loop`);

export const useSeats = (orgId: string) => useApiData<SeatList>(seats(orgId));
export const createSeat = (orgId: string, input: SeatCreateInput) =>
  api<SeatView>('POST', seats(orgId), input);
export const addSeatMeeting = (orgId: string, seatId: string, input: SeatMeetingInput) =>
  api<SeatView>('POST', `${seats(orgId)}/${seatId}/meetings`, input);
export const updateSeat = (orgId: string, seatId: string, input: { heldUntil: string | null }) =>
  api<SeatView>('PATCH', `${seats(orgId)}/${seatId}`, input);

/** Case references to link (only for roles that see the case queue). */
export const useLinkableCases = (orgId: string, enabled: boolean) =>
  useApiData<CaseList>(enabled ? `${org(orgId)}/cases?status=active` : null);
export const useMembersByCode = (orgId: string, q: string) =>
  useApiData<MemberList>(q.length >= 3 ? `${org(orgId)}/members?q=${encodeURIComponent(q)}&limit=5` : null);
