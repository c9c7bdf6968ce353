import { unique, type Recipe, type RecipeContext } from '../../testing/route-recipes';
import { buildPackage } from './coverage.factory';

/** A valid request for every route of the coverage module. */
const org = (ctx: RecipeContext) => ({ orgId: ctx.orgId });

export const COVERAGE_RECIPES: Record<string, Recipe> = {
  'GET /api/orgs/:orgId/coverage': async (ctx) => {
    const pkg = await buildPackage(ctx.t, { orgId: ctx.orgId });
    return { params: org(ctx), query: { from: '2026-01', to: '2026-03', level: 'site', packageId: pkg.id } };
  },
  'GET /api/orgs/:orgId/coverage/packages': async (ctx) => {
    await buildPackage(ctx.t, { orgId: ctx.orgId, funderLabel: 'Fondo Mundial' });
    return { params: org(ctx) };
  },
  'GET /api/orgs/:orgId/coverage/packages/:packageId': async (ctx) => {
    const pkg = await buildPackage(ctx.t, { orgId: ctx.orgId });
    return { params: { ...org(ctx), packageId: pkg.id } };
  },
  'POST /api/orgs/:orgId/coverage/packages': async (ctx) => ({
    params: org(ctx),
    body: {
      name: unique('Fondo Mundial KP-1c'),
      funderLabel: 'Fondo Mundial',
      rule: { minContacts: 1, allOf: ['condoms'], anyOf: ['info', 'referral_hiv_test'] },
    },
  }),
  'PATCH /api/orgs/:orgId/coverage/packages/:packageId': async (ctx) => {
    const pkg = await buildPackage(ctx.t, { orgId: ctx.orgId });
    return {
      params: { ...org(ctx), packageId: pkg.id },
      body: { rule: { minContacts: 2, allOf: ['condoms', 'lubricant'], anyOf: [] } },
    };
  },
};
