import type { Recipe, RecipeContext } from '../../testing/route-recipes';
import { unique } from '../../testing/route-recipes';
import { buildCase } from '../cases/cases.factory';
import { monthEnd, monthStart } from '../../../domain/case-analysis.schemas';
import { buildNetworkShare } from './case-analysis.factory';
import { payloadDigest } from './case-analysis.service';
import { sharePayload } from './network-shares.service';

const org = (ctx: RecipeContext) => ({ orgId: ctx.orgId });
const PERIOD = { periodStart: '2000-01', periodEnd: '2099-12' };

/** A consented case with a planted narrative and perpetrator name (never in any aggregate). */
async function plantCase(ctx: RecipeContext) {
  await buildCase(ctx.t, {
    orgId: ctx.orgId,
    narrative: unique('RELATO-CASO'),
    perpetratorName: unique('NOMBRE-AGRESOR'),
  });
}

export const CASE_ANALYSIS_RECIPES: Record<string, Recipe> = {
  'GET /api/orgs/:orgId/case-analysis': async (ctx) => {
    await plantCase(ctx);
    return { params: org(ctx), query: { from: '2000-01' } };
  },
  'GET /api/orgs/:orgId/case-analysis/export/:format': async (ctx) => {
    await plantCase(ctx);
    return { params: { ...org(ctx), format: 'csv' } };
  },
  'GET /api/orgs/:orgId/network-shares': async (ctx) => {
    await plantCase(ctx);
    await buildNetworkShare(ctx.t, { orgId: ctx.orgId });
    return { params: org(ctx) };
  },
  'GET /api/orgs/:orgId/network-shares/preview': async (ctx) => {
    await plantCase(ctx);
    return { params: org(ctx), query: PERIOD };
  },
  'POST /api/orgs/:orgId/network-shares': async (ctx) => {
    await plantCase(ctx);
    const payload = await sharePayload(
      ctx.t.db,
      ctx.orgId,
      monthStart(PERIOD.periodStart),
      monthEnd(PERIOD.periodEnd),
    );
    return { params: org(ctx), body: { ...PERIOD, previewDigest: payloadDigest(payload) } };
  },
  'POST /api/orgs/:orgId/network-shares/:shareId/withdraw': async (ctx) => {
    return { params: { ...org(ctx), shareId: (await buildNetworkShare(ctx.t, { orgId: ctx.orgId })).id } };
  },
  'GET /api/orgs/:orgId/network/hr-aggregates': async (ctx) => {
    await buildNetworkShare(ctx.t, { orgId: ctx.orgId });
    return { params: org(ctx) };
  },
};
