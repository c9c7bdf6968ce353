import { POLICY } from '../../../domain/policy';
import type { Role } from '../../../domain/roles';
import type { Recipe, RecipeContext } from '../../testing/route-recipes';
import { buildUser } from '../../testing/factories';
import { buildContact } from '../contacts/contacts.factory';
import { buildMember } from '../members/members.factory';
import { buildCoverageShare } from './coverage-shares.factory';
import { shareContents } from './coverage-shares.service';

const SHARERS: readonly Role[] = POLICY.coverage_share.create.roles;
const org = (ctx: RecipeContext) => ({ orgId: ctx.orgId });
/** The month of the test clock: the planted contact falls in it. */
const thisMonth = (ctx: RecipeContext) => ctx.t.clock.now().toISOString().slice(0, 7);
const period = (ctx: RecipeContext) => ({ periodStart: thisMonth(ctx), periodEnd: thisMonth(ctx) });

/** A member reached this month (her id and code must never reach the network). */
async function plantContact(ctx: RecipeContext) {
  const promotora = await buildUser(ctx.t, { orgId: ctx.orgId, role: 'promotora' });
  const member = await buildMember(ctx.t, { orgId: ctx.orgId, assignedUserId: promotora.userId });
  await buildContact(ctx.t, { orgId: ctx.orgId, promotoraUserId: promotora.userId, memberId: member.id });
}

async function plantShare(ctx: RecipeContext) {
  await plantContact(ctx);
  return buildCoverageShare(ctx.t, { orgId: ctx.orgId, month: thisMonth(ctx) });
}

/** One recipe per coverage-shares route (spread into ROUTE_RECIPES). */
export const COVERAGE_SHARES_RECIPES: Record<string, Recipe> = {
  'GET /api/orgs/:orgId/coverage-shares': async (ctx) => {
    await plantShare(ctx);
    return { params: org(ctx) };
  },
  'GET /api/orgs/:orgId/coverage-shares/preview': async (ctx) => {
    await plantContact(ctx);
    return { params: org(ctx), query: period(ctx) };
  },
  'POST /api/orgs/:orgId/coverage-shares': async (ctx) => {
    await plantContact(ctx);
    // The digest of the real preview (the coverage engine) only where the caller may approve; others
    // are refused before any figure is computed, so a well-formed digest is enough for them.
    const digest = SHARERS.includes(ctx.actor?.role ?? 'viewer')
      ? (await shareContents(ctx.t.db, ctx.orgId, period(ctx), ctx.t.clock.now())).digest
      : '0'.repeat(64);
    return { params: org(ctx), body: { ...period(ctx), previewDigest: digest } };
  },
  'POST /api/orgs/:orgId/coverage-shares/:shareId/withdraw': async (ctx) => ({
    params: { ...org(ctx), shareId: (await plantShare(ctx)).id },
  }),
  'GET /api/orgs/:orgId/coverage/mobility': async (ctx) => {
    await plantContact(ctx);
    return { params: org(ctx), query: { from: thisMonth(ctx), to: thisMonth(ctx) } };
  },
  'GET /api/orgs/:orgId/network/coverage': async (ctx) => {
    await plantShare(ctx);
    return { params: org(ctx) };
  },
  'GET /api/orgs/:orgId/network/coverage/:shareId': async (ctx) => ({
    params: { ...org(ctx), shareId: (await plantShare(ctx)).id },
  }),
};
