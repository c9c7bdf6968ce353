import type { Recipe, RecipeContext } from '../../testing/route-recipes';
import { buildPartner } from './alliances.factories';

/** A valid request for every route of the alliances registry; names carry unique markers. */
let sequence = 0;
const unique = (prefix: string) => `${prefix}-${process.pid}-al${(sequence++).toString(36)}`;

const planted = (ctx: RecipeContext) =>
  buildPartner(ctx.t, {
    orgId: ctx.orgId,
    name: unique('ALIADA'),
    interactions: [{ kind: 'joint_action', title: unique('ACCION-CONJUNTA'), happenedOn: '2026-10-02' }],
  });

export const ALLIANCE_RECIPES: Record<string, Recipe> = {
  'GET /api/orgs/:orgId/alliances/partners': async (ctx) => {
    await planted(ctx);
    return { params: { orgId: ctx.orgId } };
  },
  'POST /api/orgs/:orgId/alliances/partners': async (ctx) => ({
    params: { orgId: ctx.orgId },
    body: {
      name: unique('Aliada'),
      kind: 'plhiv_network',
      strength: 'emerging',
      contactRole: 'Coordinación',
    },
  }),
  'GET /api/orgs/:orgId/alliances/partners/:partnerId': async (ctx) => {
    const p = await planted(ctx);
    return { params: { orgId: ctx.orgId, partnerId: p.id } };
  },
  'PATCH /api/orgs/:orgId/alliances/partners/:partnerId': async (ctx) => {
    const p = await planted(ctx);
    return { params: { orgId: ctx.orgId, partnerId: p.id }, body: { strength: 'strong' } };
  },
  'POST /api/orgs/:orgId/alliances/partners/:partnerId/interactions': async (ctx) => {
    const p = await planted(ctx);
    return {
      params: { orgId: ctx.orgId, partnerId: p.id },
      body: { kind: 'engagement', title: unique('Reunión'), happenedOn: '2026-11-03' },
    };
  },
};
