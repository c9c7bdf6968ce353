import { newId } from '../../../domain/ids';
import type { TrainingKind } from '../../../domain/trainings.schemas';
import type { TestApp } from '../../testing/test-app';
import {
  trainingAttendance,
  trainingCourses,
  trainingExternalCounts,
  trainingSessions,
} from './trainings.tables';

/** Test factory: a course with one session (and the given attendees and external counts), stored directly. */
export async function buildTrainingSession(
  t: TestApp,
  options: {
    orgId: string;
    kind?: TrainingKind;
    title?: string;
    place?: string;
    heldOn?: string;
    memberIds?: readonly string[];
    external?: readonly { participantType: string; count: number }[];
  },
): Promise<{ courseId: string; sessionId: string; attendanceIds: string[]; title: string }> {
  const now = t.clock.now();
  const courseId = newId(now.getTime());
  const sessionId = newId(now.getTime());
  const title = options.title ?? `Curso ${courseId.slice(-6)}`;
  await t.db.insert(trainingCourses).values({
    orgId: options.orgId,
    id: courseId,
    kind: options.kind ?? 'rights',
    title,
    description: '',
    createdBy: null,
    createdAt: now,
    updatedAt: now,
  });
  await t.db.insert(trainingSessions).values({
    orgId: options.orgId,
    id: sessionId,
    courseId,
    heldOn: options.heldOn ?? now.toISOString().slice(0, 10),
    startTime: null,
    place: options.place ?? 'Casa de la colectiva',
    areaId: null,
    facilitatorUserIds: [],
    facilitatorRoles: ['abogada aliada'],
    materialLinks: [],
    preScoreAvg: null,
    postScoreAvg: null,
    createdBy: null,
    createdAt: now,
    updatedAt: now,
  });
  const attendanceIds: string[] = [];
  for (const memberId of options.memberIds ?? []) {
    const id = newId(now.getTime());
    attendanceIds.push(id);
    await t.db.insert(trainingAttendance).values({
      orgId: options.orgId,
      id,
      sessionId,
      memberId,
      preScore: 40,
      postScore: 80,
      recordedBy: null,
      recordedAt: now,
    });
  }
  for (const e of options.external ?? [])
    await t.db.insert(trainingExternalCounts).values({ orgId: options.orgId, sessionId, ...e });
  return { courseId, sessionId, attendanceIds, title };
}
