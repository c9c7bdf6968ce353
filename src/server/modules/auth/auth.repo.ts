import { and, asc, eq, gt, inArray, isNull, ne, sql } from 'drizzle-orm';
import { ROLES_REQUIRING_TOTP } from '../../../domain/roles';
import { recoveryCodes, sessions, users } from '../../platform/auth/auth.tables';
import type { DbOrTx } from '../../platform/db/client';
import { memberships } from '../org-users/memberships.tables';
import { networks, organizations } from '../organizations/organizations.tables';

export type UserRow = typeof users.$inferSelect;
export type SessionRow = typeof sessions.$inferSelect;

export async function findUserByUsername(db: DbOrTx, username: string): Promise<UserRow | null> {
  const [row] = await db
    .select()
    .from(users)
    .where(eq(sql`lower(${users.username})`, username.trim().toLowerCase()));
  return row ?? null;
}

export async function findUserById(db: DbOrTx, userId: string): Promise<UserRow | null> {
  const [row] = await db.select().from(users).where(eq(users.id, userId));
  return row ?? null;
}

export async function updateUser(
  db: DbOrTx,
  userId: string,
  values: Partial<Omit<UserRow, 'id'>>,
): Promise<void> {
  await db.update(users).set(values).where(eq(users.id, userId));
}

/** True when any active membership of the user has a role that must use TOTP. */
export async function userRequiresTotp(db: DbOrTx, userId: string): Promise<boolean> {
  const rows = await db
    .select({ id: memberships.id })
    .from(memberships)
    .where(
      and(
        eq(memberships.userId, userId),
        isNull(memberships.disabledAt),
        inArray(memberships.role, [...ROLES_REQUIRING_TOTP]),
      ),
    )
    .limit(1);
  return rows.length > 0;
}

export async function insertSession(db: DbOrTx, row: SessionRow): Promise<void> {
  await db.insert(sessions).values(row);
}

/** Gives a session a new token (its old one stops working at once). */
export async function replaceSessionToken(db: DbOrTx, sessionId: string, tokenHash: Buffer): Promise<void> {
  await db.update(sessions).set({ tokenHash }).where(eq(sessions.id, sessionId));
}

export async function setSessionState(
  db: DbOrTx,
  sessionId: string,
  state: SessionRow['state'],
): Promise<void> {
  await db.update(sessions).set({ state }).where(eq(sessions.id, sessionId));
}

export async function revokeSession(
  db: DbOrTx,
  where: { sessionId: string; userId: string },
  now: Date,
  reason: string,
): Promise<number> {
  const revoked = await db
    .update(sessions)
    .set({ revokedAt: now, revokedReason: reason })
    .where(
      and(eq(sessions.id, where.sessionId), eq(sessions.userId, where.userId), isNull(sessions.revokedAt)),
    )
    .returning({ id: sessions.id });
  return revoked.length;
}

/** Revokes every session of a user, optionally keeping one (the caller's). */
export async function revokeUserSessions(
  db: DbOrTx,
  userId: string,
  now: Date,
  reason: string,
  keepSessionId?: string,
): Promise<void> {
  const conditions = [eq(sessions.userId, userId), isNull(sessions.revokedAt)];
  if (keepSessionId) conditions.push(ne(sessions.id, keepSessionId));
  await db
    .update(sessions)
    .set({ revokedAt: now, revokedReason: reason })
    .where(and(...conditions));
}

/** Sessions that still work: not revoked, not past their absolute limit, not idle too long. */
export async function listLiveSessions(
  db: DbOrTx,
  userId: string,
  now: Date,
  idleMs: number,
): Promise<SessionRow[]> {
  return db
    .select()
    .from(sessions)
    .where(
      and(
        eq(sessions.userId, userId),
        isNull(sessions.revokedAt),
        gt(sessions.expiresAt, now),
        gt(sessions.lastSeenAt, new Date(now.getTime() - idleMs)),
      ),
    )
    .orderBy(asc(sessions.createdAt));
}

export async function replaceRecoveryCodes(
  db: DbOrTx,
  userId: string,
  rows: (typeof recoveryCodes.$inferInsert)[],
): Promise<void> {
  await db.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
  if (rows.length) await db.insert(recoveryCodes).values(rows);
}

/** Marks a recovery code used; false when it does not exist or was used already. */
export async function consumeRecoveryCode(
  db: DbOrTx,
  userId: string,
  codeHash: string,
  now: Date,
): Promise<boolean> {
  const used = await db
    .update(recoveryCodes)
    .set({ usedAt: now })
    .where(
      and(
        eq(recoveryCodes.userId, userId),
        eq(recoveryCodes.codeHash, codeHash),
        isNull(recoveryCodes.usedAt),
      ),
    )
    .returning({ id: recoveryCodes.id });
  return used.length === 1;
}

export async function listMembershipsOfUser(db: DbOrTx, userId: string) {
  return (
    db
      .select({
        orgId: organizations.id,
        orgName: organizations.name,
        orgLevel: organizations.level,
        countryCode: organizations.countryCode,
        networkId: networks.id,
        networkName: networks.name,
        role: memberships.role,
        localGroupId: memberships.localGroupId,
      })
      .from(memberships)
      .innerJoin(organizations, eq(organizations.id, memberships.orgId))
      .innerJoin(networks, eq(networks.id, organizations.networkId))
      .where(and(eq(memberships.userId, userId), isNull(memberships.disabledAt)))
      // The account's first organization first (where sign-in lands), then by when it joined the others.
      .orderBy(asc(memberships.createdAt), asc(organizations.name))
  );
}
