import { newId } from '../../../domain/ids';
import type {
  LocalGroupCreateInput,
  LocalGroupUpdateInput,
  LocalGroupView,
} from '../../../domain/organizations.schemas';
import { isUniqueViolation } from '../../platform/db/pg-errors';
import { AppError } from '../../platform/errors';
import { orgContext, type OrgServiceContext, type ServiceContext } from '../../platform/http/route-spec';
import { canSeeNotes, presentLocalGroup } from './local-groups.presenter';
import * as repo from './local-groups.repo';
import { localGroupNotesColumn } from './local-groups.tables';

const notesAad = (orgId: string, id: string) => localGroupNotesColumn.aad({ org_id: orgId, id });

async function decryptNotes(ctx: OrgServiceContext, row: repo.LocalGroupRow): Promise<string | null> {
  return ctx.deps.keyring.decryptNullable(ctx.org.orgId, row.notesEnc, notesAad(row.orgId, row.id));
}

async function withUniqueName<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isUniqueViolation(error, 'local_groups_name_uq')) throw new AppError('conflict', { field: 'name' });
    throw error;
  }
}

export async function listLocalGroups(ctx: ServiceContext): Promise<LocalGroupView[]> {
  const c = orgContext(ctx);
  return (await repo.listLocalGroups(c.db, c.org.orgId)).map((row) => presentLocalGroup(row, c.org.role));
}

/** Detail with the encrypted notes; reading them is a sensitive read and is audited. */
export async function getLocalGroup(ctx: ServiceContext, id: string): Promise<LocalGroupView> {
  const c = orgContext(ctx);
  const row = await repo.findLocalGroup(c.db, c.org.orgId, id);
  if (!row) throw new AppError('not_found');
  if (!canSeeNotes(c.org.role)) return presentLocalGroup(row, c.org.role);
  const notes = await decryptNotes(c, row);
  await ctx.audit({
    action: 'local_group.read',
    resourceType: 'local_group',
    resourceId: id,
    sensitiveRead: true,
  });
  return presentLocalGroup(row, c.org.role, notes);
}

export async function createLocalGroup(
  ctx: ServiceContext,
  input: LocalGroupCreateInput,
): Promise<LocalGroupView> {
  const c = orgContext(ctx);
  const id = input.id ?? newId(c.now.getTime());
  const row: repo.LocalGroupRow = {
    orgId: c.org.orgId,
    id,
    name: input.name,
    notesEnc: await c.deps.keyring.encryptNullable(c.org.orgId, input.notes, notesAad(c.org.orgId, id)),
    createdAt: c.now,
    updatedAt: c.now,
    deletedAt: null,
  };
  const inserted = await withUniqueName(() => repo.insertLocalGroup(c.db, row));
  if (!inserted) {
    // A retry of the same create (client-generated id) answers with the record; anything else conflicts.
    const existing = await repo.findLocalGroupIncludingDeleted(c.db, c.org.orgId, id);
    if (!existing || existing.name !== input.name) throw new AppError('conflict', { field: 'id' });
    return presentLocalGroup(existing, c.org.role, await decryptNotes(c, existing));
  }
  await ctx.audit({ action: 'local_group.created', resourceType: 'local_group', resourceId: id });
  return presentLocalGroup(row, c.org.role, input.notes ?? null);
}

export async function updateLocalGroup(
  ctx: ServiceContext,
  id: string,
  input: LocalGroupUpdateInput,
): Promise<LocalGroupView> {
  const c = orgContext(ctx);
  const values: Parameters<typeof repo.updateLocalGroup>[3] = { updatedAt: c.now };
  if (input.name !== undefined) values.name = input.name;
  if (input.notes !== undefined)
    values.notesEnc = await c.deps.keyring.encryptNullable(
      c.org.orgId,
      input.notes,
      notesAad(c.org.orgId, id),
    );
  const updated = await withUniqueName(() => repo.updateLocalGroup(c.db, c.org.orgId, id, values));
  if (!updated) throw new AppError('not_found');
  await ctx.audit({
    action: 'local_group.updated',
    resourceType: 'local_group',
    resourceId: id,
    details: { name: input.name !== undefined, notes: input.notes !== undefined },
  });
  const row = await repo.findLocalGroup(c.db, c.org.orgId, id);
  if (!row) throw new AppError('not_found');
  return presentLocalGroup(row, c.org.role, await decryptNotes(c, row));
}

export async function deleteLocalGroup(ctx: ServiceContext, id: string): Promise<void> {
  const c = orgContext(ctx);
  const deleted = await repo.updateLocalGroup(c.db, c.org.orgId, id, { deletedAt: c.now, updatedAt: c.now });
  if (!deleted) throw new AppError('not_found');
  await ctx.audit({ action: 'local_group.deleted', resourceType: 'local_group', resourceId: id });
}
