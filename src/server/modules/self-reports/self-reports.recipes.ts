import type { Recipe, RecipeContext } from '../../testing/route-recipes';
import { listActTypes } from '../cases/cases.repo';
import { buildSelfReport, buildSelfReportForm } from './self-reports.factory';

/**
 * A valid request for every self-report route. Public routes get an open form or a report of their
 * own (a fresh organization's id in the URL is irrelevant to them); reports carry unique markers.
 */
let sequence = 0;
/** A unique suffix (route-recipes' own helper would make an import cycle with this file). */
const unique = (prefix: string) => `${prefix}-${process.pid}-sr${(sequence++).toString(36)}`;

const org = (ctx: RecipeContext) => ({ orgId: ctx.orgId });

async function reportParams(ctx: RecipeContext) {
  const report = await buildSelfReport(ctx.t, {
    orgId: ctx.orgId,
    whatHappened: unique('RELATO-ANONIMO'),
    reporterMessage: unique('MENSAJE-ANONIMO'),
  });
  return { orgId: ctx.orgId, reportId: report.id };
}

export const SELF_REPORT_RECIPES: Record<string, Recipe> = {
  'GET /api/public/self-report/:token': async (ctx) => ({
    params: { token: (await buildSelfReportForm(ctx.t, { orgId: ctx.orgId })).token },
  }),
  'POST /api/public/self-report/:token': async (ctx) => ({
    params: { token: (await buildSelfReportForm(ctx.t, { orgId: ctx.orgId })).token },
    body: { whatHappened: unique('RELATO-ANONIMO'), actTypes: ['threats'], wantsContact: false },
  }),
  'POST /api/public/self-report/claim': async (ctx) => ({
    params: {},
    body: { code: (await buildSelfReport(ctx.t, { orgId: ctx.orgId })).claimCode },
  }),
  'POST /api/public/self-report/claim/messages': async (ctx) => ({
    params: {},
    body: {
      code: (await buildSelfReport(ctx.t, { orgId: ctx.orgId })).claimCode,
      body: unique('MENSAJE-ANONIMO'),
    },
  }),
  'GET /api/orgs/:orgId/self-report-settings': async (ctx) => {
    await buildSelfReportForm(ctx.t, { orgId: ctx.orgId });
    return { params: org(ctx) };
  },
  'PUT /api/orgs/:orgId/self-report-settings': async (ctx) => ({
    params: org(ctx),
    body: { enabled: true },
  }),
  'POST /api/orgs/:orgId/self-report-settings/renew-link': async (ctx) => ({ params: org(ctx) }),
  'GET /api/orgs/:orgId/self-reports': async (ctx) => {
    await reportParams(ctx);
    return { params: org(ctx), query: { status: 'new' } };
  },
  'GET /api/orgs/:orgId/self-reports/:reportId': async (ctx) => ({ params: await reportParams(ctx) }),
  'POST /api/orgs/:orgId/self-reports/:reportId/messages': async (ctx) => ({
    params: await reportParams(ctx),
    body: { body: unique('RESPUESTA') },
  }),
  'POST /api/orgs/:orgId/self-reports/:reportId/close': async (ctx) => ({ params: await reportParams(ctx) }),
  'POST /api/orgs/:orgId/self-reports/:reportId/convert': async (ctx) => {
    // Another recipe may have replaced the organization's act types: name one that is active now.
    const active = (await listActTypes(ctx.t.db, ctx.orgId)).find((type) => type.active);
    return { params: await reportParams(ctx), body: active ? { actTypes: [active.key] } : {} };
  },
};
