import { newId } from '../../../domain/ids';
import type { EstimateCreateInput, EstimateView } from '../../../domain/sites.schemas';
import { AppError } from '../../platform/errors';
import { orgContext, type ServiceContext } from '../../platform/http/route-spec';
import * as repo from './site-estimates.repo';
import { presentEstimate } from './sites.presenter';
import { findSite } from './sites.repo';
import { siteWorkerScope } from './sites.scope';

/** The history of a site's size estimates, newest first (the first is the current one). */
export async function listEstimates(ctx: ServiceContext, siteId: string): Promise<EstimateView[]> {
  const c = orgContext(ctx);
  if (!(await findSite(c.db, c.org.orgId, siteId, siteWorkerScope(c, 'site_estimate'))))
    throw new AppError('not_found');
  return (await repo.listEstimates(c.db, c.org.orgId, siteId)).map(presentEstimate);
}

const sameEstimate = (a: repo.EstimateRow, b: repo.EstimateRow) =>
  a.siteId === b.siteId &&
  a.low === b.low &&
  a.point === b.point &&
  a.high === b.high &&
  a.method === b.method &&
  a.estimatedOn === b.estimatedOn;

/** Appends an estimate; earlier ones stay as history. An estimate cannot be dated in the future. */
export async function createEstimate(
  ctx: ServiceContext,
  siteId: string,
  input: EstimateCreateInput,
): Promise<EstimateView> {
  const c = orgContext(ctx);
  if (!(await findSite(c.db, c.org.orgId, siteId, siteWorkerScope(c, 'site_estimate'))))
    throw new AppError('not_found');
  if (input.estimatedOn > c.now.toISOString().slice(0, 10))
    throw new AppError('validation', { field: 'estimatedOn', params: { reason: 'not_in_future' } });
  const row: repo.EstimateRow = {
    orgId: c.org.orgId,
    id: input.id ?? newId(c.now.getTime()),
    siteId,
    low: input.low,
    point: input.point,
    high: input.high,
    method: input.method,
    estimatedOn: input.estimatedOn,
    source: input.source || null,
    createdBy: c.actor.userId,
    createdAt: c.now,
  };
  if (!(await repo.insertEstimate(c.db, row))) {
    const existing = await repo.findEstimate(c.db, c.org.orgId, row.id);
    if (!existing || !sameEstimate(existing, row)) throw new AppError('conflict', { field: 'id' });
    return presentEstimate(existing);
  }
  await ctx.audit({ action: 'site_estimate.created', resourceType: 'site', resourceId: siteId });
  return presentEstimate(row);
}
