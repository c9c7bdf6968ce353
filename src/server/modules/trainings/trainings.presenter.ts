import {
  trainingAudience,
  type CourseView,
  type ParticipantType,
  type SessionView,
  type TrainingKind,
} from '../../../domain/trainings.schemas';
import type { CourseRow, ExternalCountRow, SessionRow } from './trainings.repo';

/** Explicit output fields of a course. */
export function presentCourse(row: CourseRow, sessionCount: number): CourseView {
  const kind = row.kind as TrainingKind;
  return {
    id: row.id,
    kind,
    audience: trainingAudience(kind),
    title: row.title,
    description: row.description,
    sessionCount,
    createdAt: row.createdAt.toISOString(),
  };
}

const rounded = (value: number | null | undefined) =>
  value === null || value === undefined || Number.isNaN(value) ? null : Math.round(value * 10) / 10;

/** A session with counts only: how many members came, external actors by type, average scores. */
export function presentSession(
  row: SessionRow,
  course: CourseRow,
  figures: {
    external: readonly ExternalCountRow[];
    attendance: { members: number; pre: number | null; post: number | null } | null;
    names: readonly { userId: string; name: string }[];
  },
): SessionView {
  const kind = course.kind as TrainingKind;
  return {
    id: row.id,
    courseId: course.id,
    courseTitle: course.title,
    kind,
    audience: trainingAudience(kind),
    heldOn: row.heldOn,
    startTime: row.startTime,
    place: row.place,
    areaId: row.areaId,
    facilitators: row.facilitatorUserIds.flatMap((userId) => {
      const found = figures.names.find((n) => n.userId === userId);
      return found ? [{ userId, name: found.name }] : [];
    }),
    facilitatorRoles: row.facilitatorRoles,
    materialLinks: row.materialLinks,
    memberCount: figures.attendance?.members ?? 0,
    externalCounts: figures.external.map((e) => ({
      participantType: e.participantType as ParticipantType,
      count: e.count,
    })),
    preScoreAvg: rounded(row.preScoreAvg ?? figures.attendance?.pre),
    postScoreAvg: rounded(row.postScoreAvg ?? figures.attendance?.post),
  };
}
