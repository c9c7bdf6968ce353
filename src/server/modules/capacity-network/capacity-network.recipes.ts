import type { Recipe, RecipeContext } from '../../testing/route-recipes';
import { buildSharing, buildTaRequest } from './capacity-network.factories';

/** A valid request for every route of the capacity-network and programme-evidence modules. */
let sequence = 0;
const unique = (prefix: string) => `${prefix}-${process.pid}-n${(sequence++).toString(36)}`;
const org = (ctx: RecipeContext) => ({ orgId: ctx.orgId });

export const CAPACITY_NETWORK_RECIPES: Record<string, Recipe> = {
  'GET /api/orgs/:orgId/capacity/sharing': async (ctx) => {
    await buildSharing(ctx.t, { orgId: ctx.orgId });
    return { params: org(ctx) };
  },
  'PUT /api/orgs/:orgId/capacity/sharing': async (ctx) => ({
    params: org(ctx),
    body: { shareScores: true, shareTaRequests: false },
  }),
  'GET /api/orgs/:orgId/capacity/ta-requests': async (ctx) => {
    await buildTaRequest(ctx.t, { orgId: ctx.orgId, description: unique('NOTA-AYUDA') });
    return { params: org(ctx) };
  },
  'POST /api/orgs/:orgId/capacity/ta-requests': async (ctx) => ({
    params: org(ctx),
    body: { domainKey: 'governance', description: unique('Necesitamos apoyo') },
  }),
  'PATCH /api/orgs/:orgId/capacity/ta-requests/:requestId': async (ctx) => {
    const request = await buildTaRequest(ctx.t, { orgId: ctx.orgId });
    return { params: { ...org(ctx), requestId: request.id }, body: { status: 'closed' } };
  },
  'GET /api/orgs/:orgId/capacity/network': async (ctx) => {
    await buildSharing(ctx.t, { orgId: ctx.orgId });
    await buildTaRequest(ctx.t, { orgId: ctx.orgId, description: unique('NOTA-AYUDA') });
    return { params: org(ctx) };
  },
  'GET /api/orgs/:orgId/capacity/network/settings': async (ctx) => ({ params: org(ctx) }),
  'PUT /api/orgs/:orgId/capacity/network/settings': async (ctx) => ({
    params: org(ctx),
    body: { minOrganizations: 3 },
  }),
  'GET /api/orgs/:orgId/capacity/evidence': async (ctx) => ({ params: org(ctx) }),
};
