import { and, asc, eq, inArray, isNull, ne } from 'drizzle-orm';
import { users } from '../../platform/auth/auth.tables';
import type { DbOrTx } from '../../platform/db/client';
import { memberships } from '../org-users/memberships.tables';
import { indicators, indicatorTargets } from './indicators.tables';

export type IndicatorRow = typeof indicators.$inferSelect;
export type TargetRow = typeof indicatorTargets.$inferSelect;

/** Every query is scoped by the tenant: an id from another organization simply does not match. */
export async function listIndicators(
  db: DbOrTx,
  orgId: string,
  options: { activeOnly?: boolean } = {},
): Promise<IndicatorRow[]> {
  return db
    .select()
    .from(indicators)
    .where(and(eq(indicators.orgId, orgId), options.activeOnly ? isNull(indicators.archivedAt) : undefined))
    .orderBy(asc(indicators.createdAt), asc(indicators.id));
}

export async function findIndicator(db: DbOrTx, orgId: string, id: string): Promise<IndicatorRow | null> {
  const [row] = await db
    .select()
    .from(indicators)
    .where(and(eq(indicators.orgId, orgId), eq(indicators.id, id)));
  return row ?? null;
}

/** Returns false when a record with this id exists already (a retried create). */
export async function insertIndicator(db: DbOrTx, row: IndicatorRow): Promise<boolean> {
  const inserted = await db
    .insert(indicators)
    .values(row)
    .onConflictDoNothing({ target: [indicators.orgId, indicators.id] })
    .returning({ id: indicators.id });
  return inserted.length === 1;
}

export async function updateIndicator(
  db: DbOrTx,
  orgId: string,
  id: string,
  values: Partial<Pick<IndicatorRow, 'name' | 'archivedAt' | 'updatedAt'>>,
): Promise<IndicatorRow | null> {
  const [row] = await db
    .update(indicators)
    .set(values)
    .where(and(eq(indicators.orgId, orgId), eq(indicators.id, id)))
    .returning();
  return row ?? null;
}

export async function listTargets(
  db: DbOrTx,
  orgId: string,
  indicatorIds: readonly string[],
): Promise<TargetRow[]> {
  if (indicatorIds.length === 0) return [];
  return db
    .select()
    .from(indicatorTargets)
    .where(and(eq(indicatorTargets.orgId, orgId), inArray(indicatorTargets.indicatorId, [...indicatorIds])))
    .orderBy(asc(indicatorTargets.periodStart), asc(indicatorTargets.periodType));
}

export async function upsertTarget(db: DbOrTx, row: TargetRow): Promise<void> {
  await db
    .insert(indicatorTargets)
    .values(row)
    .onConflictDoUpdate({
      target: [
        indicatorTargets.orgId,
        indicatorTargets.indicatorId,
        indicatorTargets.periodType,
        indicatorTargets.periodStart,
      ],
      set: { target: row.target, updatedAt: row.updatedAt },
    });
}

export async function deleteTarget(
  db: DbOrTx,
  orgId: string,
  key: Pick<TargetRow, 'indicatorId' | 'periodType' | 'periodStart'>,
): Promise<void> {
  await db
    .delete(indicatorTargets)
    .where(
      and(
        eq(indicatorTargets.orgId, orgId),
        eq(indicatorTargets.indicatorId, key.indicatorId),
        eq(indicatorTargets.periodType, key.periodType),
        eq(indicatorTargets.periodStart, key.periodStart),
      ),
    );
}

/** True when `userId` holds an active staff role (not `network_analyst`) in the organization. */
export async function isActiveStaff(db: DbOrTx, orgId: string, userId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: memberships.id })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(
        eq(memberships.orgId, orgId),
        eq(memberships.userId, userId),
        isNull(memberships.disabledAt),
        isNull(users.disabledAt),
        ne(memberships.role, 'network_analyst'),
      ),
    );
  return Boolean(row);
}

/** Display names of the given accounts (owners and authors shown in the review). */
export async function displayNames(db: DbOrTx, userIds: readonly string[]): Promise<Map<string, string>> {
  const ids = [...new Set(userIds)];
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: users.id, name: users.displayName })
    .from(users)
    .where(inArray(users.id, ids));
  return new Map(rows.map((row) => [row.id, row.name]));
}
