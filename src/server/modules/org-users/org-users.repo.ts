import { and, asc, eq, isNull, ne, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { recoveryCodes, users } from '../../platform/auth/auth.tables';
import type { DbOrTx } from '../../platform/db/client';
import { localGroups } from '../local-groups/local-groups.tables';
import { memberships } from './memberships.tables';

export type MembershipRow = typeof memberships.$inferSelect;
export type UserInsert = typeof users.$inferInsert;

const orgUserColumns = {
  membershipId: memberships.id,
  userId: users.id,
  username: users.username,
  displayName: users.displayName,
  role: memberships.role,
  localGroupId: memberships.localGroupId,
  membershipDisabledAt: memberships.disabledAt,
  userDisabledAt: users.disabledAt,
  totpEnabledAt: users.totpEnabledAt,
  lastLoginAt: users.lastLoginAt,
};

export type OrgUserRow = {
  [K in keyof typeof orgUserColumns]:
    | (typeof orgUserColumns)[K]['_']['data']
    | ((typeof orgUserColumns)[K]['_']['notNull'] extends true ? never : null);
};

export async function listOrgUsers(db: DbOrTx, orgId: string): Promise<OrgUserRow[]> {
  return db
    .select(orgUserColumns)
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.orgId, orgId))
    .orderBy(asc(users.displayName));
}

export async function findOrgUser(
  db: DbOrTx,
  orgId: string,
  membershipId: string,
): Promise<OrgUserRow | null> {
  const [row] = await db
    .select(orgUserColumns)
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.orgId, orgId), eq(memberships.id, membershipId)));
  return row ?? null;
}

export async function insertUser(db: DbOrTx, row: UserInsert): Promise<void> {
  await db.insert(users).values(row);
}

/** Returns false when an account with this id exists already (a retried create). */
export async function insertUserUnlessIdExists(db: DbOrTx, row: UserInsert): Promise<boolean> {
  const inserted = await db
    .insert(users)
    .values(row)
    .onConflictDoNothing({ target: users.id })
    .returning({ id: users.id });
  return inserted.length === 1;
}

export async function findOrgUserByUserId(
  db: DbOrTx,
  orgId: string,
  userId: string,
): Promise<OrgUserRow | null> {
  const [row] = await db
    .select(orgUserColumns)
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.orgId, orgId), eq(memberships.userId, userId)));
  return row ?? null;
}

export async function insertMembership(db: DbOrTx, row: MembershipRow): Promise<void> {
  await db.insert(memberships).values(row);
}

export async function updateMembership(
  db: DbOrTx,
  orgId: string,
  id: string,
  values: Partial<Pick<MembershipRow, 'role' | 'localGroupId' | 'disabledAt'>>,
): Promise<void> {
  await db
    .update(memberships)
    .set(values)
    .where(and(eq(memberships.orgId, orgId), eq(memberships.id, id)));
}

export async function updateUserCredentials(
  db: DbOrTx,
  userId: string,
  values: Partial<
    Pick<
      UserInsert,
      | 'passwordHash'
      | 'mustChangePassword'
      | 'passwordChangedAt'
      | 'totpSecretEnc'
      | 'totpEnabledAt'
      | 'totpLastStep'
    >
  >,
): Promise<void> {
  await db.update(users).set(values).where(eq(users.id, userId));
}

export async function deleteRecoveryCodes(db: DbOrTx, userId: string): Promise<void> {
  await db.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
}

/**
 * The account with this username if it has an active membership in an organization where `adminUserId`
 * is an active administrator (other than `orgId`); null otherwise.
 */
export async function findAccountAdministeredBy(
  db: DbOrTx,
  username: string,
  adminUserId: string,
  orgId: string,
): Promise<{ userId: string; username: string } | null> {
  const theirs = alias(memberships, 'theirs');
  const mine = alias(memberships, 'mine');
  const [row] = await db
    .select({ userId: users.id, username: users.username })
    .from(users)
    .innerJoin(theirs, and(eq(theirs.userId, users.id), isNull(theirs.disabledAt)))
    .innerJoin(
      mine,
      and(
        eq(mine.orgId, theirs.orgId),
        eq(mine.userId, adminUserId),
        eq(mine.role, 'admin'),
        isNull(mine.disabledAt),
      ),
    )
    .where(and(eq(users.username, username), isNull(users.disabledAt), ne(theirs.orgId, orgId)))
    .limit(1);
  return row ?? null;
}

/** Returns false when the membership id or the (organization, account) pair exists already. */
export async function insertMembershipUnlessExists(db: DbOrTx, row: MembershipRow): Promise<boolean> {
  const inserted = await db
    .insert(memberships)
    .values(row)
    .onConflictDoNothing()
    .returning({ id: memberships.id });
  return inserted.length === 1;
}

/** Active memberships of a user in organizations other than this one. */
export async function countMembershipsElsewhere(db: DbOrTx, userId: string, orgId: string): Promise<number> {
  return db.$count(
    memberships,
    and(eq(memberships.userId, userId), ne(memberships.orgId, orgId), isNull(memberships.disabledAt)),
  );
}

export async function countActiveAdmins(
  db: DbOrTx,
  orgId: string,
  exceptMembershipId: string,
): Promise<number> {
  return db.$count(
    memberships,
    and(
      eq(memberships.orgId, orgId),
      eq(memberships.role, 'admin'),
      isNull(memberships.disabledAt),
      ne(memberships.id, exceptMembershipId),
    ),
  );
}

export async function localGroupExists(db: DbOrTx, orgId: string, id: string): Promise<boolean> {
  const rows = await db
    .select({ one: sql`1` })
    .from(localGroups)
    .where(and(eq(localGroups.orgId, orgId), eq(localGroups.id, id), isNull(localGroups.deletedAt)));
  return rows.length > 0;
}
