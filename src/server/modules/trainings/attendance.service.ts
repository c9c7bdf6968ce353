import { formatDisplayCode, normalizeDisplayCodeQuery } from '../../../domain/members';
import type {
  AttendanceCreateInput,
  AttendanceList,
  AttendanceRecorded,
  AttendanceUpdateInput,
} from '../../../domain/trainings.schemas';
import { AppError } from '../../platform/errors';
import { orgContext, type OrgServiceContext, type ServiceContext } from '../../platform/http/route-spec';
import * as repo from './attendance.repo';
import { findSession } from './trainings.repo';

async function requireSession(c: OrgServiceContext, sessionId: string) {
  const row = await findSession(c.db, c.org.orgId, sessionId);
  if (!row) throw new AppError('not_found');
  return row;
}

async function requireAttendance(c: OrgServiceContext, sessionId: string, attendanceId: string) {
  await requireSession(c, sessionId);
  const row = await repo.findAttendance(c.db, c.org.orgId, attendanceId);
  if (!row || row.sessionId !== sessionId) throw new AppError('not_found');
  return row;
}

/** The member a typed code names (a merged record counts for the one it became). */
async function memberForCode(c: OrgServiceContext, typed: string) {
  const found = await repo.findMemberByCode(c.db, c.org.orgId, normalizeDisplayCodeQuery(typed));
  if (!found) throw new AppError('not_found', { field: 'displayCode' });
  if (!found.mergedIntoId) return found;
  const target = await repo.findMemberById(c.db, c.org.orgId, found.mergedIntoId);
  if (!target) throw new AppError('not_found', { field: 'displayCode' });
  return target;
}

/**
 * Taken at the door: idempotent by the client's id and duplicate-proof by member, so a retried tap
 * or a second phone never adds her twice. Answers only the code typed and the count, never the list.
 */
export async function recordAttendance(
  ctx: ServiceContext,
  sessionId: string,
  input: AttendanceCreateInput,
): Promise<AttendanceRecorded> {
  const c = orgContext(ctx);
  await requireSession(c, sessionId);
  const member = await memberForCode(c, input.displayCode);
  const sameId = await repo.findAttendance(c.db, c.org.orgId, input.id);
  if (sameId && (sameId.sessionId !== sessionId || sameId.memberId !== member.id))
    throw new AppError('conflict', { field: 'id' });
  const inserted =
    !sameId &&
    (await repo.insertAttendance(c.db, {
      orgId: c.org.orgId,
      id: input.id,
      sessionId,
      memberId: member.id,
      preScore: input.preScore ?? null,
      postScore: input.postScore ?? null,
      recordedBy: c.actor.userId,
      recordedAt: c.now,
    }));
  const row = sameId ?? (await repo.findMemberAttendance(c.db, c.org.orgId, sessionId, member.id));
  if (!row) throw new AppError('conflict', { field: 'id' });
  if (inserted)
    await c.audit({
      action: 'training_attendance.recorded',
      resourceType: 'training_session',
      resourceId: sessionId,
      details: { attendanceId: row.id, memberId: member.id },
    });
  return {
    id: row.id,
    displayCode: formatDisplayCode(member.displayCode),
    alreadyRecorded: !inserted,
    memberCount: await repo.countAttendance(c.db, c.org.orgId, sessionId),
  };
}

/** Who attended: coordinators only, a sensitive read. */
export async function listAttendance(ctx: ServiceContext, sessionId: string): Promise<AttendanceList> {
  const c = orgContext(ctx);
  await requireSession(c, sessionId);
  const rows = await repo.listAttendance(c.db, c.org.orgId, sessionId);
  await c.audit({
    action: 'training_attendance.listed',
    resourceType: 'training_session',
    resourceId: sessionId,
    sensitiveRead: true,
    details: { count: rows.length },
  });
  return {
    attendees: rows.map(({ attendance: a, displayCode }) => ({
      id: a.id,
      memberId: a.memberId,
      displayCode: formatDisplayCode(displayCode),
      preScore: a.preScore,
      postScore: a.postScore,
      recordedAt: a.recordedAt.toISOString(),
    })),
  };
}

export async function updateAttendance(
  ctx: ServiceContext,
  sessionId: string,
  attendanceId: string,
  input: AttendanceUpdateInput,
): Promise<{ ok: true }> {
  const c = orgContext(ctx);
  await requireAttendance(c, sessionId, attendanceId);
  await repo.updateAttendance(c.db, c.org.orgId, attendanceId, {
    ...(input.preScore !== undefined && { preScore: input.preScore }),
    ...(input.postScore !== undefined && { postScore: input.postScore }),
  });
  await c.audit({
    action: 'training_attendance.scored',
    resourceType: 'training_session',
    resourceId: sessionId,
    details: { attendanceId },
  });
  return { ok: true };
}

export async function removeAttendance(
  ctx: ServiceContext,
  sessionId: string,
  attendanceId: string,
): Promise<{ ok: true }> {
  const c = orgContext(ctx);
  const row = await requireAttendance(c, sessionId, attendanceId);
  await repo.deleteAttendance(c.db, c.org.orgId, attendanceId);
  await c.audit({
    action: 'training_attendance.removed',
    resourceType: 'training_session',
    resourceId: sessionId,
    details: { attendanceId, memberId: row.memberId },
  });
  return { ok: true };
}
