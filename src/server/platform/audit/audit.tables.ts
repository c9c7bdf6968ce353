import { bigint, boolean, index, jsonb, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { classify } from '../db/classification';
import { timestampMs } from '../db/column-types';

/**
 * Append-only, hash-chained audit log (SECURITY.md S6). One chain per organization (and one for
 * events outside any organization) so that appends only serialise within a tenant. The hash is an
 * HMAC under a key that lives outside the database (wrapped by the master key), so a database-level
 * attacker cannot re-forge the chain after editing a row.
 */
export const auditLog = pgTable(
  'audit_log',
  {
    chain: text('chain').notNull(),
    seq: bigint('seq', { mode: 'number' }).notNull(),
    orgId: uuid('org_id'),
    at: timestampMs('at').notNull(),
    actorUserId: uuid('actor_user_id'),
    actorRole: text('actor_role'),
    action: text('action').notNull(),
    resourceType: text('resource_type').notNull(),
    resourceId: text('resource_id'),
    sensitiveRead: boolean('sensitive_read').notNull(),
    ipTag: text('ip_tag'),
    details: jsonb('details').$type<Record<string, string | number | boolean | null>>().notNull(),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.chain, t.seq] }),
    index('audit_log_resource_idx').on(t.orgId, t.resourceType, t.resourceId),
    index('audit_log_actor_idx').on(t.actorUserId),
  ],
);

/** The last link of each chain: deleting the newest rows is detected against it. */
export const auditChainHeads = pgTable('audit_chain_heads', {
  chain: text('chain').primaryKey(),
  seq: bigint('seq', { mode: 'number' }).notNull(),
  hash: text('hash').notNull(),
});

classify(auditLog, {
  chain: 'internal',
  seq: 'internal',
  orgId: 'internal',
  at: 'internal',
  actorUserId: 'internal',
  actorRole: 'internal',
  action: 'internal',
  resourceType: 'internal',
  resourceId: 'internal',
  sensitiveRead: 'internal',
  ipTag: 'personal',
  details: 'internal',
  prevHash: 'internal',
  hash: 'internal',
});
classify(auditChainHeads, { chain: 'internal', seq: 'internal', hash: 'internal' });
