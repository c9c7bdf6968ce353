import { and, asc, desc, eq, gte, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client';
import { safeSpaceActivities, safeSpaces, safeSpaceVisits } from './safe-spaces.tables';

export type SafeSpaceRow = typeof safeSpaces.$inferSelect;
export type VisitRow = typeof safeSpaceVisits.$inferSelect;
export type ActivityRow = typeof safeSpaceActivities.$inferSelect;

/** Every query is scoped by the tenant. */
export async function listSafeSpaces(db: DbOrTx, orgId: string): Promise<SafeSpaceRow[]> {
  return db.select().from(safeSpaces).where(eq(safeSpaces.orgId, orgId)).orderBy(asc(safeSpaces.name));
}

export async function findSafeSpace(db: DbOrTx, orgId: string, id: string): Promise<SafeSpaceRow | null> {
  const [row] = await db
    .select()
    .from(safeSpaces)
    .where(and(eq(safeSpaces.orgId, orgId), eq(safeSpaces.id, id)));
  return row ?? null;
}

export async function insertSafeSpace(db: DbOrTx, row: SafeSpaceRow): Promise<void> {
  await db.insert(safeSpaces).values(row);
}

export async function updateSafeSpace(
  db: DbOrTx,
  orgId: string,
  id: string,
  values: Partial<Omit<SafeSpaceRow, 'orgId' | 'id'>>,
): Promise<void> {
  await db
    .update(safeSpaces)
    .set(values)
    .where(and(eq(safeSpaces.orgId, orgId), eq(safeSpaces.id, id)));
}

export async function findVisit(db: DbOrTx, orgId: string, id: string): Promise<VisitRow | null> {
  const [row] = await db
    .select()
    .from(safeSpaceVisits)
    .where(and(eq(safeSpaceVisits.orgId, orgId), eq(safeSpaceVisits.id, id)));
  return row ?? null;
}

/** False when the id, or the member on that day, is already in. */
export async function insertVisit(db: DbOrTx, row: VisitRow): Promise<boolean> {
  const inserted = await db
    .insert(safeSpaceVisits)
    .values(row)
    .onConflictDoNothing()
    .returning({ id: safeSpaceVisits.id });
  return inserted.length === 1;
}

/** Visits per day since `fromOn`: members by record and the anonymous tallies. */
export async function visitsByDay(db: DbOrTx, orgId: string, safeSpaceId: string, fromOn: string) {
  return db
    .select({
      visitedOn: safeSpaceVisits.visitedOn,
      memberVisits: sql<number>`count(${safeSpaceVisits.memberId})::int`,
      anonymousVisits: sql<number>`coalesce(sum(${safeSpaceVisits.anonymousCount}), 0)::int`,
    })
    .from(safeSpaceVisits)
    .where(
      and(
        eq(safeSpaceVisits.orgId, orgId),
        eq(safeSpaceVisits.safeSpaceId, safeSpaceId),
        gte(safeSpaceVisits.visitedOn, fromOn),
      ),
    )
    .groupBy(safeSpaceVisits.visitedOn)
    .orderBy(desc(safeSpaceVisits.visitedOn));
}

export async function listActivities(db: DbOrTx, orgId: string, safeSpaceId: string) {
  return db
    .select()
    .from(safeSpaceActivities)
    .where(and(eq(safeSpaceActivities.orgId, orgId), eq(safeSpaceActivities.safeSpaceId, safeSpaceId)))
    .orderBy(desc(safeSpaceActivities.heldOn), desc(safeSpaceActivities.id));
}

export async function findActivity(db: DbOrTx, orgId: string, id: string): Promise<ActivityRow | null> {
  const [row] = await db
    .select()
    .from(safeSpaceActivities)
    .where(and(eq(safeSpaceActivities.orgId, orgId), eq(safeSpaceActivities.id, id)));
  return row ?? null;
}

export async function insertActivity(db: DbOrTx, row: ActivityRow): Promise<void> {
  await db.insert(safeSpaceActivities).values(row);
}
