import type { Recipe, RecipeContext } from '../../testing/route-recipes';
import { unique } from '../../testing/route-recipes';
import { buildCase } from '../cases/cases.factory';
import { buildBarrier } from './barriers.factory';

const org = (ctx: RecipeContext) => ({ orgId: ctx.orgId });

/** A case with a planted narrative, linked to a barrier with a planted description. */
async function linkedCase(ctx: RecipeContext, link = true) {
  const built = await buildCase(ctx.t, {
    orgId: ctx.orgId,
    assignedUserIds: ctx.actor ? [ctx.actor.userId] : [],
    narrative: unique('RELATO-CASO'),
  });
  const barrier = await buildBarrier(ctx.t, {
    orgId: ctx.orgId,
    title: unique('BARRERA'),
    description: unique('DESCRIPCION-BARRERA'),
    caseIds: link ? [built.id] : [],
  });
  return { caseId: built.id, barrierId: barrier.id };
}

export const BARRIER_RECIPES: Record<string, Recipe> = {
  'GET /api/orgs/:orgId/barriers': async (ctx) => {
    await linkedCase(ctx);
    return { params: org(ctx) };
  },
  'POST /api/orgs/:orgId/barriers': async (ctx) => ({
    params: org(ctx),
    body: {
      kind: 'law',
      title: unique('LEY'),
      description: unique('DESCRIPCION-BARRERA'),
      countryCode: 'SV',
    },
  }),
  'GET /api/orgs/:orgId/barriers/:barrierId': async (ctx) => ({
    params: { ...org(ctx), barrierId: (await linkedCase(ctx)).barrierId },
  }),
  'PATCH /api/orgs/:orgId/barriers/:barrierId': async (ctx) => ({
    params: { ...org(ctx), barrierId: (await linkedCase(ctx)).barrierId },
    body: { status: 'challenged' },
  }),
  'GET /api/orgs/:orgId/cases/:caseId/barriers': async (ctx) => ({
    params: { ...org(ctx), caseId: (await linkedCase(ctx)).caseId },
  }),
  'POST /api/orgs/:orgId/cases/:caseId/barriers': async (ctx) => {
    const { caseId, barrierId } = await linkedCase(ctx, false);
    return { params: { ...org(ctx), caseId }, body: { barrierId } };
  },
  'DELETE /api/orgs/:orgId/cases/:caseId/barriers/:barrierId': async (ctx) => ({
    params: { ...org(ctx), ...(await linkedCase(ctx)) },
  }),
};
