import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client';
import { users } from '../../platform/auth/auth.tables';
import { members } from '../members/members.tables';
import { memberships } from '../org-users/memberships.tables';
import { policySeatMeetings, policySeats } from './advocacy.tables';

export type SeatRow = typeof policySeats.$inferSelect;
export type SeatMeetingRow = typeof policySeatMeetings.$inferSelect;

/** Seats with the holder's label: a staff display name or a member's display code. */
export async function listSeats(db: DbOrTx, orgId: string, seatId?: string) {
  return db
    .select({ seat: policySeats, userName: users.displayName, memberCode: members.displayCode })
    .from(policySeats)
    .leftJoin(users, eq(users.id, policySeats.holderUserId))
    .leftJoin(members, and(eq(members.orgId, policySeats.orgId), eq(members.id, policySeats.holderMemberId)))
    .where(and(eq(policySeats.orgId, orgId), seatId ? eq(policySeats.id, seatId) : undefined))
    .orderBy(asc(policySeats.spaceName), asc(policySeats.heldSince));
}

export async function findSeat(db: DbOrTx, orgId: string, id: string): Promise<SeatRow | null> {
  const [row] = await db
    .select()
    .from(policySeats)
    .where(and(eq(policySeats.orgId, orgId), eq(policySeats.id, id)));
  return row ?? null;
}

export async function insertSeat(db: DbOrTx, row: SeatRow): Promise<void> {
  await db.insert(policySeats).values(row);
}

export async function updateSeat(
  db: DbOrTx,
  orgId: string,
  id: string,
  values: Partial<Omit<SeatRow, 'orgId' | 'id' | 'createdAt'>>,
): Promise<void> {
  await db
    .update(policySeats)
    .set(values)
    .where(and(eq(policySeats.orgId, orgId), eq(policySeats.id, id)));
}

export async function listMeetings(db: DbOrTx, orgId: string, seatIds: readonly string[]) {
  if (seatIds.length === 0) return [];
  return db
    .select()
    .from(policySeatMeetings)
    .where(and(eq(policySeatMeetings.orgId, orgId), inArray(policySeatMeetings.seatId, [...seatIds])))
    .orderBy(asc(policySeatMeetings.metOn), asc(policySeatMeetings.id));
}

export async function insertMeeting(db: DbOrTx, row: SeatMeetingRow): Promise<void> {
  await db.insert(policySeatMeetings).values(row);
}

/** A staff account with an active membership in the organization. */
export async function isStaffOf(db: DbOrTx, orgId: string, userId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: memberships.id })
    .from(memberships)
    .where(and(eq(memberships.orgId, orgId), eq(memberships.userId, userId), isNull(memberships.disabledAt)));
  return row !== undefined;
}

export async function isMemberOf(db: DbOrTx, orgId: string, memberId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: members.id })
    .from(members)
    .where(and(eq(members.orgId, orgId), eq(members.id, memberId), isNull(members.deletedAt)));
  return row !== undefined;
}
