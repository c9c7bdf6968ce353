import type {
  InteractionCreateInput,
  PartnerCreateInput,
  PartnerDetail,
  PartnerUpdateInput,
} from '../../../domain/alliances.schemas';
import { api } from '../../app/api-client';

export const partnersUrl = (orgId: string) => `/api/orgs/${orgId}/alliances/partners`;
export const partnerUrl = (orgId: string, id: string) => `${partnersUrl(orgId)}/${id}`;

export const createPartner = (orgId: string, input: PartnerCreateInput) =>
  api<PartnerDetail>('POST', partnersUrl(orgId), input);
export const updatePartner = (orgId: string, id: string, input: PartnerUpdateInput) =>
  api<PartnerDetail>('PATCH', partnerUrl(orgId, id), input);
export const addInteraction = (orgId: string, id: string, input: InteractionCreateInput) =>
  api<PartnerDetail>('POST', `${partnerUrl(orgId, id)}/interactions`, input);
