import { and, eq, isNull, like, lt, lte, or, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import type { KeyRing } from '../crypto/keyring';
import { authThrottle } from './auth.tables';

/** ASVS V6: slow down guessing per account and per client address, without revealing accounts. */
export const THROTTLE_RULES = {
  account: { maxFailures: 5, windowMs: 15 * 60_000, lockMs: 15 * 60_000 },
  address: { maxFailures: 30, windowMs: 15 * 60_000, lockMs: 15 * 60_000 },
  // The public self-report form (issue 5): every report counts, per client address and per form
  // link; wrong claim codes and wrong links count per address; messages count per report.
  self_report_address: { maxFailures: 10, windowMs: 60 * 60_000, lockMs: 60 * 60_000 },
  self_report_form: { maxFailures: 60, windowMs: 60 * 60_000, lockMs: 60 * 60_000 },
  self_report_guess: { maxFailures: 10, windowMs: 15 * 60_000, lockMs: 15 * 60_000 },
  self_report_message: { maxFailures: 20, windowMs: 60 * 60_000, lockMs: 60 * 60_000 },
  // Capacity assessment ballots (issue 6): wrong ballot tokens, per client address.
  capacity_ballot_guess: { maxFailures: 20, windowMs: 15 * 60_000, lockMs: 15 * 60_000 },
  // Shared-priority ballots (issue 7): wrong ballot tokens, per client address.
  priority_ballot_guess: { maxFailures: 20, windowMs: 15 * 60_000, lockMs: 15 * 60_000 },
} as const;

export type ThrottleKind = keyof typeof THROTTLE_RULES;
type Kind = ThrottleKind;

/** The throttle row of an account or address: a keyed tag, so the table names no one. */
export async function throttleKey(keyring: KeyRing, kind: Kind, value: string): Promise<string> {
  return `${kind}:${await keyring.keyedTag(`throttle:${kind}`, value.toLowerCase(), 40)}`;
}

/** True when the key is locked at `now`. */
export async function isLocked(db: Db, key: string, now: Date): Promise<boolean> {
  const [row] = await db
    .select({ lockedUntil: authThrottle.lockedUntil })
    .from(authThrottle)
    .where(eq(authThrottle.key, key));
  return Boolean(row?.lockedUntil && row.lockedUntil > now);
}

/** Counts a failure; locks the key when the window's limit is reached. Committed on its own. */
export async function recordFailure(db: Db, kind: Kind, key: string, now: Date): Promise<void> {
  const rule = THROTTLE_RULES[kind];
  const windowStart = new Date(now.getTime() - rule.windowMs);
  const lockUntil = new Date(now.getTime() + rule.lockMs);
  await db
    .insert(authThrottle)
    .values({ key, failures: 1, windowStartedAt: now, lockedUntil: rule.maxFailures <= 1 ? lockUntil : null })
    .onConflictDoUpdate({
      target: authThrottle.key,
      set: {
        failures: sql`case when ${authThrottle.windowStartedAt} < ${windowStart} then 1 else ${authThrottle.failures} + 1 end`,
        windowStartedAt: sql`case when ${authThrottle.windowStartedAt} < ${windowStart} then ${now} else ${authThrottle.windowStartedAt} end`,
        lockedUntil: sql`case when ${authThrottle.windowStartedAt} >= ${windowStart} and ${authThrottle.failures} + 1 >= ${rule.maxFailures} then ${lockUntil} else ${authThrottle.lockedUntil} end`,
      },
    });
}

/**
 * Deletes the rows of these kinds whose window has passed and that are not locked any more: they
 * count nothing, and a keyed address tag with its time is better not kept longer than it is used.
 */
export async function purgeExpired(db: Db, kinds: readonly Kind[], now: Date): Promise<void> {
  if (kinds.length === 0) return;
  const expired = kinds.map((kind) => {
    const windowStart = new Date(now.getTime() - THROTTLE_RULES[kind].windowMs);
    return and(
      like(authThrottle.key, `${kind.replace(/_/g, '\\_')}:%`),
      lt(authThrottle.windowStartedAt, windowStart),
      or(isNull(authThrottle.lockedUntil), lte(authThrottle.lockedUntil, now)),
    );
  });
  await db.delete(authThrottle).where(or(...expired));
}

export async function clearFailures(db: Db, key: string): Promise<void> {
  await db.delete(authThrottle).where(eq(authThrottle.key, key));
}
