import { z } from 'zod';
import { Name, Uuid } from './common.schemas';
import { ContactDate } from './contacts.schemas';

/** Commodities counted in stock (the same three a contact hands out). */
export const STOCK_ITEMS = ['condoms', 'lubricant', 'hiv_self_tests'] as const;
export const StockItem = z.enum(STOCK_ITEMS);
export type StockItem = z.infer<typeof StockItem>;

/** Where stock is kept: a drop-in centre or an outreach team. */
export const STOCK_POINT_KINDS = ['drop_in_centre', 'team'] as const;
export const StockPointKind = z.enum(STOCK_POINT_KINDS);
export type StockPointKind = z.infer<typeof StockPointKind>;

export const STOCK_LIMITS = { quantityMax: 1_000_000, thresholdMax: 100_000 } as const;

const Threshold = z.number().int().min(0).max(STOCK_LIMITS.thresholdMax).nullable().optional();

/** Optional "running low" level per item; a balance at or below 0 is always a stock-out. */
export const StockThresholds = z.strictObject({
  condoms: Threshold,
  lubricant: Threshold,
  hiv_self_tests: Threshold,
});
export type StockThresholds = z.infer<typeof StockThresholds>;

export const StockPointCreateInput = z.strictObject({
  id: Uuid.optional(),
  name: Name,
  kind: StockPointKind,
  thresholds: StockThresholds.optional(),
});
export type StockPointCreateInput = z.infer<typeof StockPointCreateInput>;

/** Rename a stock point or change its "running low" levels (null clears one). */
export const StockPointUpdateInput = z.strictObject({
  name: Name.optional(),
  thresholds: StockThresholds.optional(),
});
export type StockPointUpdateInput = z.infer<typeof StockPointUpdateInput>;

export const StockReceiptInput = z.strictObject({
  id: Uuid.optional(),
  item: StockItem,
  quantity: z.number().int().min(1).max(STOCK_LIMITS.quantityMax),
  receivedOn: ContactDate,
});
export type StockReceiptInput = z.infer<typeof StockReceiptInput>;

export const StockPointParams = z.strictObject({ orgId: z.uuid(), stockPointId: Uuid });

export const StockBalanceView = z.strictObject({
  item: StockItem,
  received: z.number(),
  distributed: z.number(),
  balance: z.number(),
  threshold: z.number().nullable(),
  /** Balance at or below zero. */
  stockOut: z.boolean(),
  /** Balance above zero but at or below the threshold. */
  low: z.boolean(),
});
export type StockBalanceView = z.infer<typeof StockBalanceView>;

export const StockPointView = z.strictObject({
  id: z.string(),
  name: z.string(),
  kind: StockPointKind,
  balances: z.array(StockBalanceView),
  stockOut: z.boolean(),
  createdAt: z.string(),
});
export type StockPointView = z.infer<typeof StockPointView>;

export const StockPointList = z.strictObject({ stockPoints: z.array(StockPointView) });
export type StockPointList = z.infer<typeof StockPointList>;

export const StockReceiptView = z.strictObject({
  id: z.string(),
  item: StockItem,
  quantity: z.number(),
  receivedOn: z.string(),
  createdBy: z.string().nullable(),
  createdAt: z.string(),
});
export type StockReceiptView = z.infer<typeof StockReceiptView>;

export const StockPointDetail = z.strictObject({
  stockPoint: StockPointView,
  receipts: z.array(StockReceiptView),
});
export type StockPointDetail = z.infer<typeof StockPointDetail>;

export interface StockBalanceInput {
  item: StockItem;
  received: number;
  distributed: number;
  threshold: number | null;
}

/** Balance and flags of one item: stock-out at or below zero, low at or below the threshold. */
export function computeStockBalance(input: StockBalanceInput): StockBalanceView {
  const balance = input.received - input.distributed;
  const stockOut = balance <= 0;
  const low = !stockOut && input.threshold !== null && balance <= input.threshold;
  return { ...input, balance, stockOut, low };
}
