import { eq, sql } from 'drizzle-orm';
import type { Tx } from '../db/client';
import type { KeyRing } from '../crypto/keyring';
import { GENESIS_HASH, hashAuditRow, type AuditFields } from './audit-hash';
import { auditChainHeads, auditLog } from './audit.tables';

/** An event to record. Details hold identifiers and counts only — never sensitive values. */
export interface AuditEvent {
  action: string;
  resourceType: string;
  resourceId?: string | null;
  sensitiveRead?: boolean;
  details?: Record<string, string | number | boolean | null>;
}

export interface AuditActor {
  orgId: string | null;
  userId: string | null;
  role: string | null;
  ipTag: string | null;
}

export const SYSTEM_CHAIN = 'system';

/**
 * Appends an event to its organization's chain inside the caller's transaction, so the change and
 * its audit row commit or fail together. The chain head row lock serialises appends per chain.
 */
export async function appendAudit(
  tx: Tx,
  keyring: KeyRing,
  actor: AuditActor,
  event: AuditEvent,
  at: Date,
): Promise<void> {
  const chain = actor.orgId ?? SYSTEM_CHAIN;
  const key = await keyring.auditKey();
  await tx.insert(auditChainHeads).values({ chain, seq: 0, hash: GENESIS_HASH }).onConflictDoNothing();
  const [head] = await tx
    .select({ seq: auditChainHeads.seq, hash: auditChainHeads.hash })
    .from(auditChainHeads)
    .where(eq(auditChainHeads.chain, chain))
    .for('update');
  if (!head) throw new Error('audit chain head missing');
  const row: AuditFields = {
    chain,
    seq: head.seq + 1,
    orgId: actor.orgId,
    at,
    actorUserId: actor.userId,
    actorRole: actor.role,
    action: event.action,
    resourceType: event.resourceType,
    resourceId: event.resourceId ?? null,
    sensitiveRead: event.sensitiveRead ?? false,
    ipTag: actor.ipTag,
    details: event.details ?? {},
    prevHash: head.hash,
  };
  const hash = hashAuditRow(key, row);
  await tx.insert(auditLog).values({ ...row, hash });
  await tx.update(auditChainHeads).set({ seq: row.seq, hash }).where(eq(auditChainHeads.chain, chain));
}

/** Number of audit rows, for tests and health output. */
export async function countAuditRows(tx: Tx): Promise<number> {
  const [row] = await tx.select({ n: sql<number>`count(*)::int` }).from(auditLog);
  return row?.n ?? 0;
}
