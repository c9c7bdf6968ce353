import { dayOf, weekStartOf } from '../../../domain/outreach';
import { buildUser } from '../../testing/factories';
import type { Recipe, RecipeContext } from '../../testing/route-recipes';
import { unique } from '../../testing/route-recipes';
import { buildMember } from '../members/members.factory';
import { buildPlanItem } from './outreach.factory';

const thisWeek = (ctx: RecipeContext) => weekStartOf(dayOf(ctx.t.clock.now()));

/** A member of `userId`'s caseload with a plan item for her this week (a planted note). */
async function caseloadWithPlan(ctx: RecipeContext, userId: string | null) {
  const member = await buildMember(ctx.t, { orgId: ctx.orgId, assignedUserId: userId });
  if (userId)
    await buildPlanItem(ctx.t, {
      orgId: ctx.orgId,
      userId,
      memberId: member.id,
      plannedDay: thisWeek(ctx),
      note: unique('NOTA-PLAN'),
    });
  return member;
}

/** A promotora of the organization with a caseload and a plan, for the supervision routes. */
async function promotoraParams(ctx: RecipeContext) {
  const promotora = await buildUser(ctx.t, { orgId: ctx.orgId, role: 'promotora' });
  await caseloadWithPlan(ctx, promotora.userId);
  return { orgId: ctx.orgId, userId: promotora.userId };
}

/** One recipe per outreach route (spread into ROUTE_RECIPES). */
export const OUTREACH_RECIPES: Record<string, Recipe> = {
  'GET /api/orgs/:orgId/outreach/caseload': async (ctx) => {
    await caseloadWithPlan(ctx, ctx.actor?.userId ?? null);
    return { params: { orgId: ctx.orgId } };
  },
  'GET /api/orgs/:orgId/outreach/plan': async (ctx) => {
    await caseloadWithPlan(ctx, ctx.actor?.userId ?? null);
    return { params: { orgId: ctx.orgId }, query: { week: thisWeek(ctx) } };
  },
  'PUT /api/orgs/:orgId/outreach/plan': async (ctx) => {
    const member = await buildMember(ctx.t, { orgId: ctx.orgId, assignedUserId: ctx.actor?.userId ?? null });
    return {
      params: { orgId: ctx.orgId },
      query: { week: thisWeek(ctx) },
      body: {
        items: [{ memberId: member.id, plannedDay: thisWeek(ctx), note: unique('NOTA-PLAN'), done: false }],
      },
    };
  },
  'GET /api/orgs/:orgId/outreach/supervision': async (ctx) => {
    await promotoraParams(ctx);
    return { params: { orgId: ctx.orgId } };
  },
  'GET /api/orgs/:orgId/outreach/supervision/:userId/caseload': async (ctx) => ({
    params: await promotoraParams(ctx),
  }),
  'GET /api/orgs/:orgId/outreach/supervision/:userId/plan': async (ctx) => ({
    params: await promotoraParams(ctx),
    query: { week: thisWeek(ctx) },
  }),
};
