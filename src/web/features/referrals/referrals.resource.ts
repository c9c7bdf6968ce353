import type {
  ReferralEventInput,
  ReferralFollowUpList,
  ReferralFollowUpView,
} from '../../../domain/contacts.schemas';
import { api } from '../../app/api-client';
import { useApiData } from '../../app/use-api-data';

const base = (orgId: string) => `/api/orgs/${orgId}/referrals`;

/** Open referrals (no result yet), or every referral with `all`. */
export const useReferrals = (orgId: string, all: boolean) =>
  useApiData<ReferralFollowUpList>(all ? `${base(orgId)}?state=all` : base(orgId));

export const recordReferralEvent = (orgId: string, referralId: string, input: ReferralEventInput) =>
  api<ReferralFollowUpView>('POST', `${base(orgId)}/${referralId}/events`, input);
