import { newId } from '../../../domain/ids';
import type {
  StockPointCreateInput,
  StockPointDetail,
  StockPointUpdateInput,
  StockPointView,
  StockReceiptInput,
  StockReceiptView,
} from '../../../domain/stock.schemas';
import { AppError } from '../../platform/errors';
import { orgContext, type OrgServiceContext, type ServiceContext } from '../../platform/http/route-spec';
import { presentReceipt, presentStockPoint } from './stock.presenter';
import * as repo from './stock.repo';

const todayOf = (now: Date) => now.toISOString().slice(0, 10);

async function presentPoints(c: OrgServiceContext, rows: repo.StockPointRow[]): Promise<StockPointView[]> {
  const ids = rows.map((row) => row.id);
  const received = await repo.sumReceived(c.db, c.org.orgId, ids);
  const distributed = await repo.sumDistributed(c.db, c.org.orgId, ids);
  return rows.map((row) =>
    presentStockPoint(
      row,
      received.get(row.id) ?? repo.zeroTotals(),
      distributed.get(row.id) ?? repo.zeroTotals(),
    ),
  );
}

/** Every stock point of the organization with received, distributed, balance and stock-out per item. */
export async function listStockPoints(ctx: ServiceContext): Promise<StockPointView[]> {
  const c = orgContext(ctx);
  return presentPoints(c, await repo.listStockPoints(c.db, c.org.orgId));
}

async function requireStockPoint(c: OrgServiceContext, id: string): Promise<repo.StockPointRow> {
  const row = await repo.findStockPoint(c.db, c.org.orgId, id);
  if (!row) throw new AppError('not_found');
  return row;
}

export async function getStockPoint(ctx: ServiceContext, id: string): Promise<StockPointDetail> {
  const c = orgContext(ctx);
  const row = await requireStockPoint(c, id);
  const [stockPoint] = await presentPoints(c, [row]);
  const receipts = await repo.listReceipts(c.db, c.org.orgId, id);
  return { stockPoint: stockPoint as StockPointView, receipts: receipts.map(presentReceipt) };
}

export async function createStockPoint(
  ctx: ServiceContext,
  input: StockPointCreateInput,
): Promise<StockPointView> {
  const c = orgContext(ctx);
  const id = input.id ?? newId(c.now.getTime());
  const row: repo.StockPointRow = {
    orgId: c.org.orgId,
    id,
    name: input.name,
    kind: input.kind,
    thresholdCondoms: input.thresholds?.condoms ?? null,
    thresholdLubricant: input.thresholds?.lubricant ?? null,
    thresholdHivSelfTests: input.thresholds?.hiv_self_tests ?? null,
    createdAt: c.now,
    updatedAt: c.now,
    deletedAt: null,
  };
  if (!(await repo.insertStockPoint(c.db, row))) {
    // A retried create (client id) answers the record; another record under that id conflicts.
    const existing = await repo.findStockPointIncludingDeleted(c.db, c.org.orgId, id);
    if (!existing || existing.name !== input.name) throw new AppError('conflict', { field: 'id' });
    return (await presentPoints(c, [existing]))[0] as StockPointView;
  }
  await ctx.audit({ action: 'stock_point.created', resourceType: 'stock_point', resourceId: id });
  return (await presentPoints(c, [row]))[0] as StockPointView;
}

/** Renames a stock point or changes its thresholds (given keys only; null clears a threshold). */
export async function updateStockPoint(
  ctx: ServiceContext,
  id: string,
  input: StockPointUpdateInput,
): Promise<StockPointView> {
  const c = orgContext(ctx);
  const values: Parameters<typeof repo.updateStockPoint>[3] = { updatedAt: c.now };
  if (input.name !== undefined) values.name = input.name;
  const thresholds = input.thresholds ?? {};
  if (thresholds.condoms !== undefined) values.thresholdCondoms = thresholds.condoms;
  if (thresholds.lubricant !== undefined) values.thresholdLubricant = thresholds.lubricant;
  if (thresholds.hiv_self_tests !== undefined) values.thresholdHivSelfTests = thresholds.hiv_self_tests;
  const row = await repo.updateStockPoint(c.db, c.org.orgId, id, values);
  if (!row) throw new AppError('not_found');
  await ctx.audit({
    action: 'stock_point.updated',
    resourceType: 'stock_point',
    resourceId: id,
    details: { name: input.name !== undefined, thresholds: Object.keys(thresholds).join(',') },
  });
  return (await presentPoints(c, [row]))[0] as StockPointView;
}

/** Records commodities received at a stock point (append-only; a mistake is offset by distribution). */
export async function receiveStock(
  ctx: ServiceContext,
  stockPointId: string,
  input: StockReceiptInput,
): Promise<StockReceiptView> {
  const c = orgContext(ctx);
  await requireStockPoint(c, stockPointId);
  if (input.receivedOn > todayOf(c.now))
    throw new AppError('validation', { field: 'receivedOn', params: { reason: 'not_in_future' } });
  const id = input.id ?? newId(c.now.getTime());
  const row: repo.StockReceiptRow = {
    orgId: c.org.orgId,
    id,
    stockPointId,
    item: input.item,
    quantity: input.quantity,
    receivedOn: input.receivedOn,
    createdBy: c.actor.userId,
    createdAt: c.now,
  };
  if (!(await repo.insertReceipt(c.db, row))) {
    const existing = await repo.findReceipt(c.db, c.org.orgId, id);
    if (!existing || existing.stockPointId !== stockPointId || existing.item !== input.item)
      throw new AppError('conflict', { field: 'id' });
    return presentReceipt(existing);
  }
  await ctx.audit({
    action: 'stock_receipt.created',
    resourceType: 'stock_point',
    resourceId: stockPointId,
    details: { receiptId: id, item: input.item, quantity: input.quantity },
  });
  return presentReceipt(row);
}
