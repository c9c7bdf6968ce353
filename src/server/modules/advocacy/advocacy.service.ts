import {
  EngagementCreateInput as CreateSchema,
  type CommitmentInput,
  type CommitmentUpdateInput,
  type DueCommitmentList,
  type EngagementCreateInput,
  type EngagementList,
  type EngagementListQuery,
  type EngagementUpdateInput,
  type EngagementView,
} from '../../../domain/advocacy.schemas';
import { newId } from '../../../domain/ids';
import { dayOf } from '../../../domain/outreach';
import { isAllowed } from '../../../domain/policy';
import { AppError } from '../../platform/errors';
import { orgContext, type OrgServiceContext, type ServiceContext } from '../../platform/http/route-spec';
import { presentCommitment, presentEngagement, presentEngagementSummary } from './advocacy.presenter';
import * as repo from './advocacy.repo';

/** Case references are shown only to roles that may see that cases exist (the case queue). */
export const mayListCases = (c: OrgServiceContext) => isAllowed(c.org.role, 'hr_case', 'list', c.org.level);

export async function listEngagements(
  ctx: ServiceContext,
  query: EngagementListQuery,
): Promise<EngagementList> {
  const c = orgContext(ctx);
  const rows = await repo.listEngagements(c.db, c.org.orgId, query);
  const commitments = await repo.listCommitments(
    c.db,
    c.org.orgId,
    rows.map((r) => r.id),
  );
  return {
    today: dayOf(c.now),
    engagements: rows.map((row) =>
      presentEngagementSummary(
        row,
        commitments.filter((x) => x.engagementId === row.id),
      ),
    ),
  };
}

export async function getEngagement(ctx: ServiceContext, engagementId: string): Promise<EngagementView> {
  const c = orgContext(ctx);
  const row = await repo.findEngagement(c.db, c.org.orgId, engagementId);
  if (!row) throw new AppError('not_found');
  const [commitments, barriers, cases] = await Promise.all([
    repo.listCommitments(c.db, c.org.orgId, [engagementId]),
    repo.listLinkedBarriers(c.db, c.org.orgId, engagementId),
    repo.listLinkedCases(c.db, c.org.orgId, engagementId),
  ]);
  return presentEngagement(row, {
    commitments,
    today: dayOf(c.now),
    barriers,
    cases: { count: cases.length, references: mayListCases(c) ? cases : null },
  });
}

/**
 * Linking cases needs the case queue's policy (`hr_case.list`) on top of the advocacy one; unknown
 * ids (or another organization's) answer 400 on the field.
 */
async function checkLinks(c: OrgServiceContext, input: { caseIds?: string[]; barrierIds?: string[] }) {
  if (input.caseIds?.length) {
    if (!mayListCases(c)) throw new AppError('forbidden');
    const found = await repo.existingCaseIds(c.db, c.org.orgId, input.caseIds);
    if (found.size !== input.caseIds.length) throw new AppError('validation', { field: 'caseIds' });
  }
  if (input.barrierIds?.length) {
    const found = await repo.existingBarrierIds(c.db, c.org.orgId, input.barrierIds);
    if (found.size !== input.barrierIds.length) throw new AppError('validation', { field: 'barrierIds' });
  }
}

async function saveLinks(
  c: OrgServiceContext,
  engagementId: string,
  input: { caseIds?: string[]; barrierIds?: string[] },
) {
  const base = { orgId: c.org.orgId, engagementId, by: c.actor.userId, at: c.now };
  if (input.caseIds) await repo.replaceCaseLinks(c.db, { ...base, ids: input.caseIds });
  if (input.barrierIds) await repo.replaceBarrierLinks(c.db, { ...base, ids: input.barrierIds });
}

function commitmentRows(c: OrgServiceContext, engagementId: string, inputs: readonly CommitmentInput[]) {
  return inputs.map((input) => ({
    orgId: c.org.orgId,
    id: newId(c.now.getTime()),
    engagementId,
    description: input.description,
    followUpOn: input.followUpOn,
    status: 'pending' as const,
    statusChangedAt: null,
    createdAt: c.now,
    updatedAt: c.now,
  }));
}

export async function createEngagement(
  ctx: ServiceContext,
  input: EngagementCreateInput,
): Promise<EngagementView> {
  const c = orgContext(ctx);
  const data = CreateSchema.parse(input);
  const id = data.id ?? newId(c.now.getTime());
  const existing = await repo.findEngagement(c.db, c.org.orgId, id);
  if (existing) {
    if (existing.officeTitle !== data.officeTitle) throw new AppError('conflict', { field: 'id' });
    return getEngagement(ctx, id);
  }
  await checkLinks(c, data);
  await repo.insertEngagement(c.db, {
    orgId: c.org.orgId,
    id,
    authorityType: data.authorityType,
    officeTitle: data.officeTitle,
    countryCode: data.countryCode,
    engagedOn: data.engagedOn,
    asks: data.asks,
    outcomeKind: data.outcomeKind,
    outcome: data.outcome,
    createdBy: c.actor.userId,
    createdAt: c.now,
    updatedAt: c.now,
  });
  await repo.insertCommitments(c.db, commitmentRows(c, id, data.commitments));
  await saveLinks(c, id, data);
  await c.audit({
    action: 'advocacy_engagement.created',
    resourceType: 'advocacy_engagement',
    resourceId: id,
    details: {
      authorityType: data.authorityType,
      commitments: data.commitments.length,
      caseIds: data.caseIds.join(','),
      barrierIds: data.barrierIds.join(','),
    },
  });
  return getEngagement(ctx, id);
}

export async function updateEngagement(
  ctx: ServiceContext,
  engagementId: string,
  input: EngagementUpdateInput,
): Promise<EngagementView> {
  const c = orgContext(ctx);
  const row = await repo.findEngagement(c.db, c.org.orgId, engagementId);
  if (!row) throw new AppError('not_found');
  await checkLinks(c, input);
  const { caseIds, barrierIds, ...fields } = input;
  await repo.updateEngagement(c.db, c.org.orgId, engagementId, { ...fields, updatedAt: c.now });
  await saveLinks(c, engagementId, { caseIds, barrierIds });
  await c.audit({
    action: 'advocacy_engagement.updated',
    resourceType: 'advocacy_engagement',
    resourceId: engagementId,
    details: {
      fields: Object.keys(input).sort().join(','),
      outcomeKind: input.outcomeKind ?? row.outcomeKind,
      ...(caseIds && { caseIds: caseIds.join(',') }),
      ...(barrierIds && { barrierIds: barrierIds.join(',') }),
    },
  });
  return getEngagement(ctx, engagementId);
}

export async function addCommitment(
  ctx: ServiceContext,
  engagementId: string,
  input: CommitmentInput,
): Promise<EngagementView> {
  const c = orgContext(ctx);
  if (!(await repo.findEngagement(c.db, c.org.orgId, engagementId))) throw new AppError('not_found');
  const [row] = commitmentRows(c, engagementId, [input]);
  await repo.insertCommitments(c.db, [row!]);
  await c.audit({
    action: 'advocacy_commitment.created',
    resourceType: 'advocacy_engagement',
    resourceId: engagementId,
    details: { commitmentId: row!.id, followUpOn: input.followUpOn },
  });
  return getEngagement(ctx, engagementId);
}

/** Follow-up: the commitment's status (pending, kept, partly kept, broken) and its next date. */
export async function updateCommitment(
  ctx: ServiceContext,
  params: { engagementId: string; commitmentId: string },
  input: CommitmentUpdateInput,
): Promise<EngagementView> {
  const c = orgContext(ctx);
  const row = await repo.findCommitment(c.db, c.org.orgId, params.engagementId, params.commitmentId);
  if (!row) throw new AppError('not_found');
  const statusChanged = input.status !== undefined && input.status !== row.status;
  await repo.updateCommitment(c.db, c.org.orgId, row.id, {
    ...input,
    ...(statusChanged && { statusChangedAt: c.now }),
    updatedAt: c.now,
  });
  await c.audit({
    action: 'advocacy_commitment.updated',
    resourceType: 'advocacy_engagement',
    resourceId: params.engagementId,
    details: { commitmentId: row.id, from: row.status, to: input.status ?? row.status },
  });
  return getEngagement(ctx, params.engagementId);
}

/** Pending commitments whose follow-up day has come (the home card). */
export async function listDueCommitments(ctx: ServiceContext): Promise<DueCommitmentList> {
  const c = orgContext(ctx);
  const today = dayOf(c.now);
  const rows = await repo.listDueCommitments(c.db, c.org.orgId, today);
  return {
    today,
    commitments: rows.map((r) => ({
      ...presentCommitment(r.commitment, today),
      officeTitle: r.officeTitle,
      authorityType: r.authorityType,
    })),
  };
}
