import { and, count, countDistinct, eq, gte, inArray, lte, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client';
import { EXTERNAL_TRAINING_KINDS, type ParticipantType } from '../../../domain/trainings.schemas';
import {
  trainingAttendance,
  trainingCourses,
  trainingExternalCounts,
  trainingSessions,
} from './trainings.tables';

/**
 * Read-only counts for the empowerment indicators (issue 7 §8, SWIT Table 1.2). Every function takes
 * the organization and an inclusive period of calendar dates (`YYYY-MM-DD`) on the session date.
 * Raw counts: whoever publishes them applies the organization's small-cell suppression.
 */
export interface TrainingPeriod {
  orgId: string;
  from: string;
  to: string;
}

const inPeriod = (p: TrainingPeriod) =>
  and(
    eq(trainingSessions.orgId, p.orgId),
    gte(trainingSessions.heldOn, p.from),
    lte(trainingSessions.heldOn, p.to),
  );

/** Sessions held in the period, per audience (collective courses vs sensitization of external actors). */
export async function countTrainingSessionsHeld(
  db: DbOrTx,
  p: TrainingPeriod,
): Promise<{ collective: number; external: number }> {
  const rows = await db
    .select({
      external: sql<boolean>`${inArray(trainingCourses.kind, [...EXTERNAL_TRAINING_KINDS])}`,
      n: count(),
    })
    .from(trainingSessions)
    .innerJoin(
      trainingCourses,
      and(
        eq(trainingCourses.orgId, trainingSessions.orgId),
        eq(trainingCourses.id, trainingSessions.courseId),
      ),
    )
    .where(inPeriod(p))
    .groupBy(sql`1`);
  return {
    collective: rows.find((r) => !r.external)?.n ?? 0,
    external: rows.find((r) => r.external)?.n ?? 0,
  };
}

/** Distinct members trained in the period (a member at three sessions counts once). */
export async function countMembersTrained(db: DbOrTx, p: TrainingPeriod): Promise<number> {
  const [row] = await db
    .select({ n: countDistinct(trainingAttendance.memberId) })
    .from(trainingAttendance)
    .innerJoin(
      trainingSessions,
      and(
        eq(trainingSessions.orgId, trainingAttendance.orgId),
        eq(trainingSessions.id, trainingAttendance.sessionId),
      ),
    )
    .where(inPeriod(p));
  return row?.n ?? 0;
}

/**
 * External actors trained in the period by participant type (police, health providers…): the sum of
 * the counts taken at each session (people are never listed, so one officer at two sessions counts twice).
 */
export async function countExternalActorsTrained(
  db: DbOrTx,
  p: TrainingPeriod,
): Promise<Record<ParticipantType, number>> {
  const rows = await db
    .select({
      type: trainingExternalCounts.participantType,
      n: sql<number>`sum(${trainingExternalCounts.count})::int`,
    })
    .from(trainingExternalCounts)
    .innerJoin(
      trainingSessions,
      and(
        eq(trainingSessions.orgId, trainingExternalCounts.orgId),
        eq(trainingSessions.id, trainingExternalCounts.sessionId),
      ),
    )
    .where(inPeriod(p))
    .groupBy(trainingExternalCounts.participantType);
  const result: Record<ParticipantType, number> = {
    health_provider: 0,
    police: 0,
    social_services: 0,
    justice: 0,
    media: 0,
    other: 0,
  };
  for (const row of rows) result[row.type as ParticipantType] = row.n;
  return result;
}
