import type {
  ContactCorrectionInput,
  ContactCreateInput,
  ContactDetail,
  ContactListQuery,
  ContactView,
  ReferralInput,
} from '../../../domain/contacts.schemas';
import { CONTACT_LIMITS } from '../../../domain/contacts.schemas';
import { newId } from '../../../domain/ids';
import { isUniqueViolation } from '../../platform/db/pg-errors';
import { AppError } from '../../platform/errors';
import { orgContext, type OrgServiceContext, type ServiceContext } from '../../platform/http/route-spec';
import {
  checkNotInFuture,
  checkSite,
  checkStockPoint,
  resolveMember,
  resolvePromotora,
} from './contact-references';
import { presentContact, presentReferral } from './contacts.presenter';
import * as repo from './contacts.repo';
import { findReferralStates } from './referrals.repo';

/** Presents contact events with their referrals (and outcomes) and the derived new-vs-repeat flag. */
async function presentContacts(c: OrgServiceContext, rows: repo.ContactReadRow[]): Promise<ContactView[]> {
  const orgId = c.org.orgId;
  const referrals = await repo.listReferralsOfContacts(
    c.db,
    orgId,
    rows.map((row) => row.contact.id),
  );
  const states = await findReferralStates(c.db, orgId, [...new Set(referrals.map((r) => r.originId))]);
  const keptIds = [...new Set(rows.flatMap((row) => (row.keptMemberId ? [row.keptMemberId] : [])))];
  const firstContactIds = await repo.findFirstContactIds(c.db, orgId, keptIds);
  return rows.map((row) =>
    presentContact(row, {
      referrals: referrals
        .filter((referral) => referral.contactId === row.contact.id)
        .map((referral) => presentReferral(referral, states.get(referral.originId))),
      firstContactIds,
    }),
  );
}

async function presentOne(c: OrgServiceContext, id: string): Promise<ContactView> {
  const row = await repo.findContactInScope(c, c.db, id);
  if (!row) throw new AppError('not_found');
  return (await presentContacts(c, [row]))[0] as ContactView;
}

export async function listContacts(ctx: ServiceContext, query: ContactListQuery): Promise<ContactView[]> {
  const c = orgContext(ctx);
  const rows = await repo.listContacts(c, c.db, {
    memberId: query.memberId,
    siteId: query.siteId,
    from: query.from,
    to: query.to,
    history: query.history === '1',
    limit: query.limit ?? 50,
  });
  if (query.memberId && rows.length > 0) {
    // Nothing shown (outside her scope, or no contacts) is no view of the record.
    // A member's contact history is part of her record: "who viewed this record" lists it.
    await ctx.audit({
      action: 'member.contacts_read',
      resourceType: 'member',
      resourceId: query.memberId,
      sensitiveRead: true,
      details: { contacts: rows.length, history: query.history === '1' },
    });
  }
  return presentContacts(c, rows);
}

/** One contact event and the whole chain of corrections it belongs to (oldest first). */
export async function getContact(ctx: ServiceContext, id: string): Promise<ContactDetail> {
  const c = orgContext(ctx);
  const row = await repo.findContactInScope(c, c.db, id);
  if (!row) throw new AppError('not_found');
  const history = await presentContacts(c, await repo.listContactChain(c, c.db, id));
  const contact = history.find((event) => event.id === id) ?? (await presentContacts(c, [row]))[0];
  return { contact: contact as ContactView, history };
}

function referralRows(
  c: OrgServiceContext,
  contactId: string,
  referrals: readonly ReferralInput[],
): repo.ContactReferralRow[] {
  return referrals.map((referral) => {
    const id = referral.id ?? newId(c.now.getTime());
    return {
      orgId: c.org.orgId,
      id,
      originId: id,
      contactId,
      service: referral.service,
      facilityType: referral.facilityType,
      createdAt: c.now,
    };
  });
}

/** Inserts a contact event; a concurrent second correction of the same event conflicts. */
async function insertEvent(c: OrgServiceContext, row: repo.ContactRow): Promise<boolean> {
  try {
    return await repo.insertContact(c.db, row);
  } catch (error) {
    if (isUniqueViolation(error, 'contacts_supersedes_uq'))
      throw new AppError('conflict', { messageKey: 'contacts.errors.alreadyCorrected' });
    throw error;
  }
}

/** A retried create or correction (same client id) answers the event on file; anything else conflicts. */
async function answerRetry(
  c: OrgServiceContext,
  id: string,
  supersedesId: string | null,
): Promise<ContactView> {
  const existing = await repo.findContactAnyScope(c.db, c.org.orgId, id);
  if (!existing || existing.supersedesId !== supersedesId || existing.createdBy !== c.actor.userId)
    throw new AppError('conflict', { field: 'id' });
  return presentOne(c, id);
}

export async function createContact(ctx: ServiceContext, input: ContactCreateInput): Promise<ContactView> {
  const c = orgContext(ctx);
  const id = input.id ?? newId(c.now.getTime());
  if (await repo.findContactAnyScope(c.db, c.org.orgId, id)) return answerRetry(c, id, null);
  checkNotInFuture(c, 'contactedOn', input.contactedOn);
  const promotoraUserId = await resolvePromotora(c, input.promotoraUserId);
  const memberId = input.memberId ? await resolveMember(c, input.memberId) : null;
  if (input.siteId) await checkSite(c, input.siteId);
  if (input.stockPointId) await checkStockPoint(c, input.stockPointId);
  const row: repo.ContactRow = {
    orgId: c.org.orgId,
    id,
    contactedOn: input.contactedOn,
    siteId: input.siteId ?? null,
    promotoraUserId,
    memberId,
    anonymousCount: memberId ? null : (input.anonymousCount ?? null),
    condoms: input.condoms ?? 0,
    lubricant: input.lubricant ?? 0,
    hivSelfTests: input.hivSelfTests ?? 0,
    infoTopics: input.infoTopics ?? [],
    needs: input.needs ?? [],
    stockPointId: input.stockPointId ?? null,
    supersedesId: null,
    voided: false,
    createdBy: c.actor.userId,
    createdAt: c.now,
  };
  if (!(await insertEvent(c, row))) return answerRetry(c, id, null);
  await repo.insertReferrals(c.db, referralRows(c, id, input.referrals ?? []));
  await ctx.audit({
    action: 'contact.created',
    resourceType: 'contact',
    resourceId: id,
    details: { anonymous: memberId === null, referrals: input.referrals?.length ?? 0 },
  });
  return presentOne(c, id);
}

/** The corrected event's values, replaced by those the correction gives. */
async function correctedValues(
  c: OrgServiceContext,
  old: repo.ContactRow,
  input: ContactCorrectionInput,
): Promise<Omit<repo.ContactRow, 'orgId' | 'id' | 'supersedesId' | 'createdBy' | 'createdAt'>> {
  if (input.voided) return { ...old, voided: true };
  let memberId = old.memberId;
  let anonymousCount = old.anonymousCount;
  if (input.memberId != null) [memberId, anonymousCount] = [await resolveMember(c, input.memberId), null];
  else if (input.anonymousCount != null) [memberId, anonymousCount] = [null, input.anonymousCount];
  else if (input.memberId === null || input.anonymousCount === null)
    throw new AppError('validation', { field: 'memberId', params: { reason: 'required' } });
  const contactedOn = input.contactedOn ?? old.contactedOn;
  if (input.contactedOn) checkNotInFuture(c, 'contactedOn', contactedOn);
  if (input.siteId) await checkSite(c, input.siteId);
  if (input.stockPointId) await checkStockPoint(c, input.stockPointId);
  return {
    contactedOn,
    siteId: input.siteId === undefined ? old.siteId : input.siteId,
    promotoraUserId:
      input.promotoraUserId === undefined
        ? old.promotoraUserId
        : await resolvePromotora(c, input.promotoraUserId),
    memberId,
    anonymousCount,
    condoms: input.condoms ?? old.condoms,
    lubricant: input.lubricant ?? old.lubricant,
    hivSelfTests: input.hivSelfTests ?? old.hivSelfTests,
    infoTopics: input.infoTopics ?? old.infoTopics,
    needs: input.needs ?? old.needs,
    stockPointId: input.stockPointId === undefined ? old.stockPointId : input.stockPointId,
    voided: false,
  };
}

/**
 * A correction: a new event superseding the contact (or voiding it). The corrected event stays,
 * visible in the history. Referrals are carried over (keeping their outcomes) unless the correction
 * gives a new list.
 */
export async function correctContact(
  ctx: ServiceContext,
  contactId: string,
  input: ContactCorrectionInput,
): Promise<ContactView> {
  const c = orgContext(ctx);
  const old = await repo.findContactInScope(c, c.db, contactId);
  if (!old) throw new AppError('not_found');
  const id = input.id ?? newId(c.now.getTime());
  if (await repo.findContactAnyScope(c.db, c.org.orgId, id)) return answerRetry(c, id, contactId);
  if (old.supersededById !== null || old.contact.voided)
    throw new AppError('conflict', { messageKey: 'contacts.errors.alreadyCorrected' });
  const values = await correctedValues(c, old.contact, input);
  const row: repo.ContactRow = {
    ...values,
    orgId: c.org.orgId,
    id,
    supersedesId: contactId,
    createdBy: c.actor.userId,
    createdAt: c.now,
  };
  if (!(await insertEvent(c, row))) return answerRetry(c, id, contactId);
  if (!input.voided) {
    const rows = input.referrals
      ? referralRows(c, id, input.referrals)
      : (await repo.listReferralsOfContacts(c.db, c.org.orgId, [contactId])).map((referral) => ({
          ...referral,
          id: newId(c.now.getTime()),
          contactId: id,
          createdAt: c.now,
        }));
    await repo.insertReferrals(c.db, rows.slice(0, CONTACT_LIMITS.referralsMax));
  }
  await ctx.audit({
    action: input.voided ? 'contact.voided' : 'contact.corrected',
    resourceType: 'contact',
    resourceId: id,
    details: { supersedes: contactId },
  });
  return presentOne(c, id);
}
