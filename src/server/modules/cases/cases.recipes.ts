import type { Recipe, RecipeContext } from '../../testing/route-recipes';
import { unique } from '../../testing/route-recipes';
import { buildUser } from '../../testing/factories';
import { formatDisplayCode } from '../../../domain/members';
import { buildMember } from '../members/members.factory';
import { newId } from '../../../domain/ids';
import { buildCase } from './cases.factory';
import { insertAct, insertVictim } from './cases.repo';

/**
 * A case the caller works: assigned to her (a paralegal reaches the sensitive fields only on her
 * own cases), with a planted narrative and perpetrator name.
 */
async function caseOfCaller(ctx: RecipeContext, options: { status?: 'open' | 'closed' } = {}) {
  return buildCase(ctx.t, {
    orgId: ctx.orgId,
    assignedUserIds: ctx.actor ? [ctx.actor.userId] : [],
    narrative: unique('RELATO-CASO'),
    perpetratorName: unique('NOMBRE-AGRESOR'),
    ...options,
  });
}

async function caseParams(ctx: RecipeContext) {
  const built = await caseOfCaller(ctx);
  return { params: { orgId: ctx.orgId, caseId: built.id }, built };
}

/** One recipe per cases route (spread into ROUTE_RECIPES). */
export const CASE_RECIPES: Record<string, Recipe> = {
  'GET /api/orgs/:orgId/cases': async (ctx) => {
    await caseOfCaller(ctx);
    return { params: { orgId: ctx.orgId }, query: { limit: '50' } };
  },
  'POST /api/orgs/:orgId/cases': async (ctx) => {
    const member = await buildMember(ctx.t, { orgId: ctx.orgId });
    return {
      params: { orgId: ctx.orgId },
      body: {
        consents: { record: true, follow_up: true, advocacy_anonymized: false, network_share: false },
        urgent: true,
        occurredOn: '2026-03-14',
        occurredPrecision: 'day',
        locationType: 'police_station',
        acts: [{ actType: 'arbitrary_detention', method: 'detention', consequences: ['psychological'] }],
        victims: [{ memberCode: formatDisplayCode(member.displayCode) }, { anonymousCount: 3 }],
        perpetrators: [{ perpetratorType: 'police', count: 2, name: unique('NOMBRE-AGRESOR') }],
        sourceType: 'victim',
        sourceReliability: 'high',
        narrative: unique('RELATO-CASO'),
        needs: ['legal', 'safety'],
      },
    };
  },
  'GET /api/orgs/:orgId/cases/:caseId': async (ctx) => ({ params: (await caseParams(ctx)).params }),
  'PATCH /api/orgs/:orgId/cases/:caseId': async (ctx) => ({
    params: (await caseParams(ctx)).params,
    body: { urgent: true, narrative: unique('RELATO-CASO'), needs: ['medical'] },
  }),
  'POST /api/orgs/:orgId/cases/:caseId/status': async (ctx) => ({
    params: (await caseParams(ctx)).params,
    body: { status: 'in_progress' },
  }),
  'POST /api/orgs/:orgId/cases/:caseId/consents': async (ctx) => ({
    params: (await caseParams(ctx)).params,
    body: { purpose: 'network_share', granted: false },
  }),
  'POST /api/orgs/:orgId/cases/:caseId/acts': async (ctx) => ({
    params: (await caseParams(ctx)).params,
    body: { actType: 'threats', method: 'threat', consequences: ['psychological'] },
  }),
  'DELETE /api/orgs/:orgId/cases/:caseId/acts/:actId': async (ctx) => {
    const { params, built } = await caseParams(ctx);
    // A second act, so that the one removed is not the last.
    await insertAct(ctx.t.db, {
      orgId: ctx.orgId,
      id: newId(),
      caseId: built.id,
      actType: 'threats',
      method: null,
      consequences: [],
      createdAt: ctx.t.clock.now(),
    });
    return { params: { ...params, actId: built.actId } };
  },
  'POST /api/orgs/:orgId/cases/:caseId/victims': async (ctx) => ({
    params: (await caseParams(ctx)).params,
    body: { anonymousCount: 4 },
  }),
  'DELETE /api/orgs/:orgId/cases/:caseId/victims/:victimId': async (ctx) => {
    const member = await buildMember(ctx.t, { orgId: ctx.orgId });
    const built = await buildCase(ctx.t, {
      orgId: ctx.orgId,
      assignedUserIds: ctx.actor ? [ctx.actor.userId] : [],
      victimMemberId: member.id,
    });
    // The factory's one victim plus an anonymous one, so that removing the member is allowed.
    await insertVictim(ctx.t.db, {
      orgId: ctx.orgId,
      id: newId(),
      caseId: built.id,
      memberId: null,
      anonymousCount: 1,
      createdAt: ctx.t.clock.now(),
    });
    return { params: { orgId: ctx.orgId, caseId: built.id, victimId: built.victimId } };
  },
  'POST /api/orgs/:orgId/cases/:caseId/perpetrators': async (ctx) => ({
    params: (await caseParams(ctx)).params,
    body: { perpetratorType: 'client', count: 1, name: unique('NOMBRE-AGRESOR') },
  }),
  'DELETE /api/orgs/:orgId/cases/:caseId/perpetrators/:perpetratorId': async (ctx) => {
    const { params, built } = await caseParams(ctx);
    return { params: { ...params, perpetratorId: built.perpetratorId } };
  },
  'POST /api/orgs/:orgId/cases/:caseId/assignments': async (ctx) => {
    const paralegal = await buildUser(ctx.t, { orgId: ctx.orgId, role: 'paralegal' });
    return { params: (await caseParams(ctx)).params, body: { userId: paralegal.userId } };
  },
  'DELETE /api/orgs/:orgId/cases/:caseId/assignments/:userId': async (ctx) => {
    const paralegal = await buildUser(ctx.t, { orgId: ctx.orgId, role: 'paralegal' });
    const built = await buildCase(ctx.t, {
      orgId: ctx.orgId,
      assignedUserIds: [...(ctx.actor ? [ctx.actor.userId] : []), paralegal.userId],
    });
    return { params: { orgId: ctx.orgId, caseId: built.id, userId: paralegal.userId } };
  },
  'POST /api/orgs/:orgId/cases/:caseId/break-glass': async (ctx) => {
    // A case nobody assigned the caller to: that is what breaking the glass is for.
    const built = await buildCase(ctx.t, { orgId: ctx.orgId, narrative: unique('RELATO-CASO') });
    return {
      params: { orgId: ctx.orgId, caseId: built.id },
      body: { reason: 'Detenida esta noche; su paralegal no responde.' },
    };
  },
  'GET /api/orgs/:orgId/cases/:caseId/viewers': async (ctx) => ({ params: (await caseParams(ctx)).params }),
  'GET /api/orgs/:orgId/cases/:caseId/timeline': async (ctx) => ({ params: (await caseParams(ctx)).params }),
  'GET /api/orgs/:orgId/case-act-types': async (ctx) => ({ params: { orgId: ctx.orgId } }),
  'PUT /api/orgs/:orgId/case-act-types': async (ctx) => ({
    params: { orgId: ctx.orgId },
    body: {
      actTypes: [
        {
          key: 'police_extortion',
          labels: { es: 'Extorsión policial', 'pt-BR': 'Extorsão policial', en: 'Police extortion' },
          active: true,
        },
        {
          key: unique('propio')
            .toLowerCase()
            .replace(/[^a-z0-9_]/g, '_'),
          labels: { es: 'Tipo propio', 'pt-BR': 'Tipo próprio', en: 'Own type' },
          active: true,
        },
      ],
    },
  }),
};
