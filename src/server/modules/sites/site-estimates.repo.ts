import { and, desc, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client';
import { siteEstimates } from './sites.tables';

export type EstimateRow = typeof siteEstimates.$inferSelect;

const newestFirst = [desc(siteEstimates.estimatedOn), desc(siteEstimates.createdAt), desc(siteEstimates.id)];

/** The history of a site's size estimates, the current one first. */
export async function listEstimates(db: DbOrTx, orgId: string, siteId: string): Promise<EstimateRow[]> {
  return db
    .select()
    .from(siteEstimates)
    .where(and(eq(siteEstimates.orgId, orgId), eq(siteEstimates.siteId, siteId)))
    .orderBy(...newestFirst);
}

/** The current estimate (latest `estimated_on`) of each given site that has one. */
export async function currentEstimates(
  db: DbOrTx,
  orgId: string,
  siteIds: readonly string[],
): Promise<Map<string, EstimateRow>> {
  if (siteIds.length === 0) return new Map();
  const rows = await db
    .selectDistinctOn([siteEstimates.siteId])
    .from(siteEstimates)
    .where(and(eq(siteEstimates.orgId, orgId), inArray(siteEstimates.siteId, [...siteIds])))
    .orderBy(siteEstimates.siteId, ...newestFirst);
  return new Map(rows.map((row) => [row.siteId, row]));
}

export async function findEstimate(db: DbOrTx, orgId: string, id: string): Promise<EstimateRow | null> {
  const [row] = await db
    .select()
    .from(siteEstimates)
    .where(and(eq(siteEstimates.orgId, orgId), eq(siteEstimates.id, id)));
  return row ?? null;
}

/** Append-only: returns false when an estimate with this id exists already (a retried create). */
export async function insertEstimate(db: DbOrTx, row: EstimateRow): Promise<boolean> {
  const inserted = await db
    .insert(siteEstimates)
    .values(row)
    .onConflictDoNothing({ target: [siteEstimates.orgId, siteEstimates.id] })
    .returning({ id: siteEstimates.id });
  return inserted.length === 1;
}
