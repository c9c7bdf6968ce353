import { and, asc, desc, eq, inArray, isNotNull, isNull, sql } from 'drizzle-orm';
import type { StockItem } from '../../../domain/stock.schemas';
import type { DbOrTx } from '../../platform/db/client';
import { isEffectiveContact } from '../contacts/contact-effective';
import { contacts } from '../contacts/contacts.tables';
import { stockPoints, stockReceipts } from './stock.tables';

export type StockPointRow = typeof stockPoints.$inferSelect;
export type StockReceiptRow = typeof stockReceipts.$inferSelect;
export type ItemTotals = Record<StockItem, number>;

const zero = (): ItemTotals => ({ condoms: 0, lubricant: 0, hiv_self_tests: 0 });

export async function listStockPoints(db: DbOrTx, orgId: string): Promise<StockPointRow[]> {
  return db
    .select()
    .from(stockPoints)
    .where(and(eq(stockPoints.orgId, orgId), isNull(stockPoints.deletedAt)))
    .orderBy(asc(stockPoints.name));
}

export async function findStockPoint(db: DbOrTx, orgId: string, id: string): Promise<StockPointRow | null> {
  const [row] = await db
    .select()
    .from(stockPoints)
    .where(and(eq(stockPoints.orgId, orgId), eq(stockPoints.id, id), isNull(stockPoints.deletedAt)));
  return row ?? null;
}

export async function findStockPointIncludingDeleted(db: DbOrTx, orgId: string, id: string) {
  const [row] = await db
    .select()
    .from(stockPoints)
    .where(and(eq(stockPoints.orgId, orgId), eq(stockPoints.id, id)));
  return row ?? null;
}

export async function insertStockPoint(db: DbOrTx, row: StockPointRow): Promise<boolean> {
  const inserted = await db
    .insert(stockPoints)
    .values(row)
    .onConflictDoNothing({ target: [stockPoints.orgId, stockPoints.id] })
    .returning({ id: stockPoints.id });
  return inserted.length === 1;
}

export async function updateStockPoint(
  db: DbOrTx,
  orgId: string,
  id: string,
  values: Partial<
    Pick<
      StockPointRow,
      'name' | 'thresholdCondoms' | 'thresholdLubricant' | 'thresholdHivSelfTests' | 'updatedAt'
    >
  >,
): Promise<StockPointRow | null> {
  const [row] = await db
    .update(stockPoints)
    .set(values)
    .where(and(eq(stockPoints.orgId, orgId), eq(stockPoints.id, id), isNull(stockPoints.deletedAt)))
    .returning();
  return row ?? null;
}

export async function insertReceipt(db: DbOrTx, row: StockReceiptRow): Promise<boolean> {
  const inserted = await db
    .insert(stockReceipts)
    .values(row)
    .onConflictDoNothing({ target: [stockReceipts.orgId, stockReceipts.id] })
    .returning({ id: stockReceipts.id });
  return inserted.length === 1;
}

export async function findReceipt(db: DbOrTx, orgId: string, id: string): Promise<StockReceiptRow | null> {
  const [row] = await db
    .select()
    .from(stockReceipts)
    .where(and(eq(stockReceipts.orgId, orgId), eq(stockReceipts.id, id)));
  return row ?? null;
}

export async function listReceipts(db: DbOrTx, orgId: string, stockPointId: string, limit = 200) {
  return db
    .select()
    .from(stockReceipts)
    .where(and(eq(stockReceipts.orgId, orgId), eq(stockReceipts.stockPointId, stockPointId)))
    .orderBy(desc(stockReceipts.receivedOn), desc(stockReceipts.createdAt))
    .limit(limit);
}

/** Received per item, per stock point. */
export async function sumReceived(
  db: DbOrTx,
  orgId: string,
  pointIds: readonly string[],
): Promise<Map<string, ItemTotals>> {
  const totals = new Map<string, ItemTotals>();
  if (pointIds.length === 0) return totals;
  const rows = await db
    .select({
      pointId: stockReceipts.stockPointId,
      item: stockReceipts.item,
      quantity: sql<number>`sum(${stockReceipts.quantity})::int`,
    })
    .from(stockReceipts)
    .where(and(eq(stockReceipts.orgId, orgId), inArray(stockReceipts.stockPointId, [...pointIds])))
    .groupBy(stockReceipts.stockPointId, stockReceipts.item);
  for (const row of rows) {
    const entry = totals.get(row.pointId) ?? zero();
    entry[row.item] = Number(row.quantity);
    totals.set(row.pointId, entry);
  }
  return totals;
}

/** Distributed per item, per stock point: what effective contacts recorded against it handed out. */
export async function sumDistributed(
  db: DbOrTx,
  orgId: string,
  pointIds: readonly string[],
): Promise<Map<string, ItemTotals>> {
  if (pointIds.length === 0) return new Map();
  const rows = await db
    .select({
      pointId: sql<string>`${contacts.stockPointId}`,
      condoms: sql<number>`sum(${contacts.condoms})::int`,
      lubricant: sql<number>`sum(${contacts.lubricant})::int`,
      hivSelfTests: sql<number>`sum(${contacts.hivSelfTests})::int`,
    })
    .from(contacts)
    .where(
      and(
        eq(contacts.orgId, orgId),
        isNotNull(contacts.stockPointId),
        inArray(contacts.stockPointId, [...pointIds]),
        isEffectiveContact,
      ),
    )
    .groupBy(contacts.stockPointId);
  return new Map(
    rows.map((row) => [
      row.pointId,
      {
        condoms: Number(row.condoms),
        lubricant: Number(row.lubricant),
        hiv_self_tests: Number(row.hivSelfTests),
      },
    ]),
  );
}

export { zero as zeroTotals };
