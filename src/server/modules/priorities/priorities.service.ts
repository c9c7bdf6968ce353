import { newId } from '../../../domain/ids';
import type {
  ConsultationCreateInput,
  ConsultationDetail,
  ConsultationSummary,
  ConsultationUpdateInput,
  DecisionCreateInput,
  NeedCreateInput,
  VotingInput,
} from '../../../domain/priorities.schemas';
import { AppError } from '../../platform/errors';
import { orgContext, type OrgServiceContext, type ServiceContext } from '../../platform/http/route-spec';
import { findLocalGroup } from '../local-groups/local-groups.repo';
import { canSeeMinutes, presentConsultationDetail, presentConsultationSummary } from './priorities.presenter';
import * as repo from './priorities.repo';
import { consultationMinutesColumn } from './priorities.tables';

const minutesAad = (orgId: string, id: string) => consultationMinutesColumn.aad({ org_id: orgId, id });

async function checkLocalGroup(c: OrgServiceContext, localGroupId: string | null | undefined) {
  if (!localGroupId) return;
  if (!(await findLocalGroup(c.db, c.org.orgId, localGroupId)))
    throw new AppError('validation', { field: 'localGroupId', params: { reason: 'invalid_value' } });
}

export async function listConsultations(ctx: ServiceContext): Promise<ConsultationSummary[]> {
  const c = orgContext(ctx);
  const rows = await repo.listConsultations(c.db, c.org.orgId);
  return rows.map((r) => presentConsultationSummary(r.row, r));
}

/** Detail; reading the minutes (roles that may) is a sensitive read and is audited. */
export async function getConsultation(ctx: ServiceContext, id: string): Promise<ConsultationDetail> {
  const c = orgContext(ctx);
  const row = await repo.findConsultation(c.db, c.org.orgId, id);
  if (!row) throw new AppError('not_found');
  // One after the other: in a write, these share the transaction's single connection.
  const needs = await repo.listNeeds(c.db, c.org.orgId, id);
  const decisions = await repo.listDecisions(c.db, c.org.orgId, id);
  const ballots = await repo.ballotCounts(c.db, c.org.orgId, id);
  if (!canSeeMinutes(c.org.role)) return presentConsultationDetail({ row, needs, decisions, ballots });
  const minutes = await c.deps.keyring.decryptNullable(
    c.org.orgId,
    row.minutesEnc,
    minutesAad(c.org.orgId, id),
  );
  await ctx.audit({
    action: 'consultation.read',
    resourceType: 'consultation',
    resourceId: id,
    sensitiveRead: true,
  });
  return presentConsultationDetail({ row, needs, decisions, ballots, minutes });
}

export async function createConsultation(
  ctx: ServiceContext,
  input: ConsultationCreateInput,
): Promise<ConsultationDetail> {
  const c = orgContext(ctx);
  await checkLocalGroup(c, input.localGroupId);
  const id = input.id ?? newId(c.now.getTime());
  const row: repo.ConsultationRow = {
    orgId: c.org.orgId,
    id,
    title: input.title,
    kind: input.kind,
    heldOn: input.heldOn,
    localGroupId: input.localGroupId ?? null,
    votingStatus: 'not_started',
    topN: null,
    participants: null,
    minutesEnc: null,
    createdAt: c.now,
    updatedAt: c.now,
  };
  if (!(await repo.insertConsultation(c.db, row))) {
    const existing = await repo.findConsultation(c.db, c.org.orgId, id);
    if (!existing || existing.title !== input.title) throw new AppError('conflict', { field: 'id' });
    return getConsultation(ctx, id);
  }
  await ctx.audit({ action: 'consultation.created', resourceType: 'consultation', resourceId: id });
  return getConsultation(ctx, id);
}

export async function updateConsultation(
  ctx: ServiceContext,
  id: string,
  input: ConsultationUpdateInput,
): Promise<ConsultationDetail> {
  const c = orgContext(ctx);
  await checkLocalGroup(c, input.localGroupId);
  const values: Parameters<typeof repo.updateConsultation>[3] = { updatedAt: c.now };
  if (input.title !== undefined) values.title = input.title;
  if (input.kind !== undefined) values.kind = input.kind;
  if (input.heldOn !== undefined) values.heldOn = input.heldOn;
  if (input.localGroupId !== undefined) values.localGroupId = input.localGroupId;
  if (input.minutes !== undefined)
    values.minutesEnc = await c.deps.keyring.encryptNullable(
      c.org.orgId,
      input.minutes,
      minutesAad(c.org.orgId, id),
    );
  if (!(await repo.updateConsultation(c.db, c.org.orgId, id, values))) throw new AppError('not_found');
  await ctx.audit({
    action: 'consultation.updated',
    resourceType: 'consultation',
    resourceId: id,
    details: { minutes: input.minutes !== undefined },
  });
  return getConsultation(ctx, id);
}

/** Needs are fixed once the vote opens, so that every ballot ranks the same list. */
export async function addNeed(ctx: ServiceContext, consultationId: string, input: NeedCreateInput) {
  const c = orgContext(ctx);
  const consultation = await repo.lockConsultation(c.db, c.org.orgId, consultationId);
  if (!consultation) throw new AppError('not_found');
  if (consultation.votingStatus !== 'not_started') throw new AppError('conflict', { field: 'votingStatus' });
  const id = input.id ?? newId(c.now.getTime());
  const inserted = await repo.insertNeed(c.db, {
    orgId: c.org.orgId,
    id,
    consultationId,
    text: input.text,
    createdAt: c.now,
  });
  if (!inserted) throw new AppError('conflict', { field: 'id' });
  await ctx.audit({
    action: 'consultation.need_added',
    resourceType: 'consultation',
    resourceId: consultationId,
    details: { needId: id },
  });
  return getConsultation(ctx, consultationId);
}

export async function addDecision(ctx: ServiceContext, consultationId: string, input: DecisionCreateInput) {
  const c = orgContext(ctx);
  if (!(await repo.findConsultation(c.db, c.org.orgId, consultationId))) throw new AppError('not_found');
  const id = input.id ?? newId(c.now.getTime());
  const inserted = await repo.insertDecision(c.db, {
    orgId: c.org.orgId,
    id,
    consultationId,
    text: input.text,
    createdAt: c.now,
  });
  if (!inserted) throw new AppError('conflict', { field: 'id' });
  await ctx.audit({
    action: 'consultation.decision_added',
    resourceType: 'consultation',
    resourceId: consultationId,
    details: { decisionId: id },
  });
  return getConsultation(ctx, consultationId);
}

/** not_started → open (with at least two needs) → closed; never back. */
export async function changeVoting(ctx: ServiceContext, consultationId: string, input: VotingInput) {
  const c = orgContext(ctx);
  const consultation = await repo.lockConsultation(c.db, c.org.orgId, consultationId);
  if (!consultation) throw new AppError('not_found');
  if (input.status === 'open') {
    if (consultation.votingStatus !== 'not_started') throw new AppError('conflict', { field: 'status' });
    const needs = await repo.listNeeds(c.db, c.org.orgId, consultationId);
    if (needs.length < 2) throw new AppError('conflict', { field: 'needs' });
    await repo.updateConsultation(c.db, c.org.orgId, consultationId, {
      votingStatus: 'open',
      topN: Math.min(input.topN, needs.length),
      participants: input.participants,
      updatedAt: c.now,
    });
  } else {
    if (consultation.votingStatus !== 'open') throw new AppError('conflict', { field: 'status' });
    await repo.updateConsultation(c.db, c.org.orgId, consultationId, {
      votingStatus: 'closed',
      updatedAt: c.now,
    });
  }
  await ctx.audit({
    action: input.status === 'open' ? 'consultation.voting_opened' : 'consultation.voting_closed',
    resourceType: 'consultation',
    resourceId: consultationId,
  });
  return getConsultation(ctx, consultationId);
}
