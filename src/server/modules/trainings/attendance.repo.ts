import { and, asc, count, desc, eq, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client';
import { members } from '../members/members.tables';
import { trainingAttendance, trainingCourses, trainingSessions } from './trainings.tables';

export type AttendanceRow = typeof trainingAttendance.$inferSelect;

/** A live member by her stored display code (merged records point to the record they became). */
export async function findMemberByCode(db: DbOrTx, orgId: string, displayCode: string) {
  const [row] = await db
    .select({ id: members.id, displayCode: members.displayCode, mergedIntoId: members.mergedIntoId })
    .from(members)
    .where(and(eq(members.orgId, orgId), eq(members.displayCode, displayCode), isNull(members.deletedAt)));
  return row ?? null;
}

export async function findMemberById(db: DbOrTx, orgId: string, id: string) {
  const [row] = await db
    .select({ id: members.id, displayCode: members.displayCode })
    .from(members)
    .where(and(eq(members.orgId, orgId), eq(members.id, id), isNull(members.deletedAt)));
  return row ?? null;
}

export async function findAttendance(db: DbOrTx, orgId: string, id: string): Promise<AttendanceRow | null> {
  const [row] = await db
    .select()
    .from(trainingAttendance)
    .where(and(eq(trainingAttendance.orgId, orgId), eq(trainingAttendance.id, id)));
  return row ?? null;
}

export async function findMemberAttendance(db: DbOrTx, orgId: string, sessionId: string, memberId: string) {
  const [row] = await db
    .select()
    .from(trainingAttendance)
    .where(
      and(
        eq(trainingAttendance.orgId, orgId),
        eq(trainingAttendance.sessionId, sessionId),
        eq(trainingAttendance.memberId, memberId),
      ),
    );
  return row ?? null;
}

/** False when the id or the member is already in (a retry, or a second tap on another phone). */
export async function insertAttendance(db: DbOrTx, row: AttendanceRow): Promise<boolean> {
  const inserted = await db
    .insert(trainingAttendance)
    .values(row)
    .onConflictDoNothing()
    .returning({ id: trainingAttendance.id });
  return inserted.length === 1;
}

export async function countAttendance(db: DbOrTx, orgId: string, sessionId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(trainingAttendance)
    .where(and(eq(trainingAttendance.orgId, orgId), eq(trainingAttendance.sessionId, sessionId)));
  return row?.n ?? 0;
}

export async function listAttendance(db: DbOrTx, orgId: string, sessionId: string) {
  return db
    .select({ attendance: trainingAttendance, displayCode: members.displayCode })
    .from(trainingAttendance)
    .innerJoin(
      members,
      and(eq(members.orgId, trainingAttendance.orgId), eq(members.id, trainingAttendance.memberId)),
    )
    .where(and(eq(trainingAttendance.orgId, orgId), eq(trainingAttendance.sessionId, sessionId)))
    .orderBy(asc(trainingAttendance.recordedAt), asc(trainingAttendance.id));
}

export async function updateAttendance(
  db: DbOrTx,
  orgId: string,
  id: string,
  values: Partial<Pick<AttendanceRow, 'preScore' | 'postScore'>>,
): Promise<void> {
  await db
    .update(trainingAttendance)
    .set(values)
    .where(and(eq(trainingAttendance.orgId, orgId), eq(trainingAttendance.id, id)));
}

export async function deleteAttendance(db: DbOrTx, orgId: string, id: string): Promise<void> {
  await db
    .delete(trainingAttendance)
    .where(and(eq(trainingAttendance.orgId, orgId), eq(trainingAttendance.id, id)));
}

/** The sessions a member attended, newest first (her leadership pathway). */
export async function listMemberTrainings(db: DbOrTx, orgId: string, memberId: string) {
  return db
    .select({
      attendanceId: trainingAttendance.id,
      sessionId: trainingSessions.id,
      heldOn: trainingSessions.heldOn,
      courseTitle: trainingCourses.title,
      kind: trainingCourses.kind,
      preScore: trainingAttendance.preScore,
      postScore: trainingAttendance.postScore,
    })
    .from(trainingAttendance)
    .innerJoin(
      trainingSessions,
      and(
        eq(trainingSessions.orgId, trainingAttendance.orgId),
        eq(trainingSessions.id, trainingAttendance.sessionId),
      ),
    )
    .innerJoin(
      trainingCourses,
      and(
        eq(trainingCourses.orgId, trainingSessions.orgId),
        eq(trainingCourses.id, trainingSessions.courseId),
      ),
    )
    .where(and(eq(trainingAttendance.orgId, orgId), eq(trainingAttendance.memberId, memberId)))
    .orderBy(desc(trainingSessions.heldOn));
}
