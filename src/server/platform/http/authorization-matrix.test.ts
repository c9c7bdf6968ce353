import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isAllowed } from '../../../domain/policy';
import { SessionState } from '../../../domain/auth.schemas';
import { ROLES } from '../../../domain/roles';
import { allRoutes } from '../../routes';
import { signIn, TestAgent } from '../../testing/agent';
import { buildUser } from '../../testing/factories';
import { recipeFor, routeKey, send } from '../../testing/route-recipes';
import { createTestApp, type TestApp } from '../../testing/test-app';
import {
  buildMatrixWorld,
  leakedMarkers,
  signInEveryRole,
  type MatrixWorld,
  type SignedInActor,
} from '../../testing/world';

/** Tests that loop over every route (≈300 requests and more): far above the default 30 s on a busy 2-core machine. */
const LOOP_TIMEOUT_MS = 180_000;

/**
 * SECURITY.md S2: every route × every role × own / other organization, with the expected answer
 * computed from the policy data. A route without a recipe fails; the last test fails when any
 * route of `allRoutes` was not exercised.
 */
let t: TestApp;
let world: MatrixWorld;
let actors: SignedInActor[];
const exercised = new Set<string>();
const reachedHandler = new Set<string>();

beforeAll(async () => {
  t = await createTestApp();
  world = await buildMatrixWorld(t);
  actors = [...(await signInEveryRole(t, world.national)), ...(await signInEveryRole(t, world.regional))];
});
afterAll(() => t.close());

const passedAuthorization = (status: number) => status < 500 && status !== 401 && status !== 403;

describe('organization routes', () => {
  for (const spec of allRoutes.filter((route) => route.access.kind === 'org')) {
    it(`${routeKey(spec)} answers by the policy for every role and organization`, async () => {
      if (spec.access.kind !== 'org') throw new Error('unreachable');
      const { resource, action } = spec.access;
      const mismatches: string[] = [];
      for (const actor of actors) {
        const own = actor.org;
        const others = [world.foreign, own === world.national ? world.regional : world.national];
        const allowed = isAllowed(actor.role, resource, action as never, own.row.level);
        const request = await recipeFor(spec)({
          t,
          orgId: own.row.id,
          actor: actor.user,
          agent: actor.agent,
        });
        const response = await send(actor.agent, spec, request);
        exercised.add(routeKey(spec));
        if (response.statusCode < 300) reachedHandler.add(routeKey(spec));
        const label = `${actor.role}@${own.row.level}`;
        if (allowed !== passedAuthorization(response.statusCode))
          mismatches.push(`${label} own: expected ${allowed ? 'allow' : 'deny'}, got ${response.statusCode}`);
        if (!allowed && response.json().error?.code !== 'forbidden')
          mismatches.push(`${label} own: denied with ${response.body}`);
        for (const other of others) {
          const foreign = await recipeFor(spec)({ t, orgId: other.row.id, actor: null, agent: null });
          const denied = await send(actor.agent, spec, foreign);
          const leaks = leakedMarkers(denied.body, other);
          if (denied.statusCode !== 403 || denied.json().error?.code !== 'forbidden')
            mismatches.push(
              `${label} → ${other.row.level} other org: got ${denied.statusCode} ${denied.body}`,
            );
          if (leaks.length) mismatches.push(`${label} → other org leaked ${leaks.join(', ')}`);
        }
      }
      expect(mismatches).toEqual([]);
    });
  }
});

describe('without a session', () => {
  it(
    'every organization and session route answers 401 unauthenticated',
    async () => {
      const anonymous = new TestAgent(t, '10.9.0.1');
      const wrong: string[] = [];
      for (const spec of allRoutes.filter((route) => route.access.kind !== 'public')) {
        const request = await recipeFor(spec)({ t, orgId: world.national.row.id, actor: null, agent: null });
        const response = await send(anonymous, spec, request);
        if (response.statusCode !== 401 || response.json().error.code !== 'unauthenticated')
          wrong.push(`${routeKey(spec)}: ${response.statusCode}`);
      }
      expect(wrong).toEqual([]);
    },
    LOOP_TIMEOUT_MS,
  );

  it('a forged or stale cookie is no session either', async () => {
    const forged = new TestAgent(t, '10.9.0.2');
    forged.cookie = `__Host-colectiva=${'A'.repeat(43)}`;
    expect((await forged.get('/api/me')).statusCode).toBe(401);
    expect((await forged.get(`/api/orgs/${world.national.row.id}`)).statusCode).toBe(401);
  });

  it('public routes are reachable without a session', async () => {
    const anonymous = new TestAgent(t, '10.9.0.3');
    for (const spec of allRoutes.filter((route) => route.access.kind === 'public')) {
      const request = await recipeFor(spec)({ t, orgId: world.national.row.id, actor: null, agent: null });
      const response = await send(anonymous, spec, request);
      exercised.add(routeKey(spec));
      if (response.statusCode < 300) reachedHandler.add(routeKey(spec));
      expect(passedAuthorization(response.statusCode), `${routeKey(spec)} ${response.statusCode}`).toBe(true);
    }
  });
});

describe('session routes', () => {
  for (const spec of allRoutes.filter((route) => route.access.kind === 'session')) {
    it(`${routeKey(spec)} serves any signed-in role whose session state it accepts`, async () => {
      if (spec.access.kind !== 'session') throw new Error('unreachable');
      const acceptsActive = (spec.access.states ?? ['active']).includes('active');
      const wrong: string[] = [];
      for (const role of ROLES) {
        // A fresh account per call: these routes change the caller's own password, TOTP and sessions.
        const user = await buildUser(t, { orgId: world.national.row.id, role });
        const agent = await signIn(t, user);
        const request = await recipeFor(spec)({ t, orgId: world.national.row.id, actor: user, agent });
        const response = await send(agent, spec, request);
        exercised.add(routeKey(spec));
        if (response.statusCode < 300) reachedHandler.add(routeKey(spec));
        const ok = acceptsActive
          ? passedAuthorization(response.statusCode)
          : response.statusCode === 403 && response.json().error.code === 'forbidden';
        if (!ok) wrong.push(`${role}: ${response.statusCode} ${response.body}`);
      }
      expect(wrong).toEqual([]);
    });
  }
});

/** A signed-in account whose session stopped at `state`. */
async function sessionInState(state: SessionState) {
  const orgId = world.national.row.id;
  const user =
    state === 'totp_required'
      ? await buildUser(t, { orgId, role: 'admin' })
      : state === 'totp_setup_required'
        ? await buildUser(t, { orgId, role: 'paralegal', totp: false })
        : await buildUser(t, {
            orgId,
            role: 'promotora',
            mustChangePassword: state === 'password_change_required',
          });
  const agent = new TestAgent(t, '10.9.1.1');
  const login = await agent.post('/api/auth/login', { username: user.username, password: user.password });
  expect(login.json().state).toBe(state);
  return { user, agent };
}

const REFUSAL_OF_STATE = {
  active: { status: 403, code: 'forbidden' },
  totp_required: { status: 401, code: 'mfa_required' },
  totp_setup_required: { status: 403, code: 'mfa_setup_required' },
  password_change_required: { status: 403, code: 'password_change_required' },
} as const;

describe('session states', () => {
  // `active` sessions are the role matrix above; these are the sessions that still owe a step.
  for (const state of SessionState.options.filter((option) => option !== 'active')) {
    it(
      `a session in state ${state} reaches exactly the routes that accept it`,
      async () => {
        const wrong: string[] = [];
        for (const spec of allRoutes.filter((route) => route.access.kind !== 'public')) {
          const accepted = spec.access.kind === 'session' ? (spec.access.states ?? ['active']) : ['active'];
          const { user, agent } = await sessionInState(state);
          const request = await recipeFor(spec)({ t, orgId: world.national.row.id, actor: user, agent });
          const response = await send(agent, spec, request);
          if (response.statusCode < 300) reachedHandler.add(routeKey(spec));
          const refusal = REFUSAL_OF_STATE[state];
          const ok = accepted.includes(state)
            ? passedAuthorization(response.statusCode)
            : response.statusCode === refusal.status && response.json().error.code === refusal.code;
          if (!ok) wrong.push(`${routeKey(spec)}: ${response.statusCode} ${response.body}`);
        }
        expect(wrong).toEqual([]);
      },
      LOOP_TIMEOUT_MS,
    );
  }
});

describe("another organization's record under your own organization's URL", () => {
  // Routes naming a record by its id or key (`:caseId`, `:itemKey`…); a parameter such as an
  // export's `:format` names no record of anyone.
  const recordRoutes = allRoutes.filter(
    (route) => route.access.kind === 'org' && /:(?!orgId)\w+(Id|Key)\b/.test(route.url),
  );

  it(
    'answers 404 not_found for every record route and allowed role',
    async () => {
      expect(recordRoutes.length).toBeGreaterThan(0);
      const wrong: string[] = [];
      for (const spec of recordRoutes) {
        if (spec.access.kind !== 'org') continue;
        const { resource, action } = spec.access;
        for (const actor of actors.filter((a) =>
          isAllowed(a.role, resource, action as never, a.org.row.level),
        )) {
          // A network route reads what the network's own organizations approved for it (a coverage
          // share by id): only another network's record must be refused there.
          const sameNetwork = actor.org === world.national ? world.regional : world.national;
          const others = spec.url.includes('/network/') ? [world.foreign] : [world.foreign, sameNetwork];
          for (const other of others) {
            const theirs = await recipeFor(spec)({ t, orgId: other.row.id, actor: null, agent: null });
            const swapped = { ...theirs, params: { ...theirs.params, orgId: actor.org.row.id } };
            const response = await send(actor.agent, spec, swapped);
            if (response.statusCode !== 404 || leakedMarkers(response.body, other).length)
              wrong.push(`${routeKey(spec)} as ${actor.role}: ${response.statusCode} ${response.body}`);
          }
        }
      }
      expect(wrong).toEqual([]);
    },
    LOOP_TIMEOUT_MS,
  );
});

describe('coverage', () => {
  it('exercised every route of allRoutes, each reaching its handler at least once', () => {
    const everyRoute = allRoutes.map(routeKey).sort();
    expect([...exercised].sort()).toEqual(everyRoute);
    // POST /api/setup can only answer "already set up" once an organization exists.
    expect([...reachedHandler].sort()).toEqual(everyRoute.filter((key) => key !== 'POST /api/setup'));
  });
});
