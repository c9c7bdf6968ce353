import { and, desc, eq, gt, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client';
import { areas } from '../areas/areas.tables';
import { safetyAlerts } from './safety-alerts.tables';

export type SafetyAlertRow = typeof safetyAlerts.$inferSelect;
export type SafetyAlertWithArea = SafetyAlertRow & { areaName: string | null };

/** Active = not withdrawn and not yet expired at `now` (the injectable clock): newest first. */
export async function listActiveAlerts(db: DbOrTx, orgId: string, now: Date): Promise<SafetyAlertWithArea[]> {
  const rows = await db
    .select({ alert: safetyAlerts, areaName: areas.name })
    .from(safetyAlerts)
    .leftJoin(areas, and(eq(areas.orgId, safetyAlerts.orgId), eq(areas.id, safetyAlerts.areaId)))
    .where(
      and(eq(safetyAlerts.orgId, orgId), isNull(safetyAlerts.withdrawnAt), gt(safetyAlerts.expiresAt, now)),
    )
    .orderBy(desc(safetyAlerts.publishedAt))
    .limit(200);
  return rows.map((row) => ({ ...row.alert, areaName: row.areaName ?? null }));
}

export async function findAlert(db: DbOrTx, orgId: string, id: string): Promise<SafetyAlertWithArea | null> {
  const [row] = await db
    .select({ alert: safetyAlerts, areaName: areas.name })
    .from(safetyAlerts)
    .leftJoin(areas, and(eq(areas.orgId, safetyAlerts.orgId), eq(areas.id, safetyAlerts.areaId)))
    .where(and(eq(safetyAlerts.orgId, orgId), eq(safetyAlerts.id, id)));
  return row ? { ...row.alert, areaName: row.areaName ?? null } : null;
}

/** Returns false when an alert with this id exists already (a retried publish). */
export async function insertAlert(db: DbOrTx, row: SafetyAlertRow): Promise<boolean> {
  const inserted = await db
    .insert(safetyAlerts)
    .values(row)
    .onConflictDoNothing({ target: [safetyAlerts.orgId, safetyAlerts.id] })
    .returning({ id: safetyAlerts.id });
  return inserted.length === 1;
}

export async function withdrawAlert(
  db: DbOrTx,
  orgId: string,
  id: string,
  values: { withdrawnAt: Date; withdrawnBy: string },
): Promise<boolean> {
  const updated = await db
    .update(safetyAlerts)
    .set(values)
    .where(and(eq(safetyAlerts.orgId, orgId), eq(safetyAlerts.id, id), isNull(safetyAlerts.withdrawnAt)))
    .returning({ id: safetyAlerts.id });
  return updated.length === 1;
}
