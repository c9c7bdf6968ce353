import { newId } from '../../../domain/ids';
import { dayOf } from '../../../domain/outreach';
import {
  PLANNING_LIMITS,
  type ActivityCreateInput,
  type ActivityList,
  type ActivityListQuery,
  type ActivityUpdateInput,
  type ActivityView,
  type ObjectiveCreateInput,
  type ObjectiveUpdateInput,
  type ObjectiveView,
  type StrategyUpdateInput,
  type StrategyView,
} from '../../../domain/planning.schemas';
import { AppError } from '../../platform/errors';
import { orgContext, type OrgServiceContext, type ServiceContext } from '../../platform/http/route-spec';
import { grantExists } from './planning.grants';
import { presentActivity, presentObjective } from './planning.presenter';
import * as repo from './planning.repo';

const invalid = (field: string, reason = 'invalid_value') =>
  new AppError('validation', { field, params: { reason } });

// ── Strategy: vision, mission, objectives.

export async function getStrategy(ctx: ServiceContext): Promise<StrategyView> {
  const c = orgContext(ctx);
  const strategy = await repo.findStrategy(c.db, c.org.orgId);
  const objectives = await repo.listObjectives(c.db, c.org.orgId);
  return {
    vision: strategy?.vision ?? null,
    mission: strategy?.mission ?? null,
    updatedAt: strategy?.updatedAt.toISOString() ?? null,
    objectives: objectives.map(presentObjective),
  };
}

export async function updateStrategy(ctx: ServiceContext, input: StrategyUpdateInput): Promise<StrategyView> {
  const c = orgContext(ctx);
  await repo.upsertStrategy(c.db, {
    orgId: c.org.orgId,
    vision: input.vision || null,
    mission: input.mission || null,
    updatedAt: c.now,
    updatedBy: c.actor.userId,
  });
  await ctx.audit({
    action: 'org_strategy.updated',
    resourceType: 'org_strategy',
    resourceId: c.org.orgId,
    details: { vision: Boolean(input.vision), mission: Boolean(input.mission) },
  });
  return getStrategy(ctx);
}

export async function createObjective(
  ctx: ServiceContext,
  input: ObjectiveCreateInput,
): Promise<ObjectiveView> {
  const c = orgContext(ctx);
  const id = input.id ?? newId(c.now.getTime());
  const existing = await repo.findObjective(c.db, c.org.orgId, id);
  if (existing) {
    // A retry of the same create (client-generated id) answers with the record; anything else conflicts.
    if (existing.title !== input.title) throw new AppError('conflict', { field: 'id' });
    return presentObjective(existing);
  }
  if ((await repo.countObjectives(c.db, c.org.orgId)) >= PLANNING_LIMITS.objectivesMax)
    throw invalid('title', 'too_big');
  const row: repo.ObjectiveRow = {
    orgId: c.org.orgId,
    id,
    title: input.title,
    description: input.description || null,
    position: input.position ?? (await repo.nextObjectivePosition(c.db, c.org.orgId)),
    active: true,
    createdAt: c.now,
    updatedAt: c.now,
  };
  if (!(await repo.insertObjective(c.db, row))) throw new AppError('conflict', { field: 'id' });
  await ctx.audit({
    action: 'strategic_objective.created',
    resourceType: 'strategic_objective',
    resourceId: id,
  });
  return presentObjective(row);
}

export async function updateObjective(
  ctx: ServiceContext,
  id: string,
  input: ObjectiveUpdateInput,
): Promise<ObjectiveView> {
  const c = orgContext(ctx);
  const values: Parameters<typeof repo.updateObjective>[3] = { updatedAt: c.now };
  if (input.title !== undefined) values.title = input.title;
  if (input.description !== undefined) values.description = input.description || null;
  if (input.position !== undefined) values.position = input.position;
  if (input.active !== undefined) values.active = input.active;
  const row = await repo.updateObjective(c.db, c.org.orgId, id, values);
  if (!row) throw new AppError('not_found');
  await ctx.audit({
    action: 'strategic_objective.updated',
    resourceType: 'strategic_objective',
    resourceId: id,
    details: { active: row.active },
  });
  return presentObjective(row);
}

// ── Workplan.

async function checkLinks(
  c: OrgServiceContext,
  links: { objectiveId?: string | null | undefined; grantId?: string | null | undefined },
): Promise<void> {
  if (links.objectiveId && !(await repo.findObjective(c.db, c.org.orgId, links.objectiveId)))
    throw invalid('objectiveId');
  if (links.grantId && !(await grantExists(c.db, c.org.orgId, links.grantId))) throw invalid('grantId');
}

export async function listActivities(ctx: ServiceContext, query: ActivityListQuery): Promise<ActivityList> {
  const c = orgContext(ctx);
  const today = dayOf(c.now);
  const rows = await repo.listActivities(c.db, c.org.orgId, query);
  return { today, activities: rows.map((row) => presentActivity(row, today)) };
}

export async function createActivity(ctx: ServiceContext, input: ActivityCreateInput): Promise<ActivityView> {
  const c = orgContext(ctx);
  const id = input.id ?? newId(c.now.getTime());
  const today = dayOf(c.now);
  const existing = await repo.findActivity(c.db, c.org.orgId, id);
  if (existing) {
    if (existing.title !== input.title) throw new AppError('conflict', { field: 'id' });
    return presentActivity(existing, today);
  }
  await checkLinks(c, input);
  const row: repo.ActivityRow = {
    orgId: c.org.orgId,
    id,
    objectiveId: input.objectiveId ?? null,
    grantId: input.grantId ?? null,
    title: input.title,
    startsOn: input.startsOn,
    endsOn: input.endsOn,
    status: input.status ?? 'planned',
    responsibleRole: input.responsibleRole || null,
    createdAt: c.now,
    updatedAt: c.now,
  };
  if (!(await repo.insertActivity(c.db, row))) throw new AppError('conflict', { field: 'id' });
  await ctx.audit({
    action: 'workplan_activity.created',
    resourceType: 'workplan_activity',
    resourceId: id,
    details: { objective: row.objectiveId !== null, grant: row.grantId !== null },
  });
  return presentActivity(row, today);
}

export async function updateActivity(
  ctx: ServiceContext,
  id: string,
  input: ActivityUpdateInput,
): Promise<ActivityView> {
  const c = orgContext(ctx);
  const current = await repo.findActivity(c.db, c.org.orgId, id);
  if (!current) throw new AppError('not_found');
  await checkLinks(c, input);
  const startsOn = input.startsOn ?? current.startsOn;
  const endsOn = input.endsOn ?? current.endsOn;
  if (endsOn < startsOn) throw invalid(input.endsOn !== undefined ? 'endsOn' : 'startsOn', 'invalid');
  const values: Parameters<typeof repo.updateActivity>[3] = { updatedAt: c.now, startsOn, endsOn };
  if (input.objectiveId !== undefined) values.objectiveId = input.objectiveId;
  if (input.grantId !== undefined) values.grantId = input.grantId;
  if (input.title !== undefined) values.title = input.title;
  if (input.status !== undefined) values.status = input.status;
  if (input.responsibleRole !== undefined) values.responsibleRole = input.responsibleRole || null;
  const row = await repo.updateActivity(c.db, c.org.orgId, id, values);
  if (!row) throw new AppError('not_found');
  await ctx.audit({
    action: 'workplan_activity.updated',
    resourceType: 'workplan_activity',
    resourceId: id,
    details: { statusChanged: input.status !== undefined && input.status !== current.status },
  });
  return presentActivity(row, dayOf(c.now));
}
