import type {
  BarrierCreateInput,
  BarrierList,
  BarrierListQuery,
  BarrierUpdateInput,
  BarrierView,
  CaseBarrierList,
} from '../../../domain/barriers.schemas';
import { BarrierCreateInput as CreateSchema } from '../../../domain/barriers.schemas';
import { suppressList, type PublishedCount } from '../../../domain/aggregates/suppression';
import { newId } from '../../../domain/ids';
import { AppError } from '../../platform/errors';
import { orgContext, type OrgServiceContext, type ServiceContext } from '../../platform/http/route-spec';
import { requireCaseAccess } from '../cases/cases.access';
import { recordCaseEvent } from '../cases/cases.events';
import { countByChild } from '../case-analysis/case-analysis.repo';
import { smallCellThreshold } from '../case-analysis/case-analysis.service';
import * as repo from './barriers.repo';

/**
 * "How many cases fed each barrier": consented cases only, small counts shown as "<threshold" — the
 * same numbers as the analysis' "cases per barrier" (a case can feed several barriers: no total).
 */
async function caseCounts(
  c: OrgServiceContext,
): Promise<{ threshold: number; counts: Map<string, PublishedCount> }> {
  const rows = await countByChild(
    c.db,
    { orgId: c.org.orgId, from: null, to: null, purpose: 'record' },
    'barrier',
  );
  const threshold = await smallCellThreshold(c.db, c.org.orgId);
  const res = suppressList(
    { keys: rows.map((r) => r.key ?? ''), counts: rows.map((r) => Number(r.n)) },
    threshold,
    { total: 'none' },
  );
  return { threshold, counts: new Map(res.items.map((i) => [i.key, i.count])) };
}

function present(row: repo.BarrierWithArea, caseCount: PublishedCount): BarrierView {
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    description: row.description,
    countryCode: row.countryCode,
    areaId: row.areaId,
    areaName: row.areaName,
    status: row.status,
    caseCount,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export async function listBarriers(ctx: ServiceContext, query: BarrierListQuery): Promise<BarrierList> {
  const c = orgContext(ctx);
  const rows = await repo.listBarriers(c.db, c.org.orgId, query);
  const { threshold, counts } = await caseCounts(c);
  return { threshold, barriers: rows.map((row) => present(row, counts.get(row.id) ?? 0)) };
}

export async function getBarrier(ctx: ServiceContext, barrierId: string): Promise<BarrierView> {
  const c = orgContext(ctx);
  const row = await repo.findBarrier(c.db, c.org.orgId, barrierId);
  if (!row) throw new AppError('not_found');
  const { counts } = await caseCounts(c);
  return present(row, counts.get(row.id) ?? 0);
}

async function requireArea(c: OrgServiceContext, areaId: string | null | undefined) {
  if (areaId && !(await repo.areaExists(c.db, c.org.orgId, areaId)))
    throw new AppError('validation', { field: 'areaId' });
}

export async function createBarrier(ctx: ServiceContext, input: BarrierCreateInput): Promise<BarrierView> {
  const c = orgContext(ctx);
  const data = CreateSchema.parse(input);
  const id = data.id ?? newId(c.now.getTime());
  const existing = await repo.findBarrier(c.db, c.org.orgId, id);
  if (existing) return getBarrier(ctx, id);
  await requireArea(c, data.areaId);
  await repo.insertBarrier(c.db, {
    orgId: c.org.orgId,
    id,
    kind: data.kind,
    title: data.title,
    description: data.description,
    countryCode: data.countryCode,
    areaId: data.areaId ?? null,
    status: data.status,
    createdBy: c.actor.userId,
    createdAt: c.now,
    updatedAt: c.now,
  });
  await c.audit({
    action: 'structural_barrier.created',
    resourceType: 'structural_barrier',
    resourceId: id,
    details: { kind: data.kind, status: data.status },
  });
  return getBarrier(ctx, id);
}

export async function updateBarrier(
  ctx: ServiceContext,
  barrierId: string,
  input: BarrierUpdateInput,
): Promise<BarrierView> {
  const c = orgContext(ctx);
  const row = await repo.findBarrier(c.db, c.org.orgId, barrierId);
  if (!row) throw new AppError('not_found');
  await requireArea(c, input.areaId);
  await repo.updateBarrier(c.db, c.org.orgId, barrierId, {
    ...(input.kind !== undefined && { kind: input.kind }),
    ...(input.title !== undefined && { title: input.title }),
    ...(input.description !== undefined && { description: input.description }),
    ...(input.countryCode !== undefined && { countryCode: input.countryCode }),
    ...(input.areaId !== undefined && { areaId: input.areaId }),
    ...(input.status !== undefined && { status: input.status }),
    updatedAt: c.now,
  });
  await c.audit({
    action: 'structural_barrier.updated',
    resourceType: 'structural_barrier',
    resourceId: barrierId,
    details: { fields: Object.keys(input).sort().join(','), status: input.status ?? row.status },
  });
  return getBarrier(ctx, barrierId);
}

export async function listCaseBarriers(ctx: ServiceContext, caseId: string): Promise<CaseBarrierList> {
  const c = orgContext(ctx);
  await requireCaseAccess(ctx, caseId, 'basic');
  const rows = await repo.listCaseBarriers(c.db, c.org.orgId, caseId);
  return { barriers: rows.map((r) => ({ ...r, linkedAt: r.linkedAt.toISOString() })) };
}

/**
 * Linking or unlinking a barrier is a write to the case: sensitive access (coordinator, assigned
 * paralegal or break-the-glass), and an archived case no longer changes.
 */
async function caseForLinkChange(ctx: ServiceContext, caseId: string) {
  const access = await requireCaseAccess(ctx, caseId, 'sensitive');
  if (access.row.status === 'archived')
    throw new AppError('conflict', { messageKey: 'barriers.errors.archived' });
  return access;
}

export async function linkCaseBarrier(
  ctx: ServiceContext,
  caseId: string,
  barrierId: string,
): Promise<CaseBarrierList> {
  const c = orgContext(ctx);
  await caseForLinkChange(ctx, caseId);
  if (!(await repo.findBarrier(c.db, c.org.orgId, barrierId)))
    throw new AppError('validation', { field: 'barrierId' });
  const inserted = await repo.insertCaseBarrier(c.db, {
    orgId: c.org.orgId,
    caseId,
    barrierId,
    linkedBy: c.actor.userId,
    linkedAt: c.now,
  });
  if (inserted) {
    await recordCaseEvent(c.db, {
      orgId: c.org.orgId,
      caseId,
      kind: 'barrier_linked',
      actorUserId: c.actor.userId,
      details: { barrierId },
      at: c.now,
    });
    await c.audit({
      action: 'hr_case.barrier_linked',
      resourceType: 'hr_case',
      resourceId: caseId,
      details: { barrierId },
    });
  }
  return listCaseBarriers(ctx, caseId);
}

export async function unlinkCaseBarrier(
  ctx: ServiceContext,
  caseId: string,
  barrierId: string,
): Promise<CaseBarrierList> {
  const c = orgContext(ctx);
  await caseForLinkChange(ctx, caseId);
  const deleted = await repo.deleteCaseBarrier(c.db, c.org.orgId, caseId, barrierId);
  if (!deleted) throw new AppError('not_found');
  await recordCaseEvent(c.db, {
    orgId: c.org.orgId,
    caseId,
    kind: 'barrier_unlinked',
    actorUserId: c.actor.userId,
    details: { barrierId },
    at: c.now,
  });
  await c.audit({
    action: 'hr_case.barrier_unlinked',
    resourceType: 'hr_case',
    resourceId: caseId,
    details: { barrierId },
  });
  return listCaseBarriers(ctx, caseId);
}
