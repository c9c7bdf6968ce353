import { formatDisplayCode } from '../../../domain/members';
import type { Recipe, RecipeContext } from '../../testing/route-recipes';
import { unique } from '../../testing/route-recipes';
import { buildMember } from '../members/members.factory';
import { buildTrainingSession } from '../trainings/trainings.factory';
import { buildPathwayRole } from './leadership.factory';

/** A member who attended a (planted) training and holds a role. */
async function memberWithPathway(ctx: RecipeContext) {
  const member = await buildMember(ctx.t, { orgId: ctx.orgId });
  await buildTrainingSession(ctx.t, { orgId: ctx.orgId, title: unique('CURSO'), memberIds: [member.id] });
  const role = await buildPathwayRole(ctx.t, { orgId: ctx.orgId, memberId: member.id });
  return { memberId: member.id, roleId: role.id };
}

export const LEADERSHIP_RECIPES: Record<string, Recipe> = {
  'GET /api/orgs/:orgId/members/:memberId/pathway': async (ctx) => ({
    params: { orgId: ctx.orgId, memberId: (await memberWithPathway(ctx)).memberId },
  }),
  'POST /api/orgs/:orgId/members/:memberId/pathway/roles': async (ctx) => ({
    params: { orgId: ctx.orgId, memberId: (await memberWithPathway(ctx)).memberId },
    body: { role: 'spokesperson', fromOn: '2026-01-15' },
  }),
  'PATCH /api/orgs/:orgId/members/:memberId/pathway/roles/:roleId': async (ctx) => ({
    params: { orgId: ctx.orgId, ...(await memberWithPathway(ctx)) },
    body: { toOn: '2026-06-30' },
  }),
  'POST /api/orgs/:orgId/members/:memberId/pathway/mentorships': async (ctx) => {
    const mentor = await buildMember(ctx.t, { orgId: ctx.orgId });
    return {
      params: { orgId: ctx.orgId, memberId: (await memberWithPathway(ctx)).memberId },
      body: {
        mentorDisplayCode: formatDisplayCode(mentor.displayCode),
        fromOn: '2026-02-01',
        notes: unique('NOTA-MENTORIA'),
      },
    };
  },
};
