import { sql } from 'drizzle-orm';
import {
  check,
  date,
  foreignKey,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from '../../platform/auth/auth.tables';
import { classify } from '../../platform/db/classification';
import { timestampMs } from '../../platform/db/column-types';
import { organizations } from '../organizations/organizations.tables';

/** Where commodities are kept: a drop-in centre or an outreach team. */
export const stockPoints = pgTable(
  'stock_points',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id),
    id: uuid('id').notNull(),
    name: text('name').notNull(),
    kind: text('kind', { enum: ['drop_in_centre', 'team'] }).notNull(),
    /** Optional "running low" levels; null = only the stock-out (balance ≤ 0) flag. */
    thresholdCondoms: integer('threshold_condoms'),
    thresholdLubricant: integer('threshold_lubricant'),
    thresholdHivSelfTests: integer('threshold_hiv_self_tests'),
    createdAt: timestampMs('created_at').notNull(),
    updatedAt: timestampMs('updated_at').notNull(),
    deletedAt: timestampMs('deleted_at'),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    check('stock_points_kind_check', sql`${t.kind} in ('drop_in_centre', 'team')`),
  ],
);

/** Commodities received at a stock point: append-only (a trigger refuses UPDATE and DELETE). */
export const stockReceipts = pgTable(
  'stock_receipts',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id),
    id: uuid('id').notNull(),
    stockPointId: uuid('stock_point_id').notNull(),
    item: text('item', { enum: ['condoms', 'lubricant', 'hiv_self_tests'] }).notNull(),
    quantity: integer('quantity').notNull(),
    receivedOn: date('received_on', { mode: 'string' }).notNull(),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestampMs('created_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId, t.stockPointId], foreignColumns: [stockPoints.orgId, stockPoints.id] }),
    index('stock_receipts_point_idx').on(t.orgId, t.stockPointId),
    check('stock_receipts_item_check', sql`${t.item} in ('condoms', 'lubricant', 'hiv_self_tests')`),
    check('stock_receipts_quantity_check', sql`${t.quantity} > 0`),
  ],
);

classify(stockPoints, {
  orgId: 'internal',
  id: 'internal',
  name: 'internal',
  kind: 'internal',
  thresholdCondoms: 'internal',
  thresholdLubricant: 'internal',
  thresholdHivSelfTests: 'internal',
  createdAt: 'internal',
  updatedAt: 'internal',
  deletedAt: 'internal',
});
classify(stockReceipts, {
  orgId: 'internal',
  id: 'internal',
  stockPointId: 'internal',
  item: 'internal',
  quantity: 'internal',
  receivedOn: 'internal',
  createdBy: 'personal',
  createdAt: 'internal',
});
