import { newId } from '../../../domain/ids';
import {
  childLevelOf,
  type AreaCreateInput,
  type AreaUpdateInput,
  type AreaView,
} from '../../../domain/sites.schemas';
import { isUniqueViolation } from '../../platform/db/pg-errors';
import { AppError } from '../../platform/errors';
import { orgContext, type OrgServiceContext, type ServiceContext } from '../../platform/http/route-spec';
import { areaPaths, presentArea } from './areas.presenter';
import * as repo from './areas.repo';

/** Sibling names are unique once folded: "Mejicanos" and "MEJICANOS" are the same place. */
async function withUniqueNames<T>(
  c: OrgServiceContext,
  area: { id: string; parentId: string | null; name: string },
  work: () => Promise<T>,
): Promise<T> {
  if (await repo.hasSiblingNamed(c.db, { orgId: c.org.orgId, ...area, exceptId: area.id }))
    throw new AppError('conflict', { field: 'name' });
  try {
    return await work();
  } catch (error) {
    if (isUniqueViolation(error, 'areas_sibling_name_uq')) throw new AppError('conflict', { field: 'name' });
    if (isUniqueViolation(error, 'areas_country_uq'))
      throw new AppError('conflict', { field: 'countryCode' });
    throw error;
  }
}

async function present(c: OrgServiceContext, id: string): Promise<AreaView> {
  const rows = await repo.listAreas(c.db, c.org.orgId);
  const row = rows.find((area) => area.id === id);
  if (!row) throw new AppError('not_found');
  return presentArea(row, areaPaths(rows).get(id) ?? [row.name]);
}

export async function listAreas(ctx: ServiceContext): Promise<AreaView[]> {
  const c = orgContext(ctx);
  const rows = await repo.listAreas(c.db, c.org.orgId);
  const paths = areaPaths(rows);
  return rows
    .map((row) => presentArea(row, paths.get(row.id) ?? [row.name]))
    .sort((a, b) => a.path.join('\u0000').localeCompare(b.path.join('\u0000')));
}

/** The country code of a new area: its own for a country, its parent's otherwise (one level up). */
async function countryCodeFor(c: OrgServiceContext, input: AreaCreateInput): Promise<string> {
  if (input.level === 'country') return input.countryCode!;
  const parent = await repo.findArea(c.db, c.org.orgId, input.parentId!);
  if (!parent) throw new AppError('validation', { field: 'parentId', params: { reason: 'invalid_value' } });
  if (childLevelOf(parent.level) !== input.level)
    throw new AppError('validation', { field: 'parentId', params: { reason: 'area_parent_level' } });
  return parent.countryCode;
}

export async function createArea(ctx: ServiceContext, input: AreaCreateInput): Promise<AreaView> {
  const c = orgContext(ctx);
  const id = input.id ?? newId(c.now.getTime());
  const row: repo.AreaRow = {
    orgId: c.org.orgId,
    id,
    parentId: input.level === 'country' ? null : input.parentId!,
    level: input.level,
    name: input.name,
    countryCode: await countryCodeFor(c, input),
    createdAt: c.now,
    updatedAt: c.now,
    deletedAt: null,
  };
  const inserted = await withUniqueNames(c, row, () => repo.insertArea(c.db, row));
  if (!inserted) {
    // A retry of the same create (client-generated id) answers with the record; anything else conflicts.
    const existing = await repo.findAreaIncludingDeleted(c.db, c.org.orgId, id);
    if (!existing || existing.deletedAt || existing.name !== row.name || existing.parentId !== row.parentId)
      throw new AppError('conflict', { field: 'id' });
    return present(c, id);
  }
  await ctx.audit({
    action: 'area.created',
    resourceType: 'area',
    resourceId: id,
    details: { level: row.level },
  });
  return present(c, id);
}

export async function updateArea(ctx: ServiceContext, id: string, input: AreaUpdateInput): Promise<AreaView> {
  const c = orgContext(ctx);
  const area = await repo.findArea(c.db, c.org.orgId, id);
  if (!area) throw new AppError('not_found');
  const renamed = { id, parentId: area.parentId, name: input.name };
  const updated = await withUniqueNames(c, renamed, () =>
    repo.updateArea(c.db, c.org.orgId, id, { name: input.name, updatedAt: c.now }),
  );
  if (!updated) throw new AppError('not_found');
  await ctx.audit({ action: 'area.updated', resourceType: 'area', resourceId: id });
  return present(c, id);
}

/** Removes an area that holds no live area or site (those would lose their place). */
export async function deleteArea(ctx: ServiceContext, id: string): Promise<void> {
  const c = orgContext(ctx);
  const area = await repo.findArea(c.db, c.org.orgId, id);
  if (!area) throw new AppError('not_found');
  if ((await repo.countAreaUses(c.db, c.org.orgId, id)) > 0)
    throw new AppError('conflict', { messageKey: 'sites.errors.areaInUse' });
  await repo.updateArea(c.db, c.org.orgId, id, { deletedAt: c.now, updatedAt: c.now });
  await ctx.audit({ action: 'area.deleted', resourceType: 'area', resourceId: id });
}
