import { and, asc, count, eq, isNull, ne } from 'drizzle-orm';
import { normalizePlaceName } from '../../../domain/sites.schemas';
import type { DbOrTx } from '../../platform/db/client';
import { sites } from '../sites/sites.tables';
import { areas } from './areas.tables';

export type AreaRow = typeof areas.$inferSelect;

/** Every live area of the organization (an organization has tens or hundreds, not thousands). */
export async function listAreas(db: DbOrTx, orgId: string): Promise<AreaRow[]> {
  return db
    .select()
    .from(areas)
    .where(and(eq(areas.orgId, orgId), isNull(areas.deletedAt)))
    .orderBy(asc(areas.name));
}

export async function findArea(db: DbOrTx, orgId: string, id: string): Promise<AreaRow | null> {
  const [row] = await db
    .select()
    .from(areas)
    .where(and(eq(areas.orgId, orgId), eq(areas.id, id), isNull(areas.deletedAt)));
  return row ?? null;
}

export async function findAreaIncludingDeleted(
  db: DbOrTx,
  orgId: string,
  id: string,
): Promise<AreaRow | null> {
  const [row] = await db
    .select()
    .from(areas)
    .where(and(eq(areas.orgId, orgId), eq(areas.id, id)));
  return row ?? null;
}

/** Returns false when a record with this id exists already (a retried create). */
export async function insertArea(db: DbOrTx, row: AreaRow): Promise<boolean> {
  const inserted = await db
    .insert(areas)
    .values(row)
    .onConflictDoNothing({ target: [areas.orgId, areas.id] })
    .returning({ id: areas.id });
  return inserted.length === 1;
}

export async function updateArea(
  db: DbOrTx,
  orgId: string,
  id: string,
  values: Partial<Pick<AreaRow, 'name' | 'updatedAt' | 'deletedAt'>>,
): Promise<boolean> {
  const updated = await db
    .update(areas)
    .set(values)
    .where(and(eq(areas.orgId, orgId), eq(areas.id, id), isNull(areas.deletedAt)))
    .returning({ id: areas.id });
  return updated.length === 1;
}

/** Live child areas plus live sites directly in the area: an area in use cannot be removed. */
export async function countAreaUses(db: DbOrTx, orgId: string, id: string): Promise<number> {
  const [children] = await db
    .select({ n: count() })
    .from(areas)
    .where(and(eq(areas.orgId, orgId), eq(areas.parentId, id), isNull(areas.deletedAt)));
  const [inSites] = await db
    .select({ n: count() })
    .from(sites)
    .where(and(eq(sites.orgId, orgId), eq(sites.areaId, id), isNull(sites.deletedAt)));
  return (children?.n ?? 0) + (inSites?.n ?? 0);
}

/** True when a live sibling (same parent; for countries, another country) has the same folded name. */
export async function hasSiblingNamed(
  db: DbOrTx,
  options: { orgId: string; parentId: string | null; name: string; exceptId: string },
): Promise<boolean> {
  const rows = await db
    .select({ name: areas.name })
    .from(areas)
    .where(
      and(
        eq(areas.orgId, options.orgId),
        options.parentId ? eq(areas.parentId, options.parentId) : isNull(areas.parentId),
        ne(areas.id, options.exceptId),
        isNull(areas.deletedAt),
      ),
    );
  const wanted = normalizePlaceName(options.name);
  return rows.some((row) => normalizePlaceName(row.name) === wanted);
}
