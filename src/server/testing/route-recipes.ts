import crypto from 'node:crypto';
import { newId } from '../../domain/ids';
import { insertSession } from '../modules/auth/auth.repo';
import { hashSessionToken } from '../platform/auth/session-tokens';
import { totpCode, totpStep } from '../platform/auth/totp';
import type { RouteSpec } from '../platform/http/route-spec';
import type { TestAgent } from './agent';
import {
  addMembership,
  buildLocalGroup,
  buildOrganization,
  buildUser,
  TEST_PASSWORD,
  type BuiltUser,
} from './factories';
import type { TestApp } from './test-app';
import { IMPORT_RECIPES } from '../modules/imports/imports.recipes';
import { CONTACT_RECIPES } from '../modules/contacts/contacts.recipes';
import { MEMBER_RECIPES } from '../modules/members/members.recipes';
import { CASE_RECIPES } from '../modules/cases/cases.recipes';
import { OUTREACH_RECIPES } from '../modules/outreach/outreach.recipes';
import { REGISTRY_SETTINGS_RECIPES } from '../modules/registry-settings/registry-settings.recipes';
import { SITE_RECIPES } from '../modules/sites/sites.recipes';
import { CAPACITY_FRAMEWORK_RECIPES } from '../modules/capacity-framework/capacity-framework.recipes';
import { CAPACITY_ASSESSMENT_RECIPES } from '../modules/capacity-assessments/capacity-assessments.recipes';
import { CAPACITY_ACTION_RECIPES } from '../modules/capacity-actions/capacity-actions.recipes';
import { PLANNING_RECIPES } from '../modules/planning/planning.recipes';
import { GRANT_RECIPES } from '../modules/grants/grants.recipes';
import { CAPACITY_NETWORK_RECIPES } from '../modules/capacity-network/capacity-network.recipes';
import { SELF_REPORT_RECIPES } from '../modules/self-reports/self-reports.recipes';
import { SAFETY_ALERT_RECIPES } from '../modules/safety-alerts/safety-alerts.recipes';
import { BARRIER_RECIPES } from '../modules/barriers/barriers.recipes';
import { MOBILIZATION_RECIPES } from '../modules/mobilization/mobilization.recipes';
import { ADVOCACY_RECIPES } from '../modules/advocacy/advocacy.recipes';
import { CASE_ANALYSIS_RECIPES } from '../modules/case-analysis/case-analysis.recipes';
import { COVERAGE_SHARES_RECIPES } from '../modules/coverage-shares/coverage-shares.recipes';
import { COVERAGE_EXPORT_RECIPES } from '../modules/coverage-exports/coverage-exports.recipes';
import { CASE_ESCALATION_RECIPES } from '../modules/case-escalations/case-escalations.recipes';
import { CASE_RESPONSE_RECIPES } from '../modules/case-responses/case-responses.recipes';
import { PRIORITY_RECIPES } from '../modules/priorities/priorities.recipes';
import { ALLIANCE_RECIPES } from '../modules/alliances/alliances.recipes';
import { CALENDAR_RECIPES } from '../modules/calendar/calendar.recipes';
import { INDICATOR_RECIPES } from '../modules/indicators/indicators.recipes';
import { TRAINING_RECIPES } from '../modules/trainings/trainings.recipes';
import { LEADERSHIP_RECIPES } from '../modules/leadership/leadership.recipes';
import { SAFE_SPACE_RECIPES } from '../modules/safe-spaces/safe-spaces.recipes';
import { COVERAGE_RECIPES } from '../modules/coverage/coverage.recipes';

/** A concrete request for one route: path parameters, query and body. */
export interface PreparedRequest {
  params: Record<string, string>;
  query?: Record<string, string>;
  body?: unknown;
}

export interface RecipeContext {
  t: TestApp;
  /** The organization in the URL (organization routes). */
  orgId: string;
  /** The signed-in caller (session routes), with their agent. */
  actor: BuiltUser | null;
  agent: TestAgent | null;
}

/** Builds a valid request for a route, creating the records it names (a fresh one per call). */
export type Recipe = (ctx: RecipeContext) => Promise<PreparedRequest>;

let sequence = 0;
/** A unique suffix, so that repeated creates never collide on a name. */
export const unique = (prefix: string) => `${prefix}-${process.pid}-${(sequence++).toString(36)}`;

export const STRONG_PASSWORD = 'Nuevas-llaves-para-la-casa-2024';

export function routeKey(spec: Pick<RouteSpec, 'method' | 'url'>): string {
  return `${spec.method} ${spec.url}`;
}

/** The URL of a route with its parameters filled in and its query appended. */
export function urlFor(spec: Pick<RouteSpec, 'url'>, request: Pick<PreparedRequest, 'params' | 'query'>) {
  const path = spec.url.replace(/:(\w+)/g, (_, name: string) => {
    const value = request.params[name];
    if (value === undefined) throw new Error(`no value for :${name} in ${spec.url}`);
    return encodeURIComponent(value);
  });
  const query = new URLSearchParams(request.query ?? {}).toString();
  return query ? `${path}?${query}` : path;
}

/** Sends a prepared request through an agent (which adds its cookie and CSRF token). */
export function send(agent: TestAgent, spec: RouteSpec, request: PreparedRequest) {
  return agent.request({
    method: spec.method,
    url: urlFor(spec, request),
    ...(spec.method === 'GET' ? {} : { body: request.body ?? {} }),
  });
}

const org = (ctx: RecipeContext) => ({ orgId: ctx.orgId });

async function localGroupParams(ctx: RecipeContext) {
  const group = await buildLocalGroup(ctx.t, { orgId: ctx.orgId, notes: unique('nota') });
  return { orgId: ctx.orgId, localGroupId: group.id };
}

async function membershipParams(ctx: RecipeContext) {
  const user = await buildUser(ctx.t, { orgId: ctx.orgId, role: 'promotora' });
  return { orgId: ctx.orgId, membershipId: user.membershipId! };
}

/** Another open session of the caller (or of a new account), so ending it leaves the caller's own. */
async function secondSessionOf(ctx: RecipeContext): Promise<string> {
  const owner = ctx.actor ?? (await buildUser(ctx.t));
  const id = newId();
  const now = ctx.t.clock.now();
  await insertSession(ctx.t.db, {
    id,
    userId: owner.userId,
    tokenHash: hashSessionToken(crypto.randomBytes(32).toString('base64url')),
    state: 'active',
    device: 'Navegador',
    createdAt: now,
    lastSeenAt: now,
    expiresAt: new Date(now.getTime() + 3_600_000),
    revokedAt: null,
    revokedReason: null,
  });
  return id;
}

/** A code for the secret that set-up returned, or a dummy when set-up was refused (TOTP already on). */
async function totpEnableBody(ctx: RecipeContext) {
  if (!ctx.agent) return { code: '000000' };
  const setup = await ctx.agent.post('/api/me/totp/setup');
  if (setup.statusCode !== 200) return { code: '000000' };
  return { code: totpCode(setup.json<{ secret: string }>().secret, totpStep(ctx.t.clock.now())) };
}

/**
 * One recipe per route of `allRoutes`, keyed by "METHOD /url". The authorization matrix, the
 * validation and fuzz tests and the audit test all fail for a route that has no recipe here.
 */
export const ROUTE_RECIPES: Record<string, Recipe> = {
  'GET /api/health': async () => ({ params: {} }),
  'GET /api/openapi.json': async () => ({ params: {} }),
  'GET /api/setup': async () => ({ params: {} }),
  'POST /api/setup': async () => ({
    params: {},
    body: {
      token: 'x'.repeat(24),
      networkName: unique('Red'),
      organization: { name: unique('Org'), countryCode: 'PE', level: 'national' },
      admin: { username: unique('adm').toLowerCase(), displayName: 'Admin', password: STRONG_PASSWORD },
    },
  }),
  'POST /api/auth/login': async (ctx) => {
    const user = await buildUser(ctx.t);
    return { params: {}, body: { username: user.username, password: TEST_PASSWORD } };
  },
  'POST /api/auth/totp': async (ctx) => ({
    params: {},
    body: {
      code: ctx.actor?.totpSecret ? totpCode(ctx.actor.totpSecret, totpStep(ctx.t.clock.now())) : '123456',
    },
  }),
  'POST /api/auth/logout': async () => ({ params: {} }),
  'GET /api/me': async () => ({ params: {} }),
  'PATCH /api/me': async () => ({ params: {}, body: { displayName: unique('Nombre'), locale: 'pt-BR' } }),
  'GET /api/me/sessions': async () => ({ params: {} }),
  'DELETE /api/me/sessions/:sessionId': async (ctx) => ({
    params: { sessionId: await secondSessionOf(ctx) },
  }),
  'POST /api/me/password': async (ctx) => ({
    params: {},
    body: { currentPassword: ctx.actor?.password ?? TEST_PASSWORD, newPassword: STRONG_PASSWORD },
  }),
  'POST /api/me/totp/setup': async () => ({ params: {} }),
  'POST /api/me/totp/enable': async (ctx) => ({ params: {}, body: await totpEnableBody(ctx) }),
  'POST /api/me/recovery-codes': async () => ({ params: {} }),
  'GET /api/orgs/:orgId': async (ctx) => ({ params: org(ctx) }),
  'PATCH /api/orgs/:orgId': async (ctx) => ({ params: org(ctx), body: { name: unique('Organización') } }),
  'GET /api/orgs/:orgId/network/organizations': async (ctx) => ({ params: org(ctx) }),
  'POST /api/orgs/:orgId/network/organizations': async (ctx) => ({
    params: org(ctx),
    body: {
      name: unique('Miembro'),
      countryCode: 'NI',
      level: 'national',
      firstAdmin: {
        kind: 'new',
        username: unique('admin').toLowerCase(),
        displayName: 'Administradora',
        temporaryPassword: STRONG_PASSWORD,
      },
    },
  }),
  'GET /api/orgs/:orgId/local-groups': async (ctx) => ({ params: org(ctx) }),
  'POST /api/orgs/:orgId/local-groups': async (ctx) => ({
    params: org(ctx),
    body: { name: unique('Grupo'), notes: unique('nota') },
  }),
  'GET /api/orgs/:orgId/local-groups/:localGroupId': async (ctx) => ({ params: await localGroupParams(ctx) }),
  'PATCH /api/orgs/:orgId/local-groups/:localGroupId': async (ctx) => ({
    params: await localGroupParams(ctx),
    body: { name: unique('Grupo'), notes: unique('nota') },
  }),
  'DELETE /api/orgs/:orgId/local-groups/:localGroupId': async (ctx) => ({
    params: await localGroupParams(ctx),
  }),
  'GET /api/orgs/:orgId/users': async (ctx) => ({ params: org(ctx) }),
  'POST /api/orgs/:orgId/users': async (ctx) => ({
    params: org(ctx),
    body: {
      username: unique('staff').toLowerCase(),
      displayName: 'Persona nueva',
      role: 'promotora',
      temporaryPassword: STRONG_PASSWORD,
    },
  }),
  'POST /api/orgs/:orgId/users/existing': async (ctx) => {
    // An account the caller administers in another organization of the network.
    const here = await ctx.t.db.query.organizations.findFirst({ where: (o, { eq }) => eq(o.id, ctx.orgId) });
    const elsewhere = await buildOrganization(ctx.t, { networkId: here?.networkId });
    if (ctx.actor)
      await addMembership(ctx.t, { orgId: elsewhere.id, userId: ctx.actor.userId, role: 'admin' });
    const staff = await buildUser(ctx.t, { orgId: elsewhere.id, role: 'promotora' });
    return { params: org(ctx), body: { username: staff.username, role: 'promotora' } };
  },
  'GET /api/orgs/:orgId/users/:membershipId': async (ctx) => ({ params: await membershipParams(ctx) }),
  'PATCH /api/orgs/:orgId/users/:membershipId': async (ctx) => ({
    params: await membershipParams(ctx),
    body: { role: 'viewer' },
  }),
  'GET /api/orgs/:orgId/audit': async (ctx) => ({ params: org(ctx), query: { limit: '20' } }),
  'GET /api/orgs/:orgId/audit/viewers': async (ctx) => {
    const group = await buildLocalGroup(ctx.t, { orgId: ctx.orgId });
    return { params: org(ctx), query: { resourceType: 'local_group', resourceId: group.id } };
  },
  ...MEMBER_RECIPES,
  ...CASE_RECIPES,
  ...CASE_RESPONSE_RECIPES,
  ...SITE_RECIPES,
  ...CAPACITY_ACTION_RECIPES,
  ...PLANNING_RECIPES,
  ...GRANT_RECIPES,
  ...CAPACITY_NETWORK_RECIPES,
  ...OUTREACH_RECIPES,
  ...REGISTRY_SETTINGS_RECIPES,
  ...CONTACT_RECIPES,
  ...IMPORT_RECIPES,
  ...CAPACITY_FRAMEWORK_RECIPES,
  ...CAPACITY_ASSESSMENT_RECIPES,
  ...SELF_REPORT_RECIPES,
  ...SAFETY_ALERT_RECIPES,
  ...BARRIER_RECIPES,
  ...MOBILIZATION_RECIPES,
  ...ADVOCACY_RECIPES,
  ...CASE_ANALYSIS_RECIPES,
  ...COVERAGE_SHARES_RECIPES,
  ...COVERAGE_EXPORT_RECIPES,
  ...CASE_ESCALATION_RECIPES,
  ...PRIORITY_RECIPES,
  ...ALLIANCE_RECIPES,
  ...CALENDAR_RECIPES,
  ...INDICATOR_RECIPES,
  ...TRAINING_RECIPES,
  ...LEADERSHIP_RECIPES,
  ...SAFE_SPACE_RECIPES,
  ...COVERAGE_RECIPES,
};

/** The recipe of a route; throws (failing the calling test) when a new route has none. */
export function recipeFor(spec: RouteSpec): Recipe {
  const recipe = ROUTE_RECIPES[routeKey(spec)];
  if (!recipe) throw new Error(`No test recipe for ${routeKey(spec)}: add one to testing/route-recipes.ts`);
  return recipe;
}
