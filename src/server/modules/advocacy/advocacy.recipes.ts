import type { Recipe, RecipeContext } from '../../testing/route-recipes';
import { unique } from '../../testing/route-recipes';
import { buildUser } from '../../testing/factories';
import { buildBarrier } from '../barriers/barriers.factory';
import { buildCase } from '../cases/cases.factory';
import { buildEngagement, buildSeat } from './advocacy.factory';

const engagements = '/api/orgs/:orgId/advocacy/engagements';
const seats = '/api/orgs/:orgId/advocacy/seats';
const org = (ctx: RecipeContext) => ({ orgId: ctx.orgId });

/** A case (planted narrative) and a barrier it fed, and an engagement drawing on both. */
async function loop(ctx: RecipeContext) {
  const built = await buildCase(ctx.t, { orgId: ctx.orgId, narrative: unique('RELATO-CASO') });
  const barrier = await buildBarrier(ctx.t, {
    orgId: ctx.orgId,
    title: unique('BARRERA'),
    caseIds: [built.id],
  });
  const engagement = await buildEngagement(ctx.t, {
    orgId: ctx.orgId,
    officeTitle: unique('DESPACHO'),
    asks: unique('PETICION'),
    commitments: [{ description: unique('COMPROMISO'), followUpOn: '2020-01-01' }],
    caseIds: [built.id],
    barrierIds: [barrier.id],
  });
  return { caseId: built.id, barrierId: barrier.id, engagement };
}

async function plantedSeat(ctx: RecipeContext) {
  const holder = await buildUser(ctx.t, { orgId: ctx.orgId, role: 'promotora' });
  return buildSeat(ctx.t, { orgId: ctx.orgId, userId: holder.userId, spaceName: unique('CONSEJO') });
}

export const ADVOCACY_RECIPES: Record<string, Recipe> = {
  [`GET ${engagements}`]: async (ctx) => {
    await loop(ctx);
    return { params: org(ctx) };
  },
  [`POST ${engagements}`]: async (ctx) => {
    const built = await buildCase(ctx.t, { orgId: ctx.orgId });
    const barrier = await buildBarrier(ctx.t, { orgId: ctx.orgId });
    return {
      params: org(ctx),
      body: {
        authorityType: 'police_command',
        officeTitle: unique('COMANDANCIA'),
        countryCode: 'SV',
        engagedOn: '2026-05-10',
        asks: 'Fin de las redadas',
        commitments: [{ description: 'Capacitar a los agentes', followUpOn: '2026-08-01' }],
        caseIds: [built.id],
        barrierIds: [barrier.id],
      },
    };
  },
  [`GET ${engagements}/:engagementId`]: async (ctx) => ({
    params: { ...org(ctx), engagementId: (await loop(ctx)).engagement.id },
  }),
  [`PATCH ${engagements}/:engagementId`]: async (ctx) => ({
    params: { ...org(ctx), engagementId: (await loop(ctx)).engagement.id },
    body: { outcomeKind: 'policy_changed', outcome: unique('RESULTADO') },
  }),
  [`POST ${engagements}/:engagementId/commitments`]: async (ctx) => ({
    params: { ...org(ctx), engagementId: (await loop(ctx)).engagement.id },
    body: { description: unique('COMPROMISO'), followUpOn: '2026-09-01' },
  }),
  [`PATCH ${engagements}/:engagementId/commitments/:commitmentId`]: async (ctx) => {
    const { engagement } = await loop(ctx);
    return {
      params: { ...org(ctx), engagementId: engagement.id, commitmentId: engagement.commitmentIds[0]! },
      body: { status: 'partly_kept' },
    };
  },
  'GET /api/orgs/:orgId/advocacy/commitments/due': async (ctx) => {
    await loop(ctx);
    return { params: org(ctx) };
  },
  'GET /api/orgs/:orgId/barriers/:barrierId/loop': async (ctx) => ({
    params: { ...org(ctx), barrierId: (await loop(ctx)).barrierId },
  }),
  [`GET ${seats}`]: async (ctx) => {
    await plantedSeat(ctx);
    return { params: org(ctx) };
  },
  [`POST ${seats}`]: async (ctx) => {
    const holder = await buildUser(ctx.t, { orgId: ctx.orgId, role: 'coordinator' });
    return {
      params: org(ctx),
      body: {
        spaceKind: 'ccm',
        spaceName: unique('MCP'),
        holder: { userId: holder.userId },
        heldSince: '2025-03-01',
      },
    };
  },
  [`PATCH ${seats}/:seatId`]: async (ctx) => ({
    params: { ...org(ctx), seatId: (await plantedSeat(ctx)).id },
    body: { heldUntil: '2027-03-01' },
  }),
  [`POST ${seats}/:seatId/meetings`]: async (ctx) => ({
    params: { ...org(ctx), seatId: (await plantedSeat(ctx)).id },
    body: { metOn: '2026-04-02', positions: unique('POSICION') },
  }),
};
