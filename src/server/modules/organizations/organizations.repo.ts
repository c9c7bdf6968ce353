import { asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client';
import { networks, organizations } from './organizations.tables';

export type OrganizationRow = typeof organizations.$inferSelect;
export type NetworkRow = typeof networks.$inferSelect;

export async function findOrganization(db: DbOrTx, orgId: string): Promise<OrganizationRow | null> {
  const [row] = await db.select().from(organizations).where(eq(organizations.id, orgId));
  return row ?? null;
}

export async function updateOrganization(
  db: DbOrTx,
  orgId: string,
  values: Partial<Pick<OrganizationRow, 'name' | 'countryCode'>>,
): Promise<void> {
  if (Object.keys(values).length === 0) return; // an empty PATCH changes nothing (and SET needs a column)
  await db.update(organizations).set(values).where(eq(organizations.id, orgId));
}

export async function listOrganizationsOfNetwork(db: DbOrTx, networkId: string): Promise<OrganizationRow[]> {
  return db
    .select()
    .from(organizations)
    .where(eq(organizations.networkId, networkId))
    .orderBy(asc(organizations.level), asc(organizations.name));
}

/** Inserts an organization; returns false when that id exists already (idempotent retry). */
export async function insertOrganization(db: DbOrTx, row: OrganizationRow): Promise<boolean> {
  const inserted = await db
    .insert(organizations)
    .values(row)
    .onConflictDoNothing()
    .returning({ id: organizations.id });
  return inserted.length === 1;
}

export async function insertNetwork(db: DbOrTx, row: typeof networks.$inferInsert): Promise<void> {
  await db.insert(networks).values(row);
}

export async function countOrganizations(db: DbOrTx): Promise<number> {
  return (await db.$count(organizations)) ?? 0;
}

export async function listAllOrganizationIds(db: DbOrTx): Promise<string[]> {
  return (await db.select({ id: organizations.id }).from(organizations)).map((row) => row.id);
}
