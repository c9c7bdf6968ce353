import { and, eq, exists } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client';
import { members } from '../members/members.tables';
import { networks, organizations } from '../organizations/organizations.tables';
import { registrySettings } from './registry-settings.tables';

export type RegistrySettingsRow = typeof registrySettings.$inferSelect;

export async function findRegistrySettings(db: DbOrTx, orgId: string): Promise<RegistrySettingsRow | null> {
  const [row] = await db.select().from(registrySettings).where(eq(registrySettings.orgId, orgId));
  return row ?? null;
}

/** Inserts or replaces the organization's row. */
export async function upsertRegistrySettings(db: DbOrTx, row: RegistrySettingsRow): Promise<void> {
  await db
    .insert(registrySettings)
    .values(row)
    .onConflictDoUpdate({
      target: registrySettings.orgId,
      set: {
        dueAfterDays: row.dueAfterDays,
        riskFlags: row.riskFlags,
        recordMigrantStatus: row.recordMigrantStatus,
        recordContactChannel: row.recordContactChannel,
        caseloadNorm: row.caseloadNorm,
        smallCellThreshold: row.smallCellThreshold,
        updatedAt: row.updatedAt,
      },
    });
}

export async function findNetworkUicRecipeId(db: DbOrTx, networkId: string): Promise<string | null> {
  const [row] = await db
    .select({ uicRecipeId: networks.uicRecipeId })
    .from(networks)
    .where(eq(networks.id, networkId));
  return row?.uicRecipeId ?? null;
}

export async function updateNetworkUicRecipeId(
  db: DbOrTx,
  networkId: string,
  uicRecipeId: string,
): Promise<void> {
  await db.update(networks).set({ uicRecipeId }).where(eq(networks.id, networkId));
}

/** Whether any organization of the network has a member (merged or deleted ones count: their hashes stay). */
export async function networkHasMembers(db: DbOrTx, networkId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: organizations.id })
    .from(organizations)
    .where(
      and(
        eq(organizations.networkId, networkId),
        exists(db.select({ one: members.id }).from(members).where(eq(members.orgId, organizations.id))),
      ),
    )
    .limit(1);
  return row !== undefined;
}
