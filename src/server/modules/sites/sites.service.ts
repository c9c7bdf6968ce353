import { newId } from '../../../domain/ids';
import type {
  SiteCreateInput,
  SiteUpdateInput,
  SiteView,
  SiteWorkersInput,
  SiteWorkerView,
} from '../../../domain/sites.schemas';
import { isUniqueViolation } from '../../platform/db/pg-errors';
import { AppError } from '../../platform/errors';
import { orgContext, type OrgServiceContext, type ServiceContext } from '../../platform/http/route-spec';
import * as areasRepo from '../areas/areas.repo';
import { findLocalGroup } from '../local-groups/local-groups.repo';
import { canSeeSiteNotes } from './sites.presenter';
import * as repo from './sites.repo';
import { siteWorkerScope } from './sites.scope';
import { siteNotesColumn } from './sites.tables';
import { loadAreaInfo, loadOverlaps, presentSites } from './site-views';

const notesAad = (orgId: string, id: string) => siteNotesColumn.aad({ org_id: orgId, id });

/** Names are unique per area once folded: "Estación" and "ESTACION" are the same place. */
async function withUniqueName<T>(
  c: OrgServiceContext,
  site: { id: string; areaId: string; name: string },
  work: () => Promise<T>,
): Promise<T> {
  if (await repo.hasSiteNamed(c.db, { orgId: c.org.orgId, ...site, exceptId: site.id }))
    throw new AppError('conflict', { field: 'name' });
  try {
    return await work();
  } catch (error) {
    if (isUniqueViolation(error, 'sites_name_uq')) throw new AppError('conflict', { field: 'name' });
    throw error;
  }
}

/** The area and local group a site points at must be live records of the organization. */
async function checkReferences(
  c: OrgServiceContext,
  input: { areaId?: string | undefined; localGroupId?: string | null | undefined },
): Promise<void> {
  if (input.areaId && !(await areasRepo.findArea(c.db, c.org.orgId, input.areaId)))
    throw new AppError('validation', { field: 'areaId', params: { reason: 'invalid_value' } });
  if (input.localGroupId && !(await findLocalGroup(c.db, c.org.orgId, input.localGroupId)))
    throw new AppError('validation', { field: 'localGroupId', params: { reason: 'invalid_value' } });
}

/** One site with its notes (when the role may read them; an audited read) and its overlaps. */
async function presentDetail(c: OrgServiceContext, row: repo.SiteRow, auditRead: boolean): Promise<SiteView> {
  const areas = await loadAreaInfo(c);
  const overlaps = await loadOverlaps(c, [row], areas);
  let notes: string | null | undefined;
  if (canSeeSiteNotes(c.org.role)) {
    notes = await c.deps.keyring.decryptNullable(c.org.orgId, row.notesEnc, notesAad(row.orgId, row.id));
    if (auditRead)
      await c.audit({ action: 'site.read', resourceType: 'site', resourceId: row.id, sensitiveRead: true });
  }
  const [view] = await presentSites(c, [row], () => ({ notes, overlaps: overlaps.get(row.id) ?? [] }));
  return view!;
}

export async function listSites(
  ctx: ServiceContext,
  query: { areaId?: string | undefined },
): Promise<SiteView[]> {
  const c = orgContext(ctx);
  const rows = await repo.listSites(c.db, c.org.orgId, {
    areaId: query.areaId,
    workerUserId: siteWorkerScope(c, 'site'),
  });
  return presentSites(c, rows);
}

export async function getSite(ctx: ServiceContext, id: string): Promise<SiteView> {
  const c = orgContext(ctx);
  const row = await repo.findSite(c.db, c.org.orgId, id, siteWorkerScope(c, 'site'));
  if (!row) throw new AppError('not_found');
  return presentDetail(c, row, true);
}

export async function createSite(ctx: ServiceContext, input: SiteCreateInput): Promise<SiteView> {
  const c = orgContext(ctx);
  await checkReferences(c, input);
  const id = input.id ?? newId(c.now.getTime());
  const row: repo.SiteRow = {
    orgId: c.org.orgId,
    id,
    areaId: input.areaId,
    name: input.name,
    typology: input.typology,
    activityDays: input.activityDays,
    opensAt: input.opensAt ?? null,
    closesAt: input.closesAt ?? null,
    localGroupId: input.localGroupId ?? null,
    notesEnc: await c.deps.keyring.encryptNullable(c.org.orgId, input.notes, notesAad(c.org.orgId, id)),
    createdAt: c.now,
    updatedAt: c.now,
    deletedAt: null,
  };
  const inserted = await withUniqueName(c, row, () => repo.insertSite(c.db, row));
  if (!inserted) {
    // A retry of the same create (client-generated id) answers with the record; anything else conflicts.
    const existing = await repo.findSiteIncludingDeleted(c.db, c.org.orgId, id);
    if (!existing || existing.deletedAt || existing.name !== row.name || existing.areaId !== row.areaId)
      throw new AppError('conflict', { field: 'id' });
    return presentDetail(c, existing, false);
  }
  await ctx.audit({ action: 'site.created', resourceType: 'site', resourceId: id });
  return presentDetail(c, row, false);
}

export async function updateSite(ctx: ServiceContext, id: string, input: SiteUpdateInput): Promise<SiteView> {
  const c = orgContext(ctx);
  await checkReferences(c, input);
  const values: repo.SiteChanges = { updatedAt: c.now };
  if (input.areaId !== undefined) values.areaId = input.areaId;
  if (input.name !== undefined) values.name = input.name;
  if (input.typology !== undefined) values.typology = input.typology;
  if (input.activityDays !== undefined) values.activityDays = input.activityDays;
  if (input.opensAt !== undefined) values.opensAt = input.opensAt;
  if (input.closesAt !== undefined) values.closesAt = input.closesAt;
  if (input.localGroupId !== undefined) values.localGroupId = input.localGroupId;
  if (input.notes !== undefined)
    values.notesEnc = await c.deps.keyring.encryptNullable(
      c.org.orgId,
      input.notes,
      notesAad(c.org.orgId, id),
    );
  const current = await repo.findSite(c.db, c.org.orgId, id);
  if (!current) throw new AppError('not_found');
  const renamed = { id, areaId: values.areaId ?? current.areaId, name: values.name ?? current.name };
  const updated = await withUniqueName(c, renamed, () => repo.updateSite(c.db, c.org.orgId, id, values));
  if (!updated) throw new AppError('not_found');
  await ctx.audit({
    action: 'site.updated',
    resourceType: 'site',
    resourceId: id,
    // Which fields changed, never their values.
    details: { fields: Object.keys(input).sort().join(',') },
  });
  const row = await repo.findSite(c.db, c.org.orgId, id);
  if (!row) throw new AppError('not_found');
  return presentDetail(c, row, false);
}

export async function deleteSite(ctx: ServiceContext, id: string): Promise<void> {
  const c = orgContext(ctx);
  const deleted = await repo.updateSite(c.db, c.org.orgId, id, { deletedAt: c.now, updatedAt: c.now });
  if (!deleted) throw new AppError('not_found');
  await ctx.audit({ action: 'site.deleted', resourceType: 'site', resourceId: id });
}

/** Replaces who works a site; every person must hold an active role in the organization. */
export async function replaceSiteWorkers(
  ctx: ServiceContext,
  siteId: string,
  input: SiteWorkersInput,
): Promise<SiteWorkerView[]> {
  const c = orgContext(ctx);
  const site = await repo.findSite(c.db, c.org.orgId, siteId);
  if (!site) throw new AppError('not_found');
  const members = new Set(await repo.activeMemberIds(c.db, c.org.orgId, input.userIds));
  const stranger = input.userIds.findIndex((userId) => !members.has(userId));
  if (stranger >= 0)
    throw new AppError('validation', { field: `userIds.${stranger}`, params: { reason: 'invalid_value' } });
  await repo.replaceWorkers(c.db, { orgId: c.org.orgId, siteId, userIds: input.userIds, now: c.now });
  await ctx.audit({
    action: 'site.workers_replaced',
    resourceType: 'site',
    resourceId: siteId,
    details: { count: input.userIds.length },
  });
  return (await repo.listWorkers(c.db, c.org.orgId, [siteId])).map((w) => ({
    userId: w.userId,
    displayName: w.displayName,
  }));
}
