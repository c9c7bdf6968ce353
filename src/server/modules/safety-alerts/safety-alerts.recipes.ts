import { buildUser } from '../../testing/factories';
import type { Recipe, RecipeContext } from '../../testing/route-recipes';
import { buildSafetyAlert } from './safety-alerts.factory';

let sequence = 0;
/** A unique suffix (route-recipes' own helper would make an import cycle with this file). */
const unique = (prefix: string) => `${prefix}-${process.pid}-sa${(sequence++).toString(36)}`;

const org = (ctx: RecipeContext) => ({ orgId: ctx.orgId });

async function publisher(ctx: RecipeContext): Promise<string> {
  return ctx.actor?.userId ?? (await buildUser(ctx.t, { orgId: ctx.orgId, role: 'paralegal' })).userId;
}

async function alertParams(ctx: RecipeContext) {
  const alert = await buildSafetyAlert(ctx.t, {
    orgId: ctx.orgId,
    publishedBy: await publisher(ctx),
    description: unique('ALERTA-DESCRIPCION'),
  });
  return { orgId: ctx.orgId, alertId: alert.id };
}

export const SAFETY_ALERT_RECIPES: Record<string, Recipe> = {
  'GET /api/orgs/:orgId/safety-alerts': async (ctx) => {
    await alertParams(ctx);
    return { params: org(ctx) };
  },
  'POST /api/orgs/:orgId/safety-alerts': async (ctx) => ({
    params: org(ctx),
    body: {
      kind: 'police_operation',
      title: 'Operativo en la terminal',
      description: unique('ALERTA-DESCRIPCION'),
      expiresAt: new Date(ctx.t.clock.now().getTime() + 48 * 3_600_000).toISOString(),
    },
  }),
  'POST /api/orgs/:orgId/safety-alerts/:alertId/withdraw': async (ctx) => ({
    params: await alertParams(ctx),
  }),
};
