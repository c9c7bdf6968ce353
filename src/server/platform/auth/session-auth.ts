import { and, eq, isNull } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import { memberships } from '../../modules/org-users/memberships.tables';
import { networks, organizations } from '../../modules/organizations/organizations.tables';
import type { DbOrTx } from '../db/client';
import type { AppDeps } from '../deps';
import type { Actor, OrgAccess } from '../http/route-spec';
import { sessions, users } from './auth.tables';
import { hashSessionToken, SESSION_COOKIE } from './session-tokens';

const TOUCH_INTERVAL_MS = 60_000;

/**
 * Resolves the session cookie to an actor, enforcing revocation, idle and absolute timeouts and
 * disabled accounts. Returns null when there is no valid session.
 */
export async function authenticateRequest(
  deps: AppDeps,
  request: FastifyRequest,
  now: Date,
): Promise<Actor | null> {
  const token = request.cookies[SESSION_COOKIE];
  if (!token || token.length > 200) return null;
  const [row] = await deps.db
    .select({
      id: sessions.id,
      state: sessions.state,
      lastSeenAt: sessions.lastSeenAt,
      expiresAt: sessions.expiresAt,
      revokedAt: sessions.revokedAt,
      userId: users.id,
      username: users.username,
      disabledAt: users.disabledAt,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.tokenHash, hashSessionToken(token)));
  if (!row || row.revokedAt || row.disabledAt) return null;
  const idleLimit = deps.config.sessionIdleMinutes * 60_000;
  const expired = now >= row.expiresAt || now.getTime() - row.lastSeenAt.getTime() >= idleLimit;
  if (expired) {
    await deps.db
      .update(sessions)
      .set({ revokedAt: now, revokedReason: 'expired' })
      .where(and(eq(sessions.id, row.id), isNull(sessions.revokedAt)));
    return null;
  }
  if (now.getTime() - row.lastSeenAt.getTime() >= TOUCH_INTERVAL_MS) {
    await deps.db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.id, row.id));
  }
  return {
    userId: row.userId,
    username: row.username,
    sessionId: row.id,
    sessionState: row.state,
    sessionToken: token,
  };
}

/** The caller's active membership in an organization, or null (deny). */
export async function resolveOrgAccess(db: DbOrTx, userId: string, orgId: string): Promise<OrgAccess | null> {
  const [row] = await db
    .select({
      orgId: organizations.id,
      orgName: organizations.name,
      networkId: organizations.networkId,
      level: organizations.level,
      role: memberships.role,
      membershipId: memberships.id,
      localGroupId: memberships.localGroupId,
    })
    .from(memberships)
    .innerJoin(organizations, eq(organizations.id, memberships.orgId))
    .innerJoin(networks, eq(networks.id, organizations.networkId))
    .where(and(eq(memberships.orgId, orgId), eq(memberships.userId, userId), isNull(memberships.disabledAt)));
  return row ?? null;
}
