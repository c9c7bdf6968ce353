import { sql } from 'drizzle-orm';
import { check, date, index, jsonb, pgTable, primaryKey, uuid } from 'drizzle-orm/pg-core';
import type { CaseAggregates } from '../../../domain/case-analysis.schemas';
import { users } from '../../platform/auth/auth.tables';
import { classify } from '../../platform/db/classification';
import { timestampMs } from '../../platform/db/column-types';
import { organizations } from '../organizations/organizations.tables';

/**
 * The organization's approval to publish its case aggregates to the network (SECURITY S7). `payload`
 * is exactly what was previewed and approved: suppressed tables of counts only (no ids, no text but
 * category keys), from cases with `network_share` consent. Withdrawing hides it from the regional view.
 */
export const hrNetworkShares = pgTable(
  'hr_network_shares',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id),
    id: uuid('id').notNull(),
    periodStart: date('period_start', { mode: 'string' }).notNull(),
    periodEnd: date('period_end', { mode: 'string' }).notNull(),
    payload: jsonb('payload').$type<CaseAggregates>().notNull(),
    approvedBy: uuid('approved_by').references(() => users.id),
    approvedAt: timestampMs('approved_at').notNull(),
    withdrawnAt: timestampMs('withdrawn_at'),
    withdrawnBy: uuid('withdrawn_by').references(() => users.id),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    index('hr_network_shares_latest_idx').on(t.orgId, t.approvedAt),
    check('hr_network_shares_period_check', sql`${t.periodStart} <= ${t.periodEnd}`),
  ],
);

classify(hrNetworkShares, {
  orgId: 'internal',
  id: 'internal',
  periodStart: 'internal',
  periodEnd: 'internal',
  payload: 'internal',
  approvedBy: 'internal',
  approvedAt: 'internal',
  withdrawnAt: 'internal',
  withdrawnBy: 'internal',
});
