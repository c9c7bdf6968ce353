import {
  canFollow,
  CONTACT_LIMITS,
  type ReferralEventInput,
  type ReferralFollowUpQuery,
  type ReferralFollowUpView,
} from '../../../domain/contacts.schemas';
import { newId } from '../../../domain/ids';
import { AppError } from '../../platform/errors';
import { orgContext, type OrgServiceContext, type ServiceContext } from '../../platform/http/route-spec';
import { checkNotInFuture } from './contact-references';
import { presentFollowUp } from './contacts.presenter';
import * as repo from './referrals.repo';

async function presentFollowUps(c: OrgServiceContext, rows: repo.FollowUpRow[]) {
  const states = await repo.findReferralStates(
    c.db,
    c.org.orgId,
    rows.map((row) => row.referral.originId),
  );
  return rows.map((row) => presentFollowUp(row, states.get(row.referral.originId)));
}

/** Referrals to follow up (default: those without a result yet), oldest contact first. */
export async function listReferrals(
  ctx: ServiceContext,
  query: ReferralFollowUpQuery,
): Promise<ReferralFollowUpView[]> {
  const c = orgContext(ctx);
  const rows = await repo.listFollowUps(c, c.db, {
    openOnly: (query.state ?? 'open') === 'open',
    limit: query.limit ?? CONTACT_LIMITS.listMax,
  });
  return presentFollowUps(c, rows);
}

async function requireFollowUp(c: OrgServiceContext, referralId: string) {
  const row = await repo.findFollowUpInScope(c, c.db, referralId);
  if (!row) throw new AppError('not_found');
  return row;
}

/**
 * Records an outcome of a referral (append-only): attended or not, then the result. A retried
 * event (same client id) answers the referral as it stands.
 */
export async function recordReferralEvent(
  ctx: ServiceContext,
  referralId: string,
  input: ReferralEventInput,
): Promise<ReferralFollowUpView> {
  const c = orgContext(ctx);
  const followUp = await requireFollowUp(c, referralId);
  const id = input.id ?? newId(c.now.getTime());
  const existing = await repo.findReferralEvent(c.db, c.org.orgId, id);
  if (existing) {
    if (existing.referralId !== referralId || existing.status !== input.status)
      throw new AppError('conflict', { field: 'id' });
    return (await presentFollowUps(c, [followUp]))[0] as ReferralFollowUpView;
  }
  checkNotInFuture(c, 'recordedOn', input.recordedOn);
  if (input.recordedOn < followUp.contact.contactedOn)
    throw new AppError('validation', {
      field: 'recordedOn',
      params: { reason: 'not_before_referral' },
    });
  const state =
    (await repo.findReferralStates(c.db, c.org.orgId, [referralId])).get(referralId) ?? repo.REFERRED;
  if (!canFollow(state.status, input.status))
    throw new AppError('conflict', {
      field: 'status',
      messageKey: 'contacts.errors.referralTransition',
    });
  await repo.insertReferralEvent(c.db, {
    orgId: c.org.orgId,
    id,
    referralId,
    status: input.status,
    result: input.status === 'result' ? (input.result ?? null) : null,
    recordedOn: input.recordedOn,
    recordedBy: c.actor.userId,
    createdAt: c.now,
  });
  await ctx.audit({
    action: 'referral.event_recorded',
    resourceType: 'referral',
    resourceId: referralId,
    details: { eventId: id, status: input.status },
  });
  return (await presentFollowUps(c, [followUp]))[0] as ReferralFollowUpView;
}
