import { buildUser } from '../../testing/factories';
import type { Recipe, RecipeContext } from '../../testing/route-recipes';
import { buildIndicator, buildIndicatorAction, buildLesson, buildReviewNote } from './indicators.factory';

/** A valid request for every route of the indicators module; names and notes carry unique markers. */
let sequence = 0;
const unique = (prefix: string) => `${prefix}-${process.pid}-i${(sequence++).toString(36)}`;
const MONTH = '2026-03';

const org = (ctx: RecipeContext) => ({ orgId: ctx.orgId });

async function indicatorParams(ctx: RecipeContext) {
  const indicator = await buildIndicator(ctx.t, { orgId: ctx.orgId, name: unique('INDICADOR') });
  await buildReviewNote(ctx.t, {
    orgId: ctx.orgId,
    indicatorId: indicator.id,
    month: MONTH,
    note: unique('NOTA-REVISION'),
  });
  return { orgId: ctx.orgId, indicatorId: indicator.id };
}

async function staffUserId(ctx: RecipeContext) {
  return ctx.actor?.userId ?? (await buildUser(ctx.t, { orgId: ctx.orgId, role: 'promotora' })).userId;
}

/** An action item owned by the caller (so that its owner may mark it done). */
async function actionParams(ctx: RecipeContext) {
  const action = await buildIndicatorAction(ctx.t, {
    orgId: ctx.orgId,
    ownerUserId: await staffUserId(ctx),
    month: MONTH,
    title: unique('TAREA'),
  });
  return { orgId: ctx.orgId, actionId: action.id };
}

export const INDICATOR_RECIPES: Record<string, Recipe> = {
  'GET /api/orgs/:orgId/indicators/sources': async (ctx) => ({ params: org(ctx) }),
  'GET /api/orgs/:orgId/indicators': async (ctx) => {
    await indicatorParams(ctx);
    return { params: org(ctx) };
  },
  'POST /api/orgs/:orgId/indicators': async (ctx) => ({
    params: org(ctx),
    body: { name: unique('INDICADOR'), kind: 'count', sourceKey: 'members_reached' },
  }),
  'PATCH /api/orgs/:orgId/indicators/:indicatorId': async (ctx) => ({
    params: await indicatorParams(ctx),
    body: { name: unique('INDICADOR') },
  }),
  'POST /api/orgs/:orgId/indicators/:indicatorId/targets': async (ctx) => ({
    params: await indicatorParams(ctx),
    body: { periodType: 'month', periodStart: MONTH, target: 40 },
  }),
  'GET /api/orgs/:orgId/indicator-reviews/:month': async (ctx) => {
    await indicatorParams(ctx);
    await buildLesson(ctx.t, { orgId: ctx.orgId, month: MONTH, text: unique('LECCION') });
    return { params: { ...org(ctx), month: MONTH } };
  },
  'GET /api/orgs/:orgId/indicator-reviews/:month/export/:format': async (ctx) => {
    await indicatorParams(ctx);
    await actionParams(ctx);
    return { params: { ...org(ctx), month: MONTH, format: 'xlsx' } };
  },
  'PUT /api/orgs/:orgId/indicator-reviews/:month/notes/:indicatorId': async (ctx) => ({
    params: { ...(await indicatorParams(ctx)), month: MONTH },
    body: { note: unique('NOTA-REVISION') },
  }),
  'POST /api/orgs/:orgId/indicator-reviews/:month/actions': async (ctx) => ({
    params: { ...org(ctx), month: MONTH },
    body: { title: unique('TAREA'), ownerUserId: await staffUserId(ctx), dueOn: '2026-04-15' },
  }),
  'POST /api/orgs/:orgId/indicator-reviews/:month/lessons': async (ctx) => ({
    params: { ...org(ctx), month: MONTH },
    body: { text: unique('LECCION') },
  }),
  'GET /api/orgs/:orgId/indicator-lessons': async (ctx) => {
    await buildLesson(ctx.t, { orgId: ctx.orgId, month: MONTH, text: unique('LECCION') });
    return { params: org(ctx), query: { q: 'leccion' } };
  },
  'GET /api/orgs/:orgId/indicator-actions/mine': async (ctx) => {
    await actionParams(ctx);
    return { params: org(ctx) };
  },
  'PATCH /api/orgs/:orgId/indicator-actions/:actionId': async (ctx) => ({
    params: await actionParams(ctx),
    body: { dueOn: '2026-04-30' },
  }),
  'POST /api/orgs/:orgId/indicator-actions/:actionId/status': async (ctx) => ({
    params: await actionParams(ctx),
    body: { status: 'done' },
  }),
};
