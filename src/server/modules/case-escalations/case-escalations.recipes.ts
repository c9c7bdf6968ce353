import type { Recipe, RecipeContext } from '../../testing/route-recipes';
import { unique } from '../../testing/route-recipes';
import { buildCase } from '../cases/cases.factory';
import { buildEscalation } from './case-escalations.factory';

/** A consented case the caller works (assigned), with a planted narrative and perpetrator name. */
async function caseParams(ctx: RecipeContext) {
  const built = await buildCase(ctx.t, {
    orgId: ctx.orgId,
    assignedUserIds: ctx.actor ? [ctx.actor.userId] : [],
    narrative: unique('RELATO-CASO'),
    perpetratorName: unique('NOMBRE-AGRESOR'),
  });
  return { orgId: ctx.orgId, caseId: built.id };
}

async function escalationParams(ctx: RecipeContext) {
  const params = await caseParams(ctx);
  const { id } = await buildEscalation(ctx.t, { ...params, excerpt: unique('EXTRACTO-RELATO') });
  return { ...params, escalationId: id };
}

const body = () => ({
  fields: {
    datePrecision: 'month',
    areaLevel: 'none',
    locationType: true,
    actTypes: true,
    perpetratorTypes: true,
    responses: true,
    narrativeExcerpt: true,
  },
  excerpt: unique('EXTRACTO-RELATO'),
});

export const CASE_ESCALATION_RECIPES: Record<string, Recipe> = {
  'GET /api/orgs/:orgId/cases/:caseId/escalations': async (ctx) => ({ params: await escalationParams(ctx) }),
  'GET /api/orgs/:orgId/cases/:caseId/escalations/options': async (ctx) => ({
    params: await caseParams(ctx),
  }),
  'POST /api/orgs/:orgId/cases/:caseId/escalations/preview': async (ctx) => ({
    params: await caseParams(ctx),
    body: body(),
  }),
  'POST /api/orgs/:orgId/cases/:caseId/escalations': async (ctx) => ({
    params: await caseParams(ctx),
    body: body(),
  }),
  'GET /api/orgs/:orgId/cases/:caseId/escalations/:escalationId': async (ctx) => ({
    params: await escalationParams(ctx),
  }),
  'GET /api/orgs/:orgId/cases/:caseId/escalations/:escalationId/pdf': async (ctx) => ({
    params: await escalationParams(ctx),
  }),
};
