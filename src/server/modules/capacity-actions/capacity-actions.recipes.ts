import type { Recipe, RecipeContext } from '../../testing/route-recipes';
import { buildAction, SOME_ITEM_KEY } from './capacity-actions.factory';

/** A valid request for every route of the action plan; notes and titles carry unique markers. */
let sequence = 0;
const unique = (prefix: string) => `${prefix}-${process.pid}-a${(sequence++).toString(36)}`;

const org = (ctx: RecipeContext) => ({ orgId: ctx.orgId });

async function actionParams(ctx: RecipeContext) {
  const action = await buildAction(ctx.t, {
    orgId: ctx.orgId,
    title: unique('ACCION'),
    notes: [unique('NOTA-AVANCE')],
  });
  return { orgId: ctx.orgId, actionId: action.id };
}

export const CAPACITY_ACTION_RECIPES: Record<string, Recipe> = {
  'GET /api/orgs/:orgId/capacity/actions': async (ctx) => {
    await actionParams(ctx);
    return { params: org(ctx), query: { itemKey: SOME_ITEM_KEY } };
  },
  'POST /api/orgs/:orgId/capacity/actions': async (ctx) => ({
    params: org(ctx),
    body: {
      itemKeys: [SOME_ITEM_KEY],
      title: unique('ACCION'),
      responsibleRole: 'Coordinadora',
      dueOn: '2030-06-30',
    },
  }),
  'GET /api/orgs/:orgId/capacity/actions/:actionId': async (ctx) => ({ params: await actionParams(ctx) }),
  'PATCH /api/orgs/:orgId/capacity/actions/:actionId': async (ctx) => ({
    params: await actionParams(ctx),
    body: { status: 'in_progress' },
  }),
  'POST /api/orgs/:orgId/capacity/actions/:actionId/notes': async (ctx) => ({
    params: await actionParams(ctx),
    body: { note: unique('NOTA-AVANCE') },
  }),
};
