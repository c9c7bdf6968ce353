import {
  computeStockBalance,
  STOCK_ITEMS,
  type StockItem,
  type StockPointView,
  type StockReceiptView,
} from '../../../domain/stock.schemas';
import type { ItemTotals, StockPointRow, StockReceiptRow } from './stock.repo';

function thresholdOf(row: StockPointRow, item: StockItem): number | null {
  switch (item) {
    case 'condoms':
      return row.thresholdCondoms;
    case 'lubricant':
      return row.thresholdLubricant;
    case 'hiv_self_tests':
      return row.thresholdHivSelfTests;
  }
}

/**
 * A stock point with its balance per item. The point is flagged out of stock when an item it handles
 * (anything received or given) is at or below zero: a team that never carries self-tests is not
 * "out" of them.
 */
export function presentStockPoint(
  row: StockPointRow,
  received: ItemTotals,
  distributed: ItemTotals,
): StockPointView {
  const balances = STOCK_ITEMS.map((item) =>
    computeStockBalance({
      item,
      received: received[item],
      distributed: distributed[item],
      threshold: thresholdOf(row, item),
    }),
  );
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    balances,
    stockOut: balances.some((b) => b.stockOut && (b.received > 0 || b.distributed > 0)),
    createdAt: row.createdAt.toISOString(),
  };
}

export function presentReceipt(row: StockReceiptRow): StockReceiptView {
  return {
    id: row.id,
    item: row.item,
    quantity: row.quantity,
    receivedOn: row.receivedOn,
    createdBy: row.createdBy,
    createdAt: row.createdAt.toISOString(),
  };
}
