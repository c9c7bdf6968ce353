import { and, asc, eq, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client';
import { localGroups } from './local-groups.tables';

export type LocalGroupRow = typeof localGroups.$inferSelect;

/** Every query is scoped by the tenant: an id from another organization simply does not match. */
export async function listLocalGroups(db: DbOrTx, orgId: string): Promise<LocalGroupRow[]> {
  return db
    .select()
    .from(localGroups)
    .where(and(eq(localGroups.orgId, orgId), isNull(localGroups.deletedAt)))
    .orderBy(asc(localGroups.name));
}

export async function findLocalGroup(db: DbOrTx, orgId: string, id: string): Promise<LocalGroupRow | null> {
  const [row] = await db
    .select()
    .from(localGroups)
    .where(and(eq(localGroups.orgId, orgId), eq(localGroups.id, id), isNull(localGroups.deletedAt)));
  return row ?? null;
}

export async function findLocalGroupIncludingDeleted(
  db: DbOrTx,
  orgId: string,
  id: string,
): Promise<LocalGroupRow | null> {
  const [row] = await db
    .select()
    .from(localGroups)
    .where(and(eq(localGroups.orgId, orgId), eq(localGroups.id, id)));
  return row ?? null;
}

/** Returns false when a record with this id exists already (a retried create). */
export async function insertLocalGroup(db: DbOrTx, row: LocalGroupRow): Promise<boolean> {
  const inserted = await db
    .insert(localGroups)
    .values(row)
    .onConflictDoNothing({ target: [localGroups.orgId, localGroups.id] })
    .returning({ id: localGroups.id });
  return inserted.length === 1;
}

export async function updateLocalGroup(
  db: DbOrTx,
  orgId: string,
  id: string,
  values: Partial<Pick<LocalGroupRow, 'name' | 'notesEnc' | 'updatedAt' | 'deletedAt'>>,
): Promise<boolean> {
  const updated = await db
    .update(localGroups)
    .set(values)
    .where(and(eq(localGroups.orgId, orgId), eq(localGroups.id, id), isNull(localGroups.deletedAt)))
    .returning({ id: localGroups.id });
  return updated.length === 1;
}
