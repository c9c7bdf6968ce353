import { newId } from '../../../domain/ids';
import type { ConsentCreateInput, ConsentList, ConsentView } from '../../../domain/members.schemas';
import { AppError } from '../../platform/errors';
import { orgContext, type ServiceContext } from '../../platform/http/route-spec';
import * as repo from './member-consents.repo';
import { requireMemberInScope } from './member-scope';
import { presentConsent } from './members.presenter';

/** The whole consent history of a member, oldest first (withdrawals included). */
export async function listConsents(ctx: ServiceContext, memberId: string): Promise<ConsentList> {
  const c = orgContext(ctx);
  await requireMemberInScope(c, memberId);
  return { consents: (await repo.listConsents(c.db, c.org.orgId, memberId)).map(presentConsent) };
}

async function presentOne(ctx: ServiceContext, orgId: string, memberId: string, id: string) {
  const event = (await repo.listConsents(ctx.db, orgId, memberId)).find((row) => row.id === id);
  if (!event) throw new AppError('not_found');
  return presentConsent(event);
}

/**
 * Records consent for one purpose, or its withdrawal (`granted: false`), as a new event: history is
 * never rewritten. A retry with the same client id answers the first event.
 */
export async function recordConsent(
  ctx: ServiceContext,
  memberId: string,
  input: ConsentCreateInput,
): Promise<ConsentView> {
  const c = orgContext(ctx);
  const member = await requireMemberInScope(c, memberId, 'member_consent');
  if (member.mergedIntoId) throw new AppError('conflict', { field: 'memberId' });
  const today = c.now.toISOString().slice(0, 10);
  const recordedOn = input.recordedOn ?? today;
  if (recordedOn > today)
    throw new AppError('validation', { field: 'recordedOn', params: { reason: 'invalid_value' } });
  const id = input.id ?? newId(c.now.getTime());
  const row = {
    orgId: c.org.orgId,
    id,
    memberId,
    purpose: input.purpose,
    granted: input.granted,
    recordedOn,
    recordedBy: c.actor.userId,
    createdAt: c.now,
  };
  if (!(await repo.insertConsent(c.db, row))) {
    const existing = await repo.findConsent(c.db, c.org.orgId, id);
    const same =
      existing?.memberId === memberId &&
      existing.purpose === input.purpose &&
      existing.granted === input.granted;
    if (!same) throw new AppError('conflict', { field: 'id' });
    return presentOne(c, c.org.orgId, memberId, id);
  }
  await c.audit({
    action: 'member_consent.recorded',
    resourceType: 'member_consent',
    resourceId: id,
    details: { memberId, purpose: input.purpose },
  });
  return presentOne(c, c.org.orgId, memberId, id);
}
