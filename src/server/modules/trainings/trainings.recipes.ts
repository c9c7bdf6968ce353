import { newId } from '../../../domain/ids';
import { formatDisplayCode } from '../../../domain/members';
import type { Recipe, RecipeContext } from '../../testing/route-recipes';
import { unique } from '../../testing/route-recipes';
import { buildMember } from '../members/members.factory';
import { buildTrainingSession } from './trainings.factory';

const org = (ctx: RecipeContext) => ({ orgId: ctx.orgId });

/** A session attended by one member, with a planted title and place. */
async function attendedSession(ctx: RecipeContext) {
  const member = await buildMember(ctx.t, { orgId: ctx.orgId });
  const built = await buildTrainingSession(ctx.t, {
    orgId: ctx.orgId,
    title: unique('CURSO'),
    place: unique('LUGAR-CURSO'),
    memberIds: [member.id],
    external: [{ participantType: 'police', count: 12 }],
  });
  return { ...built, member };
}

export const TRAINING_RECIPES: Record<string, Recipe> = {
  'GET /api/orgs/:orgId/trainings/courses': async (ctx) => {
    await attendedSession(ctx);
    return { params: org(ctx) };
  },
  'POST /api/orgs/:orgId/trainings/courses': async (ctx) => ({
    params: org(ctx),
    body: { kind: 'sensitization_police', title: unique('CURSO'), description: unique('DESCRIPCION') },
  }),
  'GET /api/orgs/:orgId/trainings/sessions': async (ctx) => {
    await attendedSession(ctx);
    return { params: org(ctx) };
  },
  'POST /api/orgs/:orgId/trainings/sessions': async (ctx) => ({
    params: org(ctx),
    body: {
      courseId: (await attendedSession(ctx)).courseId,
      heldOn: '2026-03-08',
      place: unique('LUGAR'),
      facilitatorRoles: ['abogada aliada'],
    },
  }),
  'GET /api/orgs/:orgId/trainings/sessions/:sessionId': async (ctx) => ({
    params: { ...org(ctx), sessionId: (await attendedSession(ctx)).sessionId },
  }),
  'PATCH /api/orgs/:orgId/trainings/sessions/:sessionId': async (ctx) => ({
    params: { ...org(ctx), sessionId: (await attendedSession(ctx)).sessionId },
    body: { externalCounts: [{ participantType: 'health_provider', count: 3 }], postScoreAvg: 75 },
  }),
  'POST /api/orgs/:orgId/trainings/sessions/:sessionId/attendance': async (ctx) => {
    const { sessionId } = await attendedSession(ctx);
    const member = await buildMember(ctx.t, { orgId: ctx.orgId });
    return {
      params: { ...org(ctx), sessionId },
      body: { id: newId(), displayCode: formatDisplayCode(member.displayCode) },
    };
  },
  'GET /api/orgs/:orgId/trainings/sessions/:sessionId/attendance': async (ctx) => ({
    params: { ...org(ctx), sessionId: (await attendedSession(ctx)).sessionId },
  }),
  'PATCH /api/orgs/:orgId/trainings/sessions/:sessionId/attendance/:attendanceId': async (ctx) => {
    const { sessionId, attendanceIds } = await attendedSession(ctx);
    return { params: { ...org(ctx), sessionId, attendanceId: attendanceIds[0]! }, body: { postScore: 90 } };
  },
  'DELETE /api/orgs/:orgId/trainings/sessions/:sessionId/attendance/:attendanceId': async (ctx) => {
    const { sessionId, attendanceIds } = await attendedSession(ctx);
    return { params: { ...org(ctx), sessionId, attendanceId: attendanceIds[0]! } };
  },
  'GET /api/orgs/:orgId/trainings/sessions/:sessionId/attendance/:attendanceId/certificate': async (ctx) => {
    const { sessionId, attendanceIds } = await attendedSession(ctx);
    return { params: { ...org(ctx), sessionId, attendanceId: attendanceIds[0]! } };
  },
};
