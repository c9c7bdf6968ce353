import type { Recipe, RecipeContext } from '../../testing/route-recipes';
import { unique } from '../../testing/route-recipes';
import { buildUser } from '../../testing/factories';
import { testUic } from '../members/members.test-support';
import { buildImportJob } from './imports.factory';

async function jobOf(ctx: RecipeContext, status: 'uploaded' | 'previewed') {
  const createdBy = ctx.actor?.userId ?? (await buildUser(ctx.t)).userId;
  const job = await buildImportJob(ctx.t, {
    orgId: ctx.orgId,
    createdBy,
    status,
    fileName: `${unique('REGISTRO')}.csv`,
    csv: `codigo,edad\n${testUic().code},25 a 34\n`,
  });
  return { orgId: ctx.orgId, importId: job.id };
}

/** One recipe per imports route (spread into ROUTE_RECIPES). */
export const IMPORT_RECIPES: Record<string, Recipe> = {
  'GET /api/orgs/:orgId/imports': async (ctx) => {
    await jobOf(ctx, 'uploaded');
    return { params: { orgId: ctx.orgId } };
  },
  'POST /api/orgs/:orgId/imports': async (ctx) => ({
    params: { orgId: ctx.orgId },
    body: {
      kind: 'members',
      fileName: `${unique('REGISTRO')}.csv`,
      contentBase64: Buffer.from(`codigo,edad\n${testUic().code},25 a 34\n`).toString('base64'),
    },
  }),
  'GET /api/orgs/:orgId/imports/:importId': async (ctx) => ({ params: await jobOf(ctx, 'uploaded') }),
  'POST /api/orgs/:orgId/imports/:importId/preview': async (ctx) => ({
    params: await jobOf(ctx, 'uploaded'),
    body: { mapping: { 'uic.code': 0, ageBand: 1 } },
  }),
  'POST /api/orgs/:orgId/imports/:importId/confirm': async (ctx) => ({
    params: await jobOf(ctx, 'previewed'),
  }),
  'POST /api/orgs/:orgId/imports/:importId/cancel': async (ctx) => ({ params: await jobOf(ctx, 'uploaded') }),
};
