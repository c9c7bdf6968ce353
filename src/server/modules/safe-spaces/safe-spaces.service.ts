import type { z } from 'zod';
import { newId } from '../../../domain/ids';
import { normalizeDisplayCodeQuery } from '../../../domain/members';
import type {
  ActivityInput as ActivitySchema,
  SafeSpaceCreateInput as SafeSpaceCreateSchema,
  SafeSpaceDetail,
  SafeSpaceService,
  SafeSpaceUpdateInput,
  SafeSpaceView,
  VisitInput,
  VisitRecorded,
} from '../../../domain/safe-spaces.schemas';
import { AppError } from '../../platform/errors';
import { orgContext, type OrgServiceContext, type ServiceContext } from '../../platform/http/route-spec';
import { findMemberByCode } from '../trainings/attendance.repo';
import { areaExists, findSession } from '../trainings/trainings.repo';
import * as repo from './safe-spaces.repo';

const DAYS_SHOWN = 30;

function present(row: repo.SafeSpaceRow): SafeSpaceView {
  return {
    id: row.id,
    name: row.name,
    areaId: row.areaId,
    openingHours: row.openingHours,
    services: row.services as SafeSpaceService[],
    active: row.active,
  };
}

async function requireSpace(c: OrgServiceContext, id: string) {
  const row = await repo.findSafeSpace(c.db, c.org.orgId, id);
  if (!row) throw new AppError('not_found');
  return row;
}

async function requireArea(c: OrgServiceContext, areaId: string | null | undefined) {
  if (areaId && !(await areaExists(c.db, c.org.orgId, areaId)))
    throw new AppError('validation', { field: 'areaId' });
}

export async function listSafeSpaces(ctx: ServiceContext): Promise<SafeSpaceView[]> {
  const c = orgContext(ctx);
  return (await repo.listSafeSpaces(c.db, c.org.orgId)).map(present);
}

/** A space with visits counted per day (never who) and its activities. */
export async function getSafeSpace(ctx: ServiceContext, id: string): Promise<SafeSpaceDetail> {
  const c = orgContext(ctx);
  const row = await requireSpace(c, id);
  const fromOn = new Date(c.now.getTime() - (DAYS_SHOWN - 1) * 86_400_000).toISOString().slice(0, 10);
  const activities = await repo.listActivities(c.db, c.org.orgId, id);
  return {
    safeSpace: present(row),
    visitsByDay: await repo.visitsByDay(c.db, c.org.orgId, id, fromOn),
    activities: activities.map((a) => ({
      id: a.id,
      heldOn: a.heldOn,
      title: a.title,
      trainingSessionId: a.trainingSessionId,
    })),
  };
}

export async function createSafeSpace(
  ctx: ServiceContext,
  input: z.output<typeof SafeSpaceCreateSchema>,
): Promise<SafeSpaceView> {
  const c = orgContext(ctx);
  const id = input.id ?? newId(c.now.getTime());
  const existing = await repo.findSafeSpace(c.db, c.org.orgId, id);
  if (existing) {
    if (existing.name !== input.name) throw new AppError('conflict', { field: 'id' });
    return present(existing);
  }
  await requireArea(c, input.areaId);
  const row: repo.SafeSpaceRow = {
    orgId: c.org.orgId,
    id,
    name: input.name,
    areaId: input.areaId ?? null,
    openingHours: input.openingHours,
    services: [...new Set(input.services)],
    active: true,
    createdAt: c.now,
    updatedAt: c.now,
  };
  await repo.insertSafeSpace(c.db, row);
  await c.audit({ action: 'safe_space.created', resourceType: 'safe_space', resourceId: id });
  return present(row);
}

export async function updateSafeSpace(
  ctx: ServiceContext,
  id: string,
  input: SafeSpaceUpdateInput,
): Promise<SafeSpaceView> {
  const c = orgContext(ctx);
  await requireSpace(c, id);
  await requireArea(c, input.areaId);
  await repo.updateSafeSpace(c.db, c.org.orgId, id, {
    ...input,
    ...(input.services && { services: [...new Set(input.services)] }),
    updatedAt: c.now,
  });
  await c.audit({
    action: 'safe_space.updated',
    resourceType: 'safe_space',
    resourceId: id,
    details: { fields: Object.keys(input).sort().join(',') },
  });
  return present(await requireSpace(c, id));
}

/**
 * A visit by member code (once per space and day) or an anonymous tally. Idempotent by the client's
 * id; answers only the day's counts.
 */
export async function recordVisit(
  ctx: ServiceContext,
  id: string,
  input: VisitInput,
): Promise<VisitRecorded> {
  const c = orgContext(ctx);
  await requireSpace(c, id);
  let memberId: string | null = null;
  if (input.displayCode !== undefined) {
    const member = await findMemberByCode(c.db, c.org.orgId, normalizeDisplayCodeQuery(input.displayCode));
    if (!member) throw new AppError('not_found', { field: 'displayCode' });
    memberId = member.mergedIntoId ?? member.id;
  }
  const sameId = await repo.findVisit(c.db, c.org.orgId, input.id);
  if (sameId && (sameId.safeSpaceId !== id || sameId.memberId !== memberId))
    throw new AppError('conflict', { field: 'id' });
  const inserted =
    !sameId &&
    (await repo.insertVisit(c.db, {
      orgId: c.org.orgId,
      id: input.id,
      safeSpaceId: id,
      visitedOn: input.visitedOn,
      memberId,
      anonymousCount: memberId ? null : (input.anonymousCount ?? null),
      recordedBy: c.actor.userId,
      recordedAt: c.now,
    }));
  if (inserted)
    await c.audit({
      action: 'safe_space.visit_recorded',
      resourceType: 'safe_space',
      resourceId: id,
      details: { visitId: input.id, byCode: memberId !== null },
    });
  const day = (await repo.visitsByDay(c.db, c.org.orgId, id, input.visitedOn)).find(
    (d) => d.visitedOn === input.visitedOn,
  );
  return {
    alreadyRecorded: !inserted,
    day: day ?? { visitedOn: input.visitedOn, memberVisits: 0, anonymousVisits: 0 },
  };
}

export async function addActivity(
  ctx: ServiceContext,
  id: string,
  input: z.output<typeof ActivitySchema>,
): Promise<SafeSpaceDetail> {
  const c = orgContext(ctx);
  await requireSpace(c, id);
  const activityId = input.id ?? newId(c.now.getTime());
  const existing = await repo.findActivity(c.db, c.org.orgId, activityId);
  if (existing && existing.safeSpaceId !== id) throw new AppError('conflict', { field: 'id' });
  if (!existing) {
    if (input.trainingSessionId && !(await findSession(c.db, c.org.orgId, input.trainingSessionId)))
      throw new AppError('validation', { field: 'trainingSessionId' });
    await repo.insertActivity(c.db, {
      orgId: c.org.orgId,
      id: activityId,
      safeSpaceId: id,
      heldOn: input.heldOn,
      title: input.title,
      trainingSessionId: input.trainingSessionId ?? null,
      createdBy: c.actor.userId,
      createdAt: c.now,
    });
    await c.audit({
      action: 'safe_space.activity_added',
      resourceType: 'safe_space',
      resourceId: id,
      details: { activityId, linkedSession: Boolean(input.trainingSessionId) },
    });
  }
  return getSafeSpace(ctx, id);
}
