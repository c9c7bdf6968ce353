import type { Recipe, RecipeContext } from '../../testing/route-recipes';
import { buildConsultation, buildPriorityBallot } from './priorities.factories';

/** A valid request for every route of shared priorities; minutes and needs carry unique markers. */
let sequence = 0;
const unique = (prefix: string) => `${prefix}-${process.pid}-pr${(sequence++).toString(36)}`;

const params = (ctx: RecipeContext, consultationId: string) => ({ orgId: ctx.orgId, consultationId });
const planted = (ctx: RecipeContext, options: Partial<Parameters<typeof buildConsultation>[1]>) =>
  buildConsultation(ctx.t, {
    orgId: ctx.orgId,
    minutes: unique('ACTA-PRIVADA'),
    needs: [unique('NECESIDAD'), unique('NECESIDAD')],
    ...options,
  });

export const PRIORITY_RECIPES: Record<string, Recipe> = {
  'GET /api/orgs/:orgId/priorities/consultations': async (ctx) => {
    await planted(ctx, {});
    return { params: { orgId: ctx.orgId } };
  },
  'POST /api/orgs/:orgId/priorities/consultations': async (ctx) => ({
    params: { orgId: ctx.orgId },
    body: { title: unique('Consulta'), kind: 'consultation', heldOn: '2026-11-25' },
  }),
  'GET /api/orgs/:orgId/priorities/consultations/:consultationId': async (ctx) => {
    const c = await planted(ctx, {});
    return { params: params(ctx, c.id) };
  },
  'PATCH /api/orgs/:orgId/priorities/consultations/:consultationId': async (ctx) => {
    const c = await planted(ctx, {});
    return { params: params(ctx, c.id), body: { minutes: unique('ACTA-PRIVADA') } };
  },
  'POST /api/orgs/:orgId/priorities/consultations/:consultationId/needs': async (ctx) => {
    const c = await planted(ctx, {});
    return { params: params(ctx, c.id), body: { text: unique('NECESIDAD') } };
  },
  'POST /api/orgs/:orgId/priorities/consultations/:consultationId/decisions': async (ctx) => {
    const c = await planted(ctx, {});
    return { params: params(ctx, c.id), body: { text: unique('DECISION') } };
  },
  'POST /api/orgs/:orgId/priorities/consultations/:consultationId/voting': async (ctx) => {
    const c = await planted(ctx, {});
    return { params: params(ctx, c.id), body: { status: 'open', topN: 2, participants: 20 } };
  },
  'POST /api/orgs/:orgId/priorities/consultations/:consultationId/ballots': async (ctx) => {
    const c = await planted(ctx, { votingStatus: 'open', participants: 200 });
    return { params: params(ctx, c.id) };
  },
  'GET /api/orgs/:orgId/priorities/consultations/:consultationId/results': async (ctx) => {
    const c = await planted(ctx, { votingStatus: 'closed' });
    for (let i = 0; i < 3; i++)
      await buildPriorityBallot(ctx.t, { orgId: ctx.orgId, consultationId: c.id, ranking: c.needIds });
    return { params: params(ctx, c.id) };
  },
  'GET /api/public/priority-ballots/:token': async (ctx) => {
    const c = await planted(ctx, { votingStatus: 'open' });
    return {
      params: { token: await buildPriorityBallot(ctx.t, { orgId: ctx.orgId, consultationId: c.id }) },
    };
  },
  'PUT /api/public/priority-ballots/:token': async (ctx) => {
    const c = await planted(ctx, { votingStatus: 'open' });
    const token = await buildPriorityBallot(ctx.t, { orgId: ctx.orgId, consultationId: c.id });
    return { params: { token }, body: { ranking: [c.needIds[1]!, c.needIds[0]!] } };
  },
};
