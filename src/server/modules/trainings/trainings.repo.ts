import { and, asc, avg, count, desc, eq, inArray, isNull } from 'drizzle-orm';
import { users } from '../../platform/auth/auth.tables';
import type { DbOrTx } from '../../platform/db/client';
import { areas } from '../areas/areas.tables';
import { memberships } from '../org-users/memberships.tables';
import {
  trainingAttendance,
  trainingCourses,
  trainingExternalCounts,
  trainingSessions,
} from './trainings.tables';

export type CourseRow = typeof trainingCourses.$inferSelect;
export type SessionRow = typeof trainingSessions.$inferSelect;
export type ExternalCountRow = typeof trainingExternalCounts.$inferSelect;

/** Every query is scoped by the tenant: an id from another organization simply does not match. */
export async function listCourses(db: DbOrTx, orgId: string) {
  return db
    .select({ course: trainingCourses, sessionCount: count(trainingSessions.id) })
    .from(trainingCourses)
    .leftJoin(
      trainingSessions,
      and(
        eq(trainingSessions.orgId, trainingCourses.orgId),
        eq(trainingSessions.courseId, trainingCourses.id),
      ),
    )
    .where(eq(trainingCourses.orgId, orgId))
    .groupBy(trainingCourses.orgId, trainingCourses.id)
    .orderBy(asc(trainingCourses.title));
}

export async function findCourse(db: DbOrTx, orgId: string, id: string): Promise<CourseRow | null> {
  const [row] = await db
    .select()
    .from(trainingCourses)
    .where(and(eq(trainingCourses.orgId, orgId), eq(trainingCourses.id, id)));
  return row ?? null;
}

export async function insertCourse(db: DbOrTx, row: CourseRow): Promise<void> {
  await db.insert(trainingCourses).values(row);
}

export async function listSessions(db: DbOrTx, orgId: string, courseId?: string) {
  return db
    .select({ session: trainingSessions, course: trainingCourses })
    .from(trainingSessions)
    .innerJoin(
      trainingCourses,
      and(
        eq(trainingCourses.orgId, trainingSessions.orgId),
        eq(trainingCourses.id, trainingSessions.courseId),
      ),
    )
    .where(
      and(eq(trainingSessions.orgId, orgId), courseId ? eq(trainingSessions.courseId, courseId) : undefined),
    )
    .orderBy(desc(trainingSessions.heldOn), desc(trainingSessions.id));
}

export async function findSession(db: DbOrTx, orgId: string, id: string) {
  const [row] = await db
    .select({ session: trainingSessions, course: trainingCourses })
    .from(trainingSessions)
    .innerJoin(
      trainingCourses,
      and(
        eq(trainingCourses.orgId, trainingSessions.orgId),
        eq(trainingCourses.id, trainingSessions.courseId),
      ),
    )
    .where(and(eq(trainingSessions.orgId, orgId), eq(trainingSessions.id, id)));
  return row ?? null;
}

export async function insertSession(db: DbOrTx, row: SessionRow): Promise<void> {
  await db.insert(trainingSessions).values(row);
}

export async function updateSession(
  db: DbOrTx,
  orgId: string,
  id: string,
  values: Partial<Omit<SessionRow, 'orgId' | 'id' | 'courseId'>>,
): Promise<void> {
  await db
    .update(trainingSessions)
    .set(values)
    .where(and(eq(trainingSessions.orgId, orgId), eq(trainingSessions.id, id)));
}

export async function replaceExternalCounts(
  db: DbOrTx,
  orgId: string,
  sessionId: string,
  counts: readonly { participantType: string; count: number }[],
): Promise<void> {
  await db
    .delete(trainingExternalCounts)
    .where(and(eq(trainingExternalCounts.orgId, orgId), eq(trainingExternalCounts.sessionId, sessionId)));
  if (counts.length)
    await db.insert(trainingExternalCounts).values(counts.map((c) => ({ orgId, sessionId, ...c })));
}

/** Per session: external counts by type, member count and average scores of the attendance rows. */
export async function sessionFigures(db: DbOrTx, orgId: string, sessionIds: readonly string[]) {
  if (sessionIds.length === 0) return { external: [], attendance: [] };
  const external = await db
    .select()
    .from(trainingExternalCounts)
    .where(
      and(
        eq(trainingExternalCounts.orgId, orgId),
        inArray(trainingExternalCounts.sessionId, [...sessionIds]),
      ),
    )
    .orderBy(asc(trainingExternalCounts.participantType));
  const attendance = await db
    .select({
      sessionId: trainingAttendance.sessionId,
      members: count(),
      pre: avg(trainingAttendance.preScore).mapWith(Number),
      post: avg(trainingAttendance.postScore).mapWith(Number),
    })
    .from(trainingAttendance)
    .where(and(eq(trainingAttendance.orgId, orgId), inArray(trainingAttendance.sessionId, [...sessionIds])))
    .groupBy(trainingAttendance.sessionId);
  return { external, attendance };
}

/** Display names of staff accounts of this organization (facilitators). */
export async function staffNames(db: DbOrTx, orgId: string, userIds: readonly string[]) {
  if (userIds.length === 0) return [];
  return db
    .select({ userId: users.id, name: users.displayName })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(
        eq(memberships.orgId, orgId),
        inArray(memberships.userId, [...userIds]),
        isNull(memberships.disabledAt),
      ),
    );
}

export async function areaExists(db: DbOrTx, orgId: string, areaId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: areas.id })
    .from(areas)
    .where(and(eq(areas.orgId, orgId), eq(areas.id, areaId)));
  return Boolean(row);
}
