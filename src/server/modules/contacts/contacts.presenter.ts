import type { ContactView, ReferralFollowUpView, ReferralView } from '../../../domain/contacts.schemas';
import type { ContactReadRow, ContactReferralRow } from './contacts.repo';
import { REFERRED, type ReferralState } from './referrals.repo';
import type { FollowUpRow } from './referrals.repo';

/** A referral as shown: its stable id is the origin id (outcomes follow it across corrections). */
export function presentReferral(row: ContactReferralRow, state: ReferralState = REFERRED): ReferralView {
  return {
    id: row.originId,
    service: row.service,
    facilityType: row.facilityType,
    status: state.status,
    result: state.result,
    statusOn: state.statusOn,
  };
}

export interface ContactExtras {
  referrals: ReferralView[];
  /** Ids of the first effective contacts of the members listed. */
  firstContactIds: ReadonlySet<string>;
}

/** Explicit output fields of a contact event. */
export function presentContact(read: ContactReadRow, extras: ContactExtras): ContactView {
  const row = read.contact;
  const effective = !row.voided && read.supersededById === null;
  return {
    id: row.id,
    contactedOn: row.contactedOn,
    siteId: row.siteId,
    promotoraUserId: row.promotoraUserId,
    memberId: read.keptMemberId,
    memberDisplayCode: read.memberDisplayCode,
    anonymousCount: row.anonymousCount,
    firstContact: row.memberId === null || !effective ? null : extras.firstContactIds.has(row.id),
    condoms: row.condoms,
    lubricant: row.lubricant,
    hivSelfTests: row.hivSelfTests,
    infoTopics: row.infoTopics as ContactView['infoTopics'],
    needs: row.needs as ContactView['needs'],
    referrals: extras.referrals,
    stockPointId: row.stockPointId,
    supersedesId: row.supersedesId,
    supersededById: read.supersededById,
    voided: row.voided,
    effective,
    createdBy: row.createdBy,
    createdAt: row.createdAt.toISOString(),
  };
}

export function presentFollowUp(row: FollowUpRow, state: ReferralState = REFERRED): ReferralFollowUpView {
  return {
    ...presentReferral(row.referral, state),
    contactId: row.contact.id,
    contactedOn: row.contact.contactedOn,
    siteId: row.contact.siteId,
    promotoraUserId: row.contact.promotoraUserId,
    memberId: row.keptMemberId,
    memberDisplayCode: row.memberDisplayCode,
    anonymousCount: row.contact.anonymousCount,
  };
}
