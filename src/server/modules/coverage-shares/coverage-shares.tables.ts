import { sql } from 'drizzle-orm';
import { check, date, index, jsonb, pgTable, primaryKey, uuid } from 'drizzle-orm/pg-core';
import type { CoverageSharePayload } from '../../../domain/coverage-shares.schemas';
import { users } from '../../platform/auth/auth.tables';
import { registerEncryptedColumn } from '../../platform/crypto/encrypted-columns';
import { classify } from '../../platform/db/classification';
import { bytea, timestampMs } from '../../platform/db/column-types';
import { organizations } from '../organizations/organizations.tables';

/**
 * The organization's approval to publish a period's coverage aggregates to its network (SECURITY S7).
 * `payload` is exactly what was previewed and approved: suppressed counts, sites by label only.
 * `sketch_enc` is the HyperLogLog sketch of the keyed hashes of the members reached in the period,
 * sealed under the organization's data key: it is read only to merge sketches on the server and is
 * never returned by any route (only estimates of unions are published). Withdrawing hides both.
 */
export const coverageNetworkShares = pgTable(
  'coverage_network_shares',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id),
    id: uuid('id').notNull(),
    periodStart: date('period_start', { mode: 'string' }).notNull(),
    periodEnd: date('period_end', { mode: 'string' }).notNull(),
    payload: jsonb('payload').$type<CoverageSharePayload>().notNull(),
    sketchEnc: bytea('sketch_enc').notNull(),
    approvedBy: uuid('approved_by').references(() => users.id),
    approvedAt: timestampMs('approved_at').notNull(),
    withdrawnAt: timestampMs('withdrawn_at'),
    withdrawnBy: uuid('withdrawn_by').references(() => users.id),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    index('coverage_network_shares_latest_idx').on(t.orgId, t.approvedAt),
    check('coverage_network_shares_period_check', sql`${t.periodStart} <= ${t.periodEnd}`),
  ],
);

export const coverageShareSketchColumn = registerEncryptedColumn({
  table: 'coverage_network_shares',
  column: 'sketch_enc',
  scopeColumn: 'org_id',
  keyColumns: ['org_id', 'id'],
});

classify(coverageNetworkShares, {
  orgId: 'internal',
  id: 'internal',
  periodStart: 'internal',
  periodEnd: 'internal',
  payload: 'internal',
  sketchEnc: 'sensitive',
  approvedBy: 'internal',
  approvedAt: 'internal',
  withdrawnAt: 'internal',
  withdrawnBy: 'internal',
});
