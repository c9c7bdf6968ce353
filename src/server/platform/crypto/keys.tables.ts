import { integer, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { classify } from '../db/classification';
import { bytea, timestampMs } from '../db/column-types';

/**
 * Data keys, each wrapped (AES-256-GCM) by the master key that never enters the database.
 * scope: an organization id or 'system'; purpose: 'data' (field encryption) or 'audit' (chain HMAC).
 */
export const dataKeys = pgTable(
  'data_keys',
  {
    scope: text('scope').notNull(),
    purpose: text('purpose', { enum: ['data', 'audit'] }).notNull(),
    version: integer('version').notNull(),
    wrapped: bytea('wrapped').notNull(),
    masterKeyId: text('master_key_id').notNull(),
    createdAt: timestampMs('created_at').notNull(),
    retiredAt: timestampMs('retired_at'),
  },
  (t) => [primaryKey({ columns: [t.scope, t.purpose, t.version] })],
);

classify(dataKeys, {
  scope: 'internal',
  purpose: 'internal',
  version: 'internal',
  wrapped: 'sensitive',
  masterKeyId: 'internal',
  createdAt: 'internal',
  retiredAt: 'internal',
});
