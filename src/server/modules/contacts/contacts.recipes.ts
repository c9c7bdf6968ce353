import type { Recipe, RecipeContext } from '../../testing/route-recipes';
import { buildUser } from '../../testing/factories';
import { buildMember } from '../members/members.factory';
import { buildContact, buildStockPoint } from './contacts.factory';

const today = (ctx: RecipeContext) => ctx.t.clock.now().toISOString().slice(0, 10);

/** A promotora whose records these are: the caller, or a fresh promotora for callers without an account. */
async function promotoraOf(ctx: RecipeContext): Promise<string> {
  return ctx.actor?.userId ?? (await buildUser(ctx.t, { orgId: ctx.orgId, role: 'promotora' })).userId;
}

/** A contact with a member of the caller's caseload (so a promotora reaches it), with one referral. */
async function contactOfCaller(ctx: RecipeContext) {
  const promotoraUserId = await promotoraOf(ctx);
  const member = await buildMember(ctx.t, { orgId: ctx.orgId, assignedUserId: promotoraUserId });
  return buildContact(ctx.t, { orgId: ctx.orgId, promotoraUserId, memberId: member.id, referrals: 1 });
}

/** One recipe per contacts, referrals and stock route (spread into ROUTE_RECIPES). */
export const CONTACT_RECIPES: Record<string, Recipe> = {
  'GET /api/orgs/:orgId/contacts': async (ctx) => {
    await contactOfCaller(ctx);
    return { params: { orgId: ctx.orgId }, query: { limit: '20' } };
  },
  'POST /api/orgs/:orgId/contacts': async (ctx) => {
    const member = await buildMember(ctx.t, { orgId: ctx.orgId, assignedUserId: ctx.actor?.userId ?? null });
    return {
      params: { orgId: ctx.orgId },
      body: {
        contactedOn: today(ctx),
        memberId: member.id,
        condoms: 12,
        lubricant: 3,
        infoTopics: ['prep'],
        referrals: [{ service: 'hiv_test', facilityType: 'public' }],
      },
    };
  },
  'GET /api/orgs/:orgId/contacts/:contactId': async (ctx) => {
    const contact = await contactOfCaller(ctx);
    return { params: { orgId: ctx.orgId, contactId: contact.id } };
  },
  'POST /api/orgs/:orgId/contacts/:contactId/corrections': async (ctx) => {
    const contact = await contactOfCaller(ctx);
    return { params: { orgId: ctx.orgId, contactId: contact.id }, body: { condoms: 20 } };
  },
  'GET /api/orgs/:orgId/referrals': async (ctx) => {
    await contactOfCaller(ctx);
    return { params: { orgId: ctx.orgId } };
  },
  'POST /api/orgs/:orgId/referrals/:referralId/events': async (ctx) => {
    const contact = await contactOfCaller(ctx);
    return {
      params: { orgId: ctx.orgId, referralId: contact.referralIds[0] as string },
      body: { status: 'attended', recordedOn: today(ctx) },
    };
  },
  'GET /api/orgs/:orgId/stock-points': async (ctx) => {
    await buildStockPoint(ctx.t, { orgId: ctx.orgId });
    return { params: { orgId: ctx.orgId } };
  },
  'POST /api/orgs/:orgId/stock-points': async (ctx) => ({
    params: { orgId: ctx.orgId },
    body: {
      name: `Equipo ${Math.random().toString(36).slice(2, 8)}`,
      kind: 'team',
      thresholds: { condoms: 100 },
    },
  }),
  'GET /api/orgs/:orgId/stock-points/:stockPointId': async (ctx) => {
    const point = await buildStockPoint(ctx.t, { orgId: ctx.orgId });
    return { params: { orgId: ctx.orgId, stockPointId: point.id } };
  },
  'PATCH /api/orgs/:orgId/stock-points/:stockPointId': async (ctx) => {
    const point = await buildStockPoint(ctx.t, { orgId: ctx.orgId });
    return {
      params: { orgId: ctx.orgId, stockPointId: point.id },
      body: { thresholds: { condoms: 150, lubricant: null } },
    };
  },
  'POST /api/orgs/:orgId/stock-points/:stockPointId/receipts': async (ctx) => {
    const point = await buildStockPoint(ctx.t, { orgId: ctx.orgId });
    return {
      params: { orgId: ctx.orgId, stockPointId: point.id },
      body: { item: 'condoms', quantity: 500, receivedOn: today(ctx) },
    };
  },
};
