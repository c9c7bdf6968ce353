import { integer, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { registerEncryptedColumn } from '../crypto/encrypted-columns';
import { classify } from '../db/classification';
import { bytea, timestampMs } from '../db/column-types';

/**
 * Idempotency keys of writes (exactly-once for retries and, later, offline sync). The stored response
 * may contain decrypted fields, so it is kept encrypted under the system data key.
 */
export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    userId: uuid('user_id').notNull(),
    key: text('key').notNull(),
    orgId: uuid('org_id'),
    route: text('route').notNull(),
    requestHash: text('request_hash').notNull(),
    status: integer('status').notNull(),
    responseEnc: bytea('response_enc'),
    createdAt: timestampMs('created_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.key] })],
);

export const idempotencyResponseColumn = registerEncryptedColumn({
  table: 'idempotency_keys',
  column: 'response_enc',
  scopeColumn: null,
  keyColumns: ['user_id', 'key'],
});

classify(idempotencyKeys, {
  userId: 'internal',
  key: 'internal',
  orgId: 'internal',
  route: 'internal',
  requestHash: 'internal',
  status: 'internal',
  responseEnc: 'sensitive',
  createdAt: 'internal',
});
