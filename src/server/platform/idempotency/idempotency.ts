import { and, eq } from 'drizzle-orm';
import type { Db, Tx } from '../db/client';
import type { KeyRing } from '../crypto/keyring';
import { SYSTEM_SCOPE } from '../crypto/keyring';
import { idempotencyKeys, idempotencyResponseColumn } from './idempotency.tables';

export interface StoredResponse {
  status: number;
  body: unknown;
  requestHash: string;
}

/**
 * Fingerprint of a request, to tell a retry from a different request under the same key. Keyed, so
 * that a copy of the database cannot be used to test guesses of what a body held (notes, passwords).
 */
export function hashRequest(
  keyring: KeyRing,
  route: string,
  params: unknown,
  body: unknown,
): Promise<string> {
  return keyring.keyedTag('request', JSON.stringify([route, params ?? null, body ?? null]));
}

function aadFor(userId: string, key: string): string {
  return idempotencyResponseColumn.aad({ user_id: userId, key });
}

/** Claims a key inside the write's transaction; false when another request already holds it. */
export async function claimIdempotencyKey(
  tx: Tx,
  claim: { userId: string; key: string; orgId: string | null; route: string; requestHash: string; now: Date },
): Promise<boolean> {
  const inserted = await tx
    .insert(idempotencyKeys)
    .values({ ...claim, status: 0, responseEnc: null, createdAt: claim.now })
    .onConflictDoNothing()
    .returning({ key: idempotencyKeys.key });
  return inserted.length === 1;
}

/** Stores the response (encrypted: it may hold decrypted fields) with the claimed key. */
export async function completeIdempotencyKey(
  tx: Tx,
  keyring: KeyRing,
  done: { userId: string; key: string; status: number; body: unknown },
): Promise<void> {
  const responseEnc = await keyring.encryptText(
    SYSTEM_SCOPE,
    JSON.stringify(done.body ?? null),
    aadFor(done.userId, done.key),
  );
  await tx
    .update(idempotencyKeys)
    .set({ status: done.status, responseEnc })
    .where(and(eq(idempotencyKeys.userId, done.userId), eq(idempotencyKeys.key, done.key)));
}

/** The response recorded for a key, if its write committed. */
export async function findStoredResponse(
  db: Db,
  keyring: KeyRing,
  userId: string,
  key: string,
): Promise<StoredResponse | null> {
  const [row] = await db
    .select()
    .from(idempotencyKeys)
    .where(and(eq(idempotencyKeys.userId, userId), eq(idempotencyKeys.key, key)));
  if (!row || row.status === 0 || !row.responseEnc) return null;
  const text = await keyring.decryptText(SYSTEM_SCOPE, row.responseEnc, aadFor(userId, key));
  return { status: row.status, body: JSON.parse(text) as unknown, requestHash: row.requestHash };
}
