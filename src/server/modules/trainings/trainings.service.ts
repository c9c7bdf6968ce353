import { newId } from '../../../domain/ids';
import {
  CourseCreateInput as CourseSchema,
  SessionCreateInput as SessionSchema,
  type CourseCreateInput,
  type CourseView,
  type SessionCreateInput,
  type SessionListQuery,
  type SessionUpdateInput,
  type SessionView,
} from '../../../domain/trainings.schemas';
import { AppError } from '../../platform/errors';
import { orgContext, type OrgServiceContext, type ServiceContext } from '../../platform/http/route-spec';
import { presentCourse, presentSession } from './trainings.presenter';
import * as repo from './trainings.repo';

export async function listCourses(ctx: ServiceContext): Promise<CourseView[]> {
  const c = orgContext(ctx);
  const rows = await repo.listCourses(c.db, c.org.orgId);
  return rows.map((r) => presentCourse(r.course, r.sessionCount));
}

export async function createCourse(ctx: ServiceContext, input: CourseCreateInput): Promise<CourseView> {
  const c = orgContext(ctx);
  const data = CourseSchema.parse(input);
  const id = data.id ?? newId(c.now.getTime());
  const existing = await repo.findCourse(c.db, c.org.orgId, id);
  if (existing) {
    // A retried create (client id) answers the course; a different course under that id conflicts.
    if (existing.title !== data.title || existing.kind !== data.kind)
      throw new AppError('conflict', { field: 'id' });
    return presentCourse(existing, 0);
  }
  const row: repo.CourseRow = {
    orgId: c.org.orgId,
    id,
    kind: data.kind,
    title: data.title,
    description: data.description,
    createdBy: c.actor.userId,
    createdAt: c.now,
    updatedAt: c.now,
  };
  await repo.insertCourse(c.db, row);
  await c.audit({
    action: 'training_course.created',
    resourceType: 'training_course',
    resourceId: id,
    details: { kind: data.kind },
  });
  return presentCourse(row, 0);
}

/** Sessions with counts only (members who came, external actors by type): never who came. */
async function presentSessions(
  c: OrgServiceContext,
  rows: { session: repo.SessionRow; course: repo.CourseRow }[],
): Promise<SessionView[]> {
  const ids = rows.map((r) => r.session.id);
  const figures = await repo.sessionFigures(c.db, c.org.orgId, ids);
  const names = await repo.staffNames(c.db, c.org.orgId, [
    ...new Set(rows.flatMap((r) => r.session.facilitatorUserIds)),
  ]);
  return rows.map((r) =>
    presentSession(r.session, r.course, {
      external: figures.external.filter((e) => e.sessionId === r.session.id),
      attendance: figures.attendance.find((a) => a.sessionId === r.session.id) ?? null,
      names,
    }),
  );
}

export async function listSessions(ctx: ServiceContext, query: SessionListQuery): Promise<SessionView[]> {
  const c = orgContext(ctx);
  return presentSessions(c, await repo.listSessions(c.db, c.org.orgId, query.courseId));
}

export async function getSession(ctx: ServiceContext, sessionId: string): Promise<SessionView> {
  const c = orgContext(ctx);
  const row = await repo.findSession(c.db, c.org.orgId, sessionId);
  if (!row) throw new AppError('not_found');
  const [view] = await presentSessions(c, [row]);
  return view!;
}

async function checkReferences(
  c: OrgServiceContext,
  input: { areaId?: string | null; facilitatorUserIds?: readonly string[] },
) {
  if (input.areaId && !(await repo.areaExists(c.db, c.org.orgId, input.areaId)))
    throw new AppError('validation', { field: 'areaId' });
  const userIds = [...new Set(input.facilitatorUserIds ?? [])];
  if (userIds.length && (await repo.staffNames(c.db, c.org.orgId, userIds)).length !== userIds.length)
    throw new AppError('validation', { field: 'facilitatorUserIds' });
}

export async function createSession(ctx: ServiceContext, input: SessionCreateInput): Promise<SessionView> {
  const c = orgContext(ctx);
  const data = SessionSchema.parse(input);
  const id = data.id ?? newId(c.now.getTime());
  const existing = await repo.findSession(c.db, c.org.orgId, id);
  if (existing) {
    if (existing.session.courseId !== data.courseId) throw new AppError('conflict', { field: 'id' });
    return getSession(ctx, id);
  }
  if (!(await repo.findCourse(c.db, c.org.orgId, data.courseId)))
    throw new AppError('not_found', { field: 'courseId' });
  await checkReferences(c, data);
  await repo.insertSession(c.db, {
    orgId: c.org.orgId,
    id,
    courseId: data.courseId,
    heldOn: data.heldOn,
    startTime: data.startTime ?? null,
    place: data.place,
    areaId: data.areaId ?? null,
    facilitatorUserIds: [...new Set(data.facilitatorUserIds)],
    facilitatorRoles: data.facilitatorRoles,
    materialLinks: data.materialLinks,
    preScoreAvg: null,
    postScoreAvg: null,
    createdBy: c.actor.userId,
    createdAt: c.now,
    updatedAt: c.now,
  });
  await c.audit({ action: 'training_session.created', resourceType: 'training_session', resourceId: id });
  return getSession(ctx, id);
}

export async function updateSession(
  ctx: ServiceContext,
  sessionId: string,
  input: SessionUpdateInput,
): Promise<SessionView> {
  const c = orgContext(ctx);
  const row = await repo.findSession(c.db, c.org.orgId, sessionId);
  if (!row) throw new AppError('not_found');
  await checkReferences(c, input);
  const { externalCounts, facilitatorUserIds, ...fields } = input;
  if (externalCounts) {
    const types = externalCounts.map((e) => e.participantType);
    if (new Set(types).size !== types.length) throw new AppError('validation', { field: 'externalCounts' });
    await repo.replaceExternalCounts(c.db, c.org.orgId, sessionId, externalCounts);
  }
  await repo.updateSession(c.db, c.org.orgId, sessionId, {
    ...fields,
    ...(facilitatorUserIds && { facilitatorUserIds: [...new Set(facilitatorUserIds)] }),
    updatedAt: c.now,
  });
  await c.audit({
    action: 'training_session.updated',
    resourceType: 'training_session',
    resourceId: sessionId,
    details: { fields: Object.keys(input).sort().join(',') },
  });
  return getSession(ctx, sessionId);
}
