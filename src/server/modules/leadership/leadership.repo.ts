import { and, desc, eq } from 'drizzle-orm';
import { users } from '../../platform/auth/auth.tables';
import type { DbOrTx } from '../../platform/db/client';
import { members } from '../members/members.tables';
import { memberLeadershipRoles, memberMentorships } from './leadership.tables';

export type RoleRow = typeof memberLeadershipRoles.$inferSelect;
export type MentorshipRow = typeof memberMentorships.$inferSelect;

/** Every query is scoped by the tenant. */
export async function listRoles(db: DbOrTx, orgId: string, memberId: string): Promise<RoleRow[]> {
  return db
    .select()
    .from(memberLeadershipRoles)
    .where(and(eq(memberLeadershipRoles.orgId, orgId), eq(memberLeadershipRoles.memberId, memberId)))
    .orderBy(desc(memberLeadershipRoles.fromOn), desc(memberLeadershipRoles.id));
}

export async function findRole(db: DbOrTx, orgId: string, id: string): Promise<RoleRow | null> {
  const [row] = await db
    .select()
    .from(memberLeadershipRoles)
    .where(and(eq(memberLeadershipRoles.orgId, orgId), eq(memberLeadershipRoles.id, id)));
  return row ?? null;
}

export async function insertRole(db: DbOrTx, row: RoleRow): Promise<void> {
  await db.insert(memberLeadershipRoles).values(row);
}

export async function endRole(db: DbOrTx, orgId: string, id: string, toOn: string | null, now: Date) {
  await db
    .update(memberLeadershipRoles)
    .set({ toOn, updatedAt: now })
    .where(and(eq(memberLeadershipRoles.orgId, orgId), eq(memberLeadershipRoles.id, id)));
}

export async function listMentorships(db: DbOrTx, orgId: string, memberId: string) {
  return db
    .select({ mentorship: memberMentorships, mentorCode: members.displayCode, mentorName: users.displayName })
    .from(memberMentorships)
    .leftJoin(
      members,
      and(eq(members.orgId, memberMentorships.orgId), eq(members.id, memberMentorships.mentorMemberId)),
    )
    .leftJoin(users, eq(users.id, memberMentorships.mentorUserId))
    .where(and(eq(memberMentorships.orgId, orgId), eq(memberMentorships.memberId, memberId)))
    .orderBy(desc(memberMentorships.fromOn), desc(memberMentorships.id));
}

export async function findMentorship(db: DbOrTx, orgId: string, id: string): Promise<MentorshipRow | null> {
  const [row] = await db
    .select()
    .from(memberMentorships)
    .where(and(eq(memberMentorships.orgId, orgId), eq(memberMentorships.id, id)));
  return row ?? null;
}

export async function insertMentorship(db: DbOrTx, row: MentorshipRow): Promise<void> {
  await db.insert(memberMentorships).values(row);
}
