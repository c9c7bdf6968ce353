import type {
  ContactCorrectionInput,
  ContactCreateInput,
  ContactList,
  ContactView,
} from '../../../domain/contacts.schemas';
import { api } from '../../app/api-client';
import { useApiData } from '../../app/use-api-data';

const base = (orgId: string) => `/api/orgs/${orgId}/contacts`;

/** Every event of a member's contacts (corrections and voids included), newest first. */
export const useMemberContacts = (orgId: string, memberId: string) =>
  useApiData<ContactList>(`${base(orgId)}?memberId=${memberId}&history=1`);

export const createContact = (orgId: string, input: ContactCreateInput) =>
  api<ContactView>('POST', base(orgId), input);

export const correctContact = (orgId: string, contactId: string, input: ContactCorrectionInput) =>
  api<ContactView>('POST', `${base(orgId)}/${contactId}/corrections`, input);
