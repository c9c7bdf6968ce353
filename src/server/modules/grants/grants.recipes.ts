import type { Recipe, RecipeContext } from '../../testing/route-recipes';
import { buildFee, buildGrant, buildOpportunity } from './grants.factories';

/** A valid request for every route of the grants module (grants, reports, pipeline, fees). */
let sequence = 0;
const unique = (prefix: string) => `${prefix}-${process.pid}-g${(sequence++).toString(36)}`;
const org = (ctx: RecipeContext) => ({ orgId: ctx.orgId });

export const GRANT_RECIPES: Record<string, Recipe> = {
  'GET /api/orgs/:orgId/grants': async (ctx) => {
    await buildGrant(ctx.t, { orgId: ctx.orgId, reports: [{ dueOn: '2026-06-30' }] });
    return { params: org(ctx) };
  },
  'POST /api/orgs/:orgId/grants': async (ctx) => ({
    params: org(ctx),
    body: {
      funder: unique('Fondo'),
      title: unique('Proyecto'),
      amount: 12000.5,
      currency: 'usd',
      startsOn: '2026-01-01',
      endsOn: '2026-12-31',
      reports: [{ dueOn: '2026-07-15', kind: 'narrative' }],
    },
  }),
  'GET /api/orgs/:orgId/grants/reports-due': async (ctx) => {
    await buildGrant(ctx.t, { orgId: ctx.orgId, reports: [{ dueOn: '2020-01-01' }] });
    return { params: org(ctx) };
  },
  'GET /api/orgs/:orgId/grants/:grantId': async (ctx) => {
    const grant = await buildGrant(ctx.t, { orgId: ctx.orgId, reports: [{ dueOn: '2026-06-30' }] });
    return { params: { ...org(ctx), grantId: grant.id } };
  },
  'PATCH /api/orgs/:orgId/grants/:grantId': async (ctx) => {
    const grant = await buildGrant(ctx.t, { orgId: ctx.orgId });
    return { params: { ...org(ctx), grantId: grant.id }, body: { status: 'closed' } };
  },
  'POST /api/orgs/:orgId/grants/:grantId/reports': async (ctx) => {
    const grant = await buildGrant(ctx.t, { orgId: ctx.orgId });
    return { params: { ...org(ctx), grantId: grant.id }, body: { dueOn: '2026-10-31', kind: 'financial' } };
  },
  'PATCH /api/orgs/:orgId/grant-reports/:reportId': async (ctx) => {
    const grant = await buildGrant(ctx.t, { orgId: ctx.orgId, reports: [{ dueOn: '2020-03-31' }] });
    return { params: { ...org(ctx), reportId: grant.reportIds[0]! }, body: { submittedOn: '2020-03-30' } };
  },
  'GET /api/orgs/:orgId/funding-opportunities': async (ctx) => {
    await buildOpportunity(ctx.t, { orgId: ctx.orgId });
    return { params: org(ctx) };
  },
  'POST /api/orgs/:orgId/funding-opportunities': async (ctx) => ({
    params: org(ctx),
    body: {
      funder: unique('Fundación'),
      title: unique('Convocatoria'),
      amount: 8000,
      currency: 'EUR',
      notes: unique('NOTA-OPORTUNIDAD'),
    },
  }),
  'PATCH /api/orgs/:orgId/funding-opportunities/:opportunityId': async (ctx) => {
    const opportunity = await buildOpportunity(ctx.t, { orgId: ctx.orgId });
    return { params: { ...org(ctx), opportunityId: opportunity.id }, body: { stage: 'proposal' } };
  },
  'GET /api/orgs/:orgId/membership-fees': async (ctx) => {
    await buildFee(ctx.t, { orgId: ctx.orgId, status: 'exempt' });
    return { params: org(ctx), query: { period: '2026' } };
  },
  'POST /api/orgs/:orgId/membership-fees': async (ctx) => ({
    params: org(ctx),
    body: { period: '2026-03', amount: 2, currency: 'USD', status: 'exempt', exemptionReason: 'hardship' },
  }),
  'PATCH /api/orgs/:orgId/membership-fees/:feeId': async (ctx) => {
    const fee = await buildFee(ctx.t, { orgId: ctx.orgId });
    return { params: { ...org(ctx), feeId: fee.id }, body: { status: 'paid' } };
  },
};
