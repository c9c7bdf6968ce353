import type { Recipe, RecipeContext } from '../../testing/route-recipes';
import { unique } from '../../testing/route-recipes';
import { buildEvent } from './mobilization.factory';

const base = '/api/orgs/:orgId/mobilization/events';
const org = (ctx: RecipeContext) => ({ orgId: ctx.orgId });

/** An event with a planted title and an encrypted safety-plan note. */
async function plantedEvent(ctx: RecipeContext, ready = false) {
  return buildEvent(ctx.t, {
    orgId: ctx.orgId,
    title: unique('MARCHA'),
    note: unique('CONTACTO-EMERGENCIA'),
    ready,
  });
}

export const MOBILIZATION_RECIPES: Record<string, Recipe> = {
  [`GET ${base}`]: async (ctx) => {
    await plantedEvent(ctx);
    return { params: org(ctx) };
  },
  [`POST ${base}`]: async (ctx) => ({
    params: org(ctx),
    body: { kind: 'sit_in', title: unique('PLANTON'), eventDate: '2026-12-17', location: 'Ministerio' },
  }),
  [`GET ${base}/:eventId`]: async (ctx) => ({
    params: { ...org(ctx), eventId: (await plantedEvent(ctx)).id },
  }),
  [`PATCH ${base}/:eventId`]: async (ctx) => ({
    params: { ...org(ctx), eventId: (await plantedEvent(ctx)).id },
    body: { riskLevel: 'medium', outcomes: unique('RESULTADO') },
  }),
  [`POST ${base}/:eventId/status`]: async (ctx) => ({
    params: { ...org(ctx), eventId: (await plantedEvent(ctx, true)).id },
    body: { status: 'confirmed' },
  }),
  [`POST ${base}/:eventId/checklist`]: async (ctx) => ({
    params: { ...org(ctx), eventId: (await plantedEvent(ctx)).id },
    body: { label: unique('PUNTO-PROPIO') },
  }),
  [`PATCH ${base}/:eventId/checklist/:itemId`]: async (ctx) => {
    const event = await plantedEvent(ctx);
    return {
      params: { ...org(ctx), eventId: event.id, itemId: event.itemIds.arrest_plan! },
      body: { done: true, note: unique('PLAN-DETENCION') },
    };
  },
};
