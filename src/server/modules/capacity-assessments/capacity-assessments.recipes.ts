import { buildUser } from '../../testing/factories';
import type { Recipe, RecipeContext } from '../../testing/route-recipes';
import { buildAssessment, buildBallot, buildEvidence, PDF_BYTES } from './capacity-assessments.factories';

/** A valid request for every route of capacity assessments; justifications carry a unique marker. */
let sequence = 0;
const unique = (prefix: string) => `${prefix}-${process.pid}-ca${(sequence++).toString(36)}`;

const params = (ctx: RecipeContext, assessmentId: string) => ({ orgId: ctx.orgId, assessmentId });

async function uploader(ctx: RecipeContext): Promise<string> {
  return ctx.actor?.userId ?? (await buildUser(ctx.t, { orgId: ctx.orgId, role: 'coordinator' })).userId;
}

export const CAPACITY_ASSESSMENT_RECIPES: Record<string, Recipe> = {
  'GET /api/orgs/:orgId/capacity/assessments': async (ctx) => {
    await buildAssessment(ctx.t, { orgId: ctx.orgId, justification: unique('JUSTIFICACION') });
    return { params: { orgId: ctx.orgId } };
  },
  'POST /api/orgs/:orgId/capacity/assessments': async (ctx) => ({
    params: { orgId: ctx.orgId },
    body: {
      title: unique('Autoevaluación'),
      heldOn: '2026-11-25',
      facilitator: 'Coordinadora',
      participants: [
        { role: 'board', count: 3 },
        { role: 'promotora', count: 6 },
      ],
    },
  }),
  'GET /api/orgs/:orgId/capacity/assessments/:assessmentId': async (ctx) => {
    const a = await buildAssessment(ctx.t, {
      orgId: ctx.orgId,
      status: 'consensus',
      justification: unique('JUSTIFICACION'),
    });
    return { params: params(ctx, a.id) };
  },
  'PATCH /api/orgs/:orgId/capacity/assessments/:assessmentId': async (ctx) => {
    const a = await buildAssessment(ctx.t, { orgId: ctx.orgId });
    return { params: params(ctx, a.id), body: { title: unique('Autoevaluación') } };
  },
  'POST /api/orgs/:orgId/capacity/assessments/:assessmentId/status': async (ctx) => {
    const a = await buildAssessment(ctx.t, { orgId: ctx.orgId });
    return { params: params(ctx, a.id), body: { status: 'scoring' } };
  },
  'POST /api/orgs/:orgId/capacity/assessments/:assessmentId/ballots': async (ctx) => {
    const a = await buildAssessment(ctx.t, { orgId: ctx.orgId, status: 'scoring', participants: 200 });
    return { params: params(ctx, a.id) };
  },
  'PUT /api/orgs/:orgId/capacity/assessments/:assessmentId/consensus/:itemId': async (ctx) => {
    const a = await buildAssessment(ctx.t, { orgId: ctx.orgId, status: 'consensus' });
    return {
      params: { ...params(ctx, a.id), itemId: a.itemIds[0]! },
      body: { score: 3, justification: unique('JUSTIFICACION') },
    };
  },
  'POST /api/orgs/:orgId/capacity/assessments/:assessmentId/consensus/:itemId/evidence': async (ctx) => {
    const a = await buildAssessment(ctx.t, {
      orgId: ctx.orgId,
      status: 'consensus',
      justification: unique('J'),
    });
    return {
      params: { ...params(ctx, a.id), itemId: a.itemIds[1]! },
      body: {
        fileName: 'acta-asamblea.pdf',
        contentType: 'application/pdf',
        contentBase64: PDF_BYTES.toString('base64'),
      },
    };
  },
  'GET /api/orgs/:orgId/capacity/assessments/:assessmentId/evidence/:fileId': async (ctx) => {
    const a = await buildAssessment(ctx.t, {
      orgId: ctx.orgId,
      status: 'consensus',
      justification: unique('J'),
    });
    const fileId = await buildEvidence(ctx.t, {
      orgId: ctx.orgId,
      assessmentId: a.id,
      itemId: a.itemIds[1]!,
      createdBy: await uploader(ctx),
    });
    return { params: { ...params(ctx, a.id), fileId } };
  },
  'GET /api/orgs/:orgId/capacity/assessments/:assessmentId/results': async (ctx) => {
    const a = await buildAssessment(ctx.t, { orgId: ctx.orgId, status: 'completed' });
    return { params: params(ctx, a.id) };
  },
  'GET /api/orgs/:orgId/capacity/assessments/:assessmentId/report': async (ctx) => {
    const a = await buildAssessment(ctx.t, { orgId: ctx.orgId, status: 'completed' });
    return { params: params(ctx, a.id) };
  },
  'GET /api/public/capacity-ballots/:token': async (ctx) => {
    const a = await buildAssessment(ctx.t, { orgId: ctx.orgId, status: 'scoring' });
    return { params: { token: await buildBallot(ctx.t, { orgId: ctx.orgId, assessmentId: a.id }) } };
  },
  'PUT /api/public/capacity-ballots/:token': async (ctx) => {
    const a = await buildAssessment(ctx.t, { orgId: ctx.orgId, status: 'scoring' });
    const token = await buildBallot(ctx.t, { orgId: ctx.orgId, assessmentId: a.id });
    return { params: { token }, body: { scores: [{ itemId: a.itemIds[0]!, score: 2 }] } };
  },
};
