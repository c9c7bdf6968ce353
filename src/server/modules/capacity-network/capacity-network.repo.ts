import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client';
import { organizations } from '../organizations/organizations.tables';
import { capacityNetworkSettings, capacitySharingConsents, taRequests } from './capacity-network.tables';

export type SharingRow = typeof capacitySharingConsents.$inferSelect;
export type TaRequestRow = typeof taRequests.$inferSelect;

export async function findSharing(db: DbOrTx, orgId: string): Promise<SharingRow | null> {
  const [row] = await db
    .select()
    .from(capacitySharingConsents)
    .where(eq(capacitySharingConsents.orgId, orgId));
  return row ?? null;
}

export async function upsertSharing(db: DbOrTx, row: SharingRow): Promise<void> {
  await db
    .insert(capacitySharingConsents)
    .values(row)
    .onConflictDoUpdate({
      target: capacitySharingConsents.orgId,
      set: {
        shareScores: row.shareScores,
        shareTaRequests: row.shareTaRequests,
        updatedBy: row.updatedBy,
        updatedAt: row.updatedAt,
      },
    });
}

export async function listTaRequests(db: DbOrTx, orgId: string): Promise<TaRequestRow[]> {
  return db
    .select()
    .from(taRequests)
    .where(eq(taRequests.orgId, orgId))
    .orderBy(asc(taRequests.status), desc(taRequests.createdAt));
}

export async function findTaRequest(db: DbOrTx, orgId: string, id: string): Promise<TaRequestRow | null> {
  const [row] = await db
    .select()
    .from(taRequests)
    .where(and(eq(taRequests.orgId, orgId), eq(taRequests.id, id)));
  return row ?? null;
}

export async function insertTaRequest(db: DbOrTx, row: TaRequestRow): Promise<boolean> {
  const inserted = await db
    .insert(taRequests)
    .values(row)
    .onConflictDoNothing({ target: [taRequests.orgId, taRequests.id] })
    .returning({ id: taRequests.id });
  return inserted.length === 1;
}

export async function updateTaRequest(
  db: DbOrTx,
  orgId: string,
  id: string,
  values: Partial<Pick<TaRequestRow, 'status' | 'descriptionEnc' | 'updatedAt'>>,
): Promise<boolean> {
  const updated = await db
    .update(taRequests)
    .set(values)
    .where(and(eq(taRequests.orgId, orgId), eq(taRequests.id, id)))
    .returning({ id: taRequests.id });
  return updated.length === 1;
}

export async function findNetworkSettings(db: DbOrTx, orgId: string) {
  const [row] = await db
    .select()
    .from(capacityNetworkSettings)
    .where(eq(capacityNetworkSettings.orgId, orgId));
  return row ?? null;
}

export async function upsertNetworkSettings(db: DbOrTx, row: typeof capacityNetworkSettings.$inferSelect) {
  await db
    .insert(capacityNetworkSettings)
    .values(row)
    .onConflictDoUpdate({
      target: capacityNetworkSettings.orgId,
      set: { minOrganizations: row.minOrganizations, updatedBy: row.updatedBy, updatedAt: row.updatedAt },
    });
}

// ── The network view: the only queries of this module that cross tenants, on purpose. They read
// the organizations of the caller's network and, for each, only what it consented to share.

export interface NetworkOrg {
  id: string;
  name: string;
  shareScores: boolean;
  shareTaRequests: boolean;
}

/** Every organization of the network of `orgId`, with its consent (false when it never answered). */
export async function listNetworkOrgs(db: DbOrTx, orgId: string): Promise<NetworkOrg[]> {
  const here = db
    .select({ networkId: organizations.networkId })
    .from(organizations)
    .where(eq(organizations.id, orgId));
  const rows = await db
    .select({
      id: organizations.id,
      name: organizations.name,
      shareScores: capacitySharingConsents.shareScores,
      shareTaRequests: capacitySharingConsents.shareTaRequests,
    })
    .from(organizations)
    .leftJoin(capacitySharingConsents, eq(capacitySharingConsents.orgId, organizations.id))
    .where(eq(organizations.networkId, sql`(${here})`))
    .orderBy(asc(organizations.name));
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    shareScores: row.shareScores ?? false,
    shareTaRequests: row.shareTaRequests ?? false,
  }));
}

/** Open (or in-progress) technical-assistance requests of these organizations: domain keys only. */
export async function listOpenTaRequestDomains(db: DbOrTx, orgIds: string[]) {
  if (orgIds.length === 0) return [];
  return db
    .select({ orgId: taRequests.orgId, domainKey: taRequests.domainKey })
    .from(taRequests)
    .where(and(inArray(taRequests.orgId, orgIds), inArray(taRequests.status, ['open', 'in_progress'])));
}
