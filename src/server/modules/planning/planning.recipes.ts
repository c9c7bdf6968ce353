import { buildUser } from '../../testing/factories';
import type { Recipe, RecipeContext } from '../../testing/route-recipes';
import { buildActivity, buildDocument, buildObjective, tinyPdf } from './planning.factory';

/** A valid request for every planning route; titles carry unique markers. */
let sequence = 0;
const unique = (prefix: string) => `${prefix}-${process.pid}-p${(sequence++).toString(36)}`;

const org = (ctx: RecipeContext) => ({ orgId: ctx.orgId });

async function uploader(ctx: RecipeContext): Promise<string> {
  return ctx.actor?.userId ?? (await buildUser(ctx.t, { orgId: ctx.orgId, role: 'coordinator' })).userId;
}

async function documentParams(ctx: RecipeContext, withFile = false) {
  const document = await buildDocument(ctx.t, {
    orgId: ctx.orgId,
    title: unique('ESTATUTOS'),
    expiresOn: '2099-01-01',
    ...(withFile ? { fileName: unique('escaneo') + '.pdf', createdBy: await uploader(ctx) } : {}),
  });
  return { orgId: ctx.orgId, documentId: document.id };
}

export const PLANNING_RECIPES: Record<string, Recipe> = {
  'GET /api/orgs/:orgId/planning/strategy': async (ctx) => {
    await buildObjective(ctx.t, { orgId: ctx.orgId, title: unique('OBJETIVO') });
    return { params: org(ctx) };
  },
  'PUT /api/orgs/:orgId/planning/strategy': async (ctx) => ({
    params: org(ctx),
    body: { vision: unique('VISION'), mission: unique('MISION') },
  }),
  'POST /api/orgs/:orgId/planning/objectives': async (ctx) => ({
    params: org(ctx),
    body: { title: unique('OBJETIVO') },
  }),
  'PATCH /api/orgs/:orgId/planning/objectives/:objectiveId': async (ctx) => {
    const objective = await buildObjective(ctx.t, { orgId: ctx.orgId });
    return { params: { orgId: ctx.orgId, objectiveId: objective.id }, body: { title: unique('OBJETIVO') } };
  },
  'GET /api/orgs/:orgId/planning/activities': async (ctx) => {
    await buildActivity(ctx.t, { orgId: ctx.orgId, title: unique('ACTIVIDAD') });
    return { params: org(ctx) };
  },
  'POST /api/orgs/:orgId/planning/activities': async (ctx) => ({
    params: org(ctx),
    body: { title: unique('ACTIVIDAD'), startsOn: '2030-01-01', endsOn: '2030-03-31' },
  }),
  'PATCH /api/orgs/:orgId/planning/activities/:activityId': async (ctx) => {
    const activity = await buildActivity(ctx.t, { orgId: ctx.orgId });
    return { params: { orgId: ctx.orgId, activityId: activity.id }, body: { status: 'in_progress' } };
  },
  'GET /api/orgs/:orgId/planning/documents': async (ctx) => {
    await documentParams(ctx);
    return { params: org(ctx) };
  },
  'POST /api/orgs/:orgId/planning/documents': async (ctx) => ({
    params: org(ctx),
    body: { kind: 'statutes', title: unique('ESTATUTOS'), issuedOn: '2020-01-15', expiresOn: '2030-01-15' },
  }),
  'PATCH /api/orgs/:orgId/planning/documents/:documentId': async (ctx) => ({
    params: await documentParams(ctx),
    body: { expiresOn: '2099-06-01' },
  }),
  'PUT /api/orgs/:orgId/planning/documents/:documentId/file': async (ctx) => ({
    params: await documentParams(ctx),
    body: {
      fileName: unique('escaneo') + '.pdf',
      contentType: 'application/pdf',
      contentBase64: tinyPdf().toString('base64'),
    },
  }),
  'GET /api/orgs/:orgId/planning/documents/:documentId/file': async (ctx) => ({
    params: await documentParams(ctx, true),
  }),
};
