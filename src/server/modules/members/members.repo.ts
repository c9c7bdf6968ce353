import { and, desc, eq, inArray, isNull, like, lt, ne, notExists, or, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client';
import { memberships } from '../org-users/memberships.tables';
import { localGroups } from '../local-groups/local-groups.tables';
import { sites } from '../sites/sites.tables';
import type { MemberRow } from './member-scope';
import { memberDistinctPairs, members, memberSites } from './members.tables';

export type { MemberRow };

/** Every query is scoped by the tenant: an id from another organization simply does not match. */

/**
 * Inserts a member unless a row with its id, or its display code, exists already (both unique in the
 * organization). Returns false then; the caller tells a retried create from a display-code collision.
 */
export async function insertMember(db: DbOrTx, row: MemberRow): Promise<boolean> {
  const inserted = await db.insert(members).values(row).onConflictDoNothing().returning({ id: members.id });
  return inserted.length === 1;
}

export async function findMemberIncludingDeleted(
  db: DbOrTx,
  orgId: string,
  id: string,
): Promise<MemberRow | null> {
  const [row] = await db
    .select()
    .from(members)
    .where(and(eq(members.orgId, orgId), eq(members.id, id)));
  return row ?? null;
}

/** Live (not merged, not deleted) members of the organization whose UIC hashes to `hash`. */
export async function findMembersByHash(
  db: DbOrTx,
  orgId: string,
  hash: Buffer,
  exceptId?: string,
): Promise<{ id: string; displayCode: string }[]> {
  return db
    .select({ id: members.id, displayCode: members.displayCode })
    .from(members)
    .where(
      and(
        eq(members.orgId, orgId),
        eq(members.uicHash, hash),
        isNull(members.mergedIntoId),
        isNull(members.deletedAt),
        exceptId ? ne(members.id, exceptId) : undefined,
      ),
    )
    .orderBy(members.id);
}

/** Same hash as `member`, and nobody has recorded that they are different people. */
export async function findPossibleDuplicates(
  db: DbOrTx,
  member: Pick<MemberRow, 'orgId' | 'id' | 'uicHash'>,
): Promise<{ id: string; displayCode: string }[]> {
  const decided = db
    .select({ one: sql`1` })
    .from(memberDistinctPairs)
    .where(
      and(
        eq(memberDistinctPairs.orgId, member.orgId),
        or(
          and(eq(memberDistinctPairs.memberAId, member.id), eq(memberDistinctPairs.memberBId, members.id)),
          and(eq(memberDistinctPairs.memberBId, member.id), eq(memberDistinctPairs.memberAId, members.id)),
        ),
      ),
    );
  return db
    .select({ id: members.id, displayCode: members.displayCode })
    .from(members)
    .where(
      and(
        eq(members.orgId, member.orgId),
        eq(members.uicHash, member.uicHash),
        ne(members.id, member.id),
        isNull(members.mergedIntoId),
        isNull(members.deletedAt),
        notExists(decided),
      ),
    )
    .orderBy(members.id);
}

/** Records "not the same person" for a pair (idempotent). */
export async function insertDistinctPair(
  db: DbOrTx,
  pair: { orgId: string; firstId: string; secondId: string; decidedBy: string; decidedAt: Date },
): Promise<boolean> {
  const [a, b] = pair.firstId < pair.secondId ? [pair.firstId, pair.secondId] : [pair.secondId, pair.firstId];
  const inserted = await db
    .insert(memberDistinctPairs)
    .values({
      orgId: pair.orgId,
      memberAId: a,
      memberBId: b,
      decidedBy: pair.decidedBy,
      decidedAt: pair.decidedAt,
    })
    .onConflictDoNothing()
    .returning({ a: memberDistinctPairs.memberAId });
  return inserted.length === 1;
}

export interface MemberListFilter {
  scope: SQL | undefined;
  codePrefix?: string;
  siteId?: string;
  flag?: string;
  priority?: boolean;
  assignedUserId?: string;
  cursor?: string;
  limit: number;
}

/** Live members, newest first (ids are UUIDv7), one page after `cursor`. */
export async function listMembers(db: DbOrTx, orgId: string, filter: MemberListFilter): Promise<MemberRow[]> {
  const atSite = filter.siteId
    ? sql`exists (select 1 from ${memberSites} where ${memberSites.orgId} = ${members.orgId}
        and ${memberSites.memberId} = ${members.id} and ${memberSites.siteId} = ${filter.siteId})`
    : undefined;
  return db
    .select()
    .from(members)
    .where(
      and(
        eq(members.orgId, orgId),
        filter.scope,
        isNull(members.mergedIntoId),
        isNull(members.deletedAt),
        filter.codePrefix ? like(members.displayCode, `${filter.codePrefix}%`) : undefined,
        atSite,
        filter.flag ? sql`${filter.flag} = any(${members.riskFlags})` : undefined,
        filter.priority === undefined ? undefined : eq(members.priority, filter.priority),
        filter.assignedUserId ? eq(members.assignedUserId, filter.assignedUserId) : undefined,
        filter.cursor ? lt(members.id, filter.cursor) : undefined,
      ),
    )
    .orderBy(desc(members.id))
    .limit(filter.limit);
}

export type MemberChanges = Partial<Omit<MemberRow, 'orgId' | 'id' | 'uicHash' | 'createdAt' | 'createdBy'>>;

export async function updateMember(
  db: DbOrTx,
  orgId: string,
  id: string,
  values: MemberChanges,
): Promise<boolean> {
  const updated = await db
    .update(members)
    .set(values)
    .where(and(eq(members.orgId, orgId), eq(members.id, id), isNull(members.deletedAt)))
    .returning({ id: members.id });
  return updated.length === 1;
}

export async function listMemberSiteIds(db: DbOrTx, orgId: string, memberId: string): Promise<string[]> {
  const rows = await db
    .select({ siteId: memberSites.siteId })
    .from(memberSites)
    .where(and(eq(memberSites.orgId, orgId), eq(memberSites.memberId, memberId)))
    .orderBy(memberSites.siteId);
  return rows.map((row) => row.siteId);
}

export async function replaceMemberSites(
  db: DbOrTx,
  orgId: string,
  memberId: string,
  siteIds: readonly string[],
): Promise<void> {
  await db.delete(memberSites).where(and(eq(memberSites.orgId, orgId), eq(memberSites.memberId, memberId)));
  if (siteIds.length === 0) return;
  await db
    .insert(memberSites)
    .values(siteIds.map((siteId) => ({ orgId, memberId, siteId })))
    .onConflictDoNothing();
}

/** Moves the usual sites of `fromId` to `toId` (keeping the ones `toId` has); returns how many moved. */
export async function moveMemberSites(db: DbOrTx, orgId: string, fromId: string, toId: string) {
  const moved = await db
    .insert(memberSites)
    .select(
      db
        .select({
          orgId: memberSites.orgId,
          memberId: sql<string>`${toId}::uuid`.as('member_id'),
          siteId: memberSites.siteId,
        })
        .from(memberSites)
        .where(and(eq(memberSites.orgId, orgId), eq(memberSites.memberId, fromId))),
    )
    .onConflictDoNothing()
    .returning({ siteId: memberSites.siteId });
  await db.delete(memberSites).where(and(eq(memberSites.orgId, orgId), eq(memberSites.memberId, fromId)));
  return moved.length;
}

/**
 * Locks members' rows until the transaction ends, in id order (no deadlock between two requests
 * locking the same pair). Reads after it see what concurrent merges committed meanwhile.
 */
export async function lockMembers(db: DbOrTx, orgId: string, ids: readonly string[]): Promise<void> {
  await db
    .select({ id: members.id })
    .from(members)
    .where(and(eq(members.orgId, orgId), inArray(members.id, [...ids])))
    .orderBy(members.id)
    .for('update');
}

/**
 * Members merged earlier into `fromId` now point at `toId`, so merge chains stay one step long, and
 * follow its promotora (`assignedUserId`), like the record merged now: their contacts count for `toId`.
 */
export async function repointMerges(
  db: DbOrTx,
  orgId: string,
  fromId: string,
  to: { id: string; assignedUserId: string | null },
  at: Date,
) {
  await db
    .update(members)
    .set({ mergedIntoId: to.id, assignedUserId: to.assignedUserId, updatedAt: at })
    .where(and(eq(members.orgId, orgId), eq(members.mergedIntoId, fromId)));
}

/** Records merged into `keptId` follow its promotora when it is reassigned (their contacts are its). */
export async function reassignMergedInto(
  db: DbOrTx,
  orgId: string,
  keptId: string,
  assignedUserId: string | null,
  at: Date,
) {
  await db
    .update(members)
    .set({ assignedUserId, updatedAt: at })
    .where(and(eq(members.orgId, orgId), eq(members.mergedIntoId, keptId)));
}

/** Sites of the organization among `ids` that exist and are not deleted. */
export async function findLiveSiteIds(
  db: DbOrTx,
  orgId: string,
  ids: readonly string[],
): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .select({ id: sites.id })
    .from(sites)
    .where(and(eq(sites.orgId, orgId), inArray(sites.id, [...ids]), isNull(sites.deletedAt)));
  return new Set(rows.map((row) => row.id));
}

export async function localGroupExists(db: DbOrTx, orgId: string, id: string): Promise<boolean> {
  const [row] = await db
    .select({ id: localGroups.id })
    .from(localGroups)
    .where(and(eq(localGroups.orgId, orgId), eq(localGroups.id, id), isNull(localGroups.deletedAt)));
  return Boolean(row);
}

/** True when `userId` holds an active promotora membership in the organization. */
export async function isActivePromotora(db: DbOrTx, orgId: string, userId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: memberships.id })
    .from(memberships)
    .where(
      and(
        eq(memberships.orgId, orgId),
        eq(memberships.userId, userId),
        eq(memberships.role, 'promotora'),
        isNull(memberships.disabledAt),
      ),
    );
  return Boolean(row);
}
