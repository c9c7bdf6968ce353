import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client';
import { sites } from '../sites/sites.tables';
import { coverageExportSettings } from './coverage-exports.tables';

export type CoverageExportSettingsRow = typeof coverageExportSettings.$inferSelect;

export async function findExportSettings(
  db: DbOrTx,
  orgId: string,
): Promise<CoverageExportSettingsRow | null> {
  const [row] = await db.select().from(coverageExportSettings).where(eq(coverageExportSettings.orgId, orgId));
  return row ?? null;
}

/** Inserts or replaces the organization's row. */
export async function upsertExportSettings(db: DbOrTx, row: CoverageExportSettingsRow): Promise<void> {
  await db
    .insert(coverageExportSettings)
    .values(row)
    .onConflictDoUpdate({
      target: coverageExportSettings.orgId,
      set: {
        labels: row.labels,
        dataSet: row.dataSet,
        dataElements: row.dataElements,
        orgUnits: row.orgUnits,
        updatedAt: row.updatedAt,
      },
    });
}

/** Which of these ids are live sites of the organization. */
export async function existingSiteIds(
  db: DbOrTx,
  orgId: string,
  ids: readonly string[],
): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .select({ id: sites.id })
    .from(sites)
    .where(and(eq(sites.orgId, orgId), inArray(sites.id, [...ids]), isNull(sites.deletedAt)));
  return new Set(rows.map((r) => r.id));
}
