import crypto from 'node:crypto';
import type { Recipe, RecipeContext } from '../../testing/route-recipes';
import { unique } from '../../testing/route-recipes';
import { buildMember } from './members.factory';
import { testUic } from './members.test-support';

/** Members for recipes belong to the caller, so that a promotora reaches them (her caseload). */
async function memberOfCaller(ctx: RecipeContext, options: { uicHash?: Buffer } = {}) {
  return buildMember(ctx.t, {
    orgId: ctx.orgId,
    assignedUserId: ctx.actor?.userId ?? null,
    notes: unique('NOTA-PERSONA'),
    ...options,
  });
}

async function memberParams(ctx: RecipeContext) {
  const member = await memberOfCaller(ctx);
  return { orgId: ctx.orgId, memberId: member.id };
}

/** One recipe per members route (spread into ROUTE_RECIPES). */
export const MEMBER_RECIPES: Record<string, Recipe> = {
  'GET /api/orgs/:orgId/members': async (ctx) => {
    await memberOfCaller(ctx);
    return { params: { orgId: ctx.orgId }, query: { limit: '20' } };
  },
  'POST /api/orgs/:orgId/members': async (ctx) => ({
    params: { orgId: ctx.orgId },
    body: { uic: testUic(), ageBand: '18_24', genderIdentity: 'trans_woman', notes: unique('nota') },
  }),
  'POST /api/orgs/:orgId/members/check-duplicate': async (ctx) => ({
    params: { orgId: ctx.orgId },
    body: { uic: testUic() },
  }),
  'GET /api/orgs/:orgId/members/:memberId': async (ctx) => ({ params: await memberParams(ctx) }),
  'PATCH /api/orgs/:orgId/members/:memberId': async (ctx) => ({
    params: await memberParams(ctx),
    body: { ageBand: '35_44', notes: unique('nota') },
  }),
  'POST /api/orgs/:orgId/members/:memberId/merge': async (ctx) => {
    const kept = await memberOfCaller(ctx);
    return { params: await memberParams(ctx), body: { intoMemberId: kept.id } };
  },
  'POST /api/orgs/:orgId/members/:memberId/not-duplicate': async (ctx) => {
    const uicHash = crypto.randomBytes(32);
    const other = await memberOfCaller(ctx, { uicHash });
    const member = await memberOfCaller(ctx, { uicHash });
    return { params: { orgId: ctx.orgId, memberId: member.id }, body: { otherMemberId: other.id } };
  },
  'GET /api/orgs/:orgId/members/:memberId/consents': async (ctx) => {
    const member = await buildMember(ctx.t, {
      orgId: ctx.orgId,
      assignedUserId: ctx.actor?.userId ?? null,
      ...(ctx.actor ? { consent: { recordedBy: ctx.actor.userId } } : {}),
    });
    return { params: { orgId: ctx.orgId, memberId: member.id } };
  },
  'POST /api/orgs/:orgId/members/:memberId/consents': async (ctx) => ({
    params: await memberParams(ctx),
    body: { purpose: 'services', granted: true },
  }),
  'GET /api/orgs/:orgId/members/:memberId/viewers': async (ctx) => ({ params: await memberParams(ctx) }),
};
