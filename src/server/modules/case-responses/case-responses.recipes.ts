import { PLAIN_JPEG, tinyPdf } from '../../platform/files/files.test-support';
import { buildUser } from '../../testing/factories';
import type { Recipe, RecipeContext } from '../../testing/route-recipes';
import { unique } from '../../testing/route-recipes';
import { buildCase } from '../cases/cases.factory';
import { buildEvidence, buildFollowUp, buildIntervention, buildReferral } from './case-responses.factory';

/**
 * A case the caller works (assigned to her: a paralegal reaches responses and evidence only on her
 * own cases), with planted notes, tasks and file contents for the leak checks.
 */
async function caseOfCaller(ctx: RecipeContext) {
  return buildCase(ctx.t, {
    orgId: ctx.orgId,
    assignedUserIds: ctx.actor ? [ctx.actor.userId] : [],
    narrative: unique('RELATO-CASO'),
  });
}

async function caseParams(ctx: RecipeContext) {
  const built = await caseOfCaller(ctx);
  return { orgId: ctx.orgId, caseId: built.id };
}

/** Someone to own records when the recipe is built without a caller (another organization's URL). */
async function ownerOf(ctx: RecipeContext): Promise<string> {
  return ctx.actor?.userId ?? (await buildUser(ctx.t, { orgId: ctx.orgId, role: 'coordinator' })).userId;
}

const today = (ctx: RecipeContext) => ctx.t.clock.now().toISOString().slice(0, 10);

/** One recipe per case-responses and case-evidence route (spread into ROUTE_RECIPES). */
export const CASE_RESPONSE_RECIPES: Record<string, Recipe> = {
  'GET /api/orgs/:orgId/cases/:caseId/interventions': async (ctx) => {
    const params = await caseParams(ctx);
    await buildIntervention(ctx.t, { ...params, notes: unique('NOTA-INTERVENCION') });
    return { params };
  },
  'POST /api/orgs/:orgId/cases/:caseId/interventions': async (ctx) => ({
    params: await caseParams(ctx),
    body: {
      type: 'complaint_accompaniment',
      requestedParty: 'Fiscalía de la mujer',
      requestedOn: today(ctx),
      status: 'requested',
      priority: 'high',
      notes: unique('NOTA-INTERVENCION'),
    },
  }),
  'PATCH /api/orgs/:orgId/cases/:caseId/interventions/:interventionId': async (ctx) => {
    const params = await caseParams(ctx);
    const { id } = await buildIntervention(ctx.t, params);
    return { params: { ...params, interventionId: id }, body: { status: 'done', impact: 'partly' } };
  },
  'GET /api/orgs/:orgId/cases/:caseId/referrals': async (ctx) => {
    const params = await caseParams(ctx);
    await buildReferral(ctx.t, { ...params, notes: unique('NOTA-REFERENCIA') });
    return { params };
  },
  'POST /api/orgs/:orgId/cases/:caseId/referrals': async (ctx) => ({
    params: await caseParams(ctx),
    body: {
      partnerName: 'Clínica jurídica universitaria',
      service: 'Representación legal',
      referredOn: today(ctx),
      notes: unique('NOTA-REFERENCIA'),
    },
  }),
  'PATCH /api/orgs/:orgId/cases/:caseId/referrals/:referralId': async (ctx) => {
    const params = await caseParams(ctx);
    const { id } = await buildReferral(ctx.t, params);
    return { params: { ...params, referralId: id }, body: { status: 'attended' } };
  },
  'GET /api/orgs/:orgId/cases/:caseId/follow-ups': async (ctx) => {
    const params = await caseParams(ctx);
    await buildFollowUp(ctx.t, {
      ...params,
      assignedUserId: await ownerOf(ctx),
      dueOn: today(ctx),
      task: unique('TAREA-SEGUIMIENTO'),
    });
    return { params };
  },
  'POST /api/orgs/:orgId/cases/:caseId/follow-ups': async (ctx) => ({
    params: await caseParams(ctx),
    body: { dueOn: today(ctx), task: unique('TAREA-SEGUIMIENTO') },
  }),
  'PATCH /api/orgs/:orgId/cases/:caseId/follow-ups/:followUpId': async (ctx) => {
    const params = await caseParams(ctx);
    const { id } = await buildFollowUp(ctx.t, {
      ...params,
      assignedUserId: await ownerOf(ctx),
      dueOn: today(ctx),
      task: unique('TAREA-SEGUIMIENTO'),
    });
    return { params: { ...params, followUpId: id }, body: { done: true } };
  },
  'GET /api/orgs/:orgId/follow-ups': async (ctx) => {
    if (ctx.actor) {
      const params = await caseParams(ctx);
      await buildFollowUp(ctx.t, {
        ...params,
        assignedUserId: ctx.actor.userId,
        dueOn: today(ctx),
        task: unique('TAREA-SEGUIMIENTO'),
      });
    }
    return { params: { orgId: ctx.orgId } };
  },
  'GET /api/orgs/:orgId/follow-ups/summary': async (ctx) => ({ params: { orgId: ctx.orgId } }),
  'GET /api/orgs/:orgId/cases/:caseId/evidence': async (ctx) => {
    const params = await caseParams(ctx);
    await buildEvidence(ctx.t, {
      ...params,
      uploadedBy: await ownerOf(ctx),
      fileName: `${unique('ARCHIVO-EVIDENCIA')}.pdf`,
      bytes: tinyPdf(unique('CONTENIDO-EVIDENCIA')),
      description: unique('DESCRIPCION-EVIDENCIA'),
    });
    return { params };
  },
  'POST /api/orgs/:orgId/cases/:caseId/evidence': async (ctx) => ({
    params: await caseParams(ctx),
    body: {
      fileName: `${unique('foto')}.jpg`,
      contentType: 'image/jpeg',
      contentBase64: PLAIN_JPEG.toString('base64'),
      description: unique('DESCRIPCION-EVIDENCIA'),
    },
  }),
  'GET /api/orgs/:orgId/cases/:caseId/evidence/:evidenceId/download': async (ctx) => {
    const params = await caseParams(ctx);
    const { id } = await buildEvidence(ctx.t, {
      ...params,
      uploadedBy: await ownerOf(ctx),
      fileName: `${unique('ARCHIVO-EVIDENCIA')}.pdf`,
      bytes: tinyPdf(unique('CONTENIDO-EVIDENCIA')),
    });
    return { params: { ...params, evidenceId: id } };
  },
};
