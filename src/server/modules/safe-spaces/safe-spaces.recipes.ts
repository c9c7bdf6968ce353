import { newId } from '../../../domain/ids';
import { formatDisplayCode } from '../../../domain/members';
import type { Recipe, RecipeContext } from '../../testing/route-recipes';
import { unique } from '../../testing/route-recipes';
import { buildMember } from '../members/members.factory';
import { buildSafeSpace } from './safe-spaces.factory';

const space = async (ctx: RecipeContext) =>
  (await buildSafeSpace(ctx.t, { orgId: ctx.orgId, name: unique('CASA'), openingHours: unique('HORARIO') }))
    .id;

export const SAFE_SPACE_RECIPES: Record<string, Recipe> = {
  'GET /api/orgs/:orgId/safe-spaces': async (ctx) => {
    await space(ctx);
    return { params: { orgId: ctx.orgId } };
  },
  'POST /api/orgs/:orgId/safe-spaces': async (ctx) => ({
    params: { orgId: ctx.orgId },
    body: { name: unique('CASA'), openingHours: 'Lun–Sáb 9–17', services: ['showers', 'hiv_testing'] },
  }),
  'GET /api/orgs/:orgId/safe-spaces/:safeSpaceId': async (ctx) => ({
    params: { orgId: ctx.orgId, safeSpaceId: await space(ctx) },
  }),
  'PATCH /api/orgs/:orgId/safe-spaces/:safeSpaceId': async (ctx) => ({
    params: { orgId: ctx.orgId, safeSpaceId: await space(ctx) },
    body: { openingHours: 'Todos los días 8–20' },
  }),
  'POST /api/orgs/:orgId/safe-spaces/:safeSpaceId/visits': async (ctx) => {
    const member = await buildMember(ctx.t, { orgId: ctx.orgId });
    return {
      params: { orgId: ctx.orgId, safeSpaceId: await space(ctx) },
      body: { id: newId(), visitedOn: '2026-11-20', displayCode: formatDisplayCode(member.displayCode) },
    };
  },
  'POST /api/orgs/:orgId/safe-spaces/:safeSpaceId/activities': async (ctx) => ({
    params: { orgId: ctx.orgId, safeSpaceId: await space(ctx) },
    body: { heldOn: '2026-11-21', title: unique('TALLER') },
  }),
};
