import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isAllowed, rowScopeFor, type RowScope } from '../../../domain/policy';
import { allRoutes } from '../../routes';
import { signIn, type TestAgent } from '../../testing/agent';
import { buildUser, type BuiltUser } from '../../testing/factories';
import { recipeFor, routeKey, send, type PreparedRequest } from '../../testing/route-recipes';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { plantOrganization, type PlantedOrg } from '../../testing/world';
import type { RouteSpec } from './route-spec';

/**
 * Issue 3, "a promotora cannot read another promotora's caseload through any route": for every
 * organization route whose resource a promotora reaches only through a row scope (her caseload, the
 * sites she works), promotora B prepares a request with the route's recipe (so the records it creates
 * are hers), and promotora A — same organization, same role — sends it. Reads of B's records must not
 * answer them; lists must not contain any id B's own answer contains; writes aimed at B's records must
 * fail. The test is derived from the route table and the ROW_SCOPES data, so a new route is covered
 * as soon as it is registered.
 */
const SCOPED: readonly RowScope[] = ['caseload', 'worked_sites'];
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

let t: TestApp;
let org: PlantedOrg;
let a: { user: BuiltUser; agent: TestAgent };
let b: { user: BuiltUser; agent: TestAgent };

beforeAll(async () => {
  t = await createTestApp();
  org = await plantOrganization(t, { level: 'national' });
  const userA = await buildUser(t, { orgId: org.row.id, role: 'promotora' });
  const userB = await buildUser(t, { orgId: org.row.id, role: 'promotora' });
  a = { user: userA, agent: await signIn(t, userA) };
  b = { user: userB, agent: await signIn(t, userB) };
});
afterAll(() => t.close());

function scopedRoutes(): RouteSpec[] {
  return allRoutes.filter((spec) => {
    if (spec.access.kind !== 'org') return false;
    const { resource, action } = spec.access;
    return (
      isAllowed('promotora', resource, action as never, 'national') &&
      SCOPED.includes(rowScopeFor(resource, 'promotora'))
    );
  });
}

/** Ids in a body, without the ones both promotoras legitimately share (organization, accounts). */
function recordIds(body: string): Set<string> {
  const shared = new Set([
    org.row.id,
    a.user.userId,
    b.user.userId,
    a.user.membershipId,
    b.user.membershipId,
  ]);
  return new Set([...(body.match(UUID) ?? [])].filter((id) => !shared.has(id)));
}

/** Body keys that name a scoped record: B's member for caseload routes, B's site for site routes. */
const SCOPED_KEY: Record<string, RegExp> = { caseload: /member/i, worked_sites: /site/i };

/** Ids of scoped records named in a write's body (a contact for B's member, a zero return for B's site). */
function scopedIdsInBody(body: unknown, scope: RowScope): string[] {
  const pattern = SCOPED_KEY[scope]!;
  const found: string[] = [];
  const walk = (value: unknown, key: string) => {
    if (typeof value === 'string' && pattern.test(key) && UUID.test(value)) found.push(value);
    UUID.lastIndex = 0;
    if (Array.isArray(value)) value.forEach((item) => walk(item, key));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, k);
  };
  walk(body, '');
  return found;
}

const hasRecordParams = (request: PreparedRequest) =>
  Object.keys(request.params).some((name) => name !== 'orgId');

describe('a promotora never reaches another promotora’s caseload or sites', () => {
  it('the registry declares scoped routes (the test is not vacuous)', () => {
    expect(scopedRoutes().length).toBeGreaterThan(0);
  });

  for (const spec of scopedRoutes()) {
    it(`${routeKey(spec)}`, async () => {
      const request = await recipeFor(spec)({ t, orgId: org.row.id, actor: b.user, agent: b.agent });
      if (spec.method === 'GET') {
        const own = await send(b.agent, spec, request);
        expect(own.statusCode, `B reads her own records: ${own.body}`).toBeLessThan(300);
        const ownIds = recordIds(own.body);
        expect(ownIds.size, 'the recipe must create a record in the caller’s scope').toBeGreaterThan(0);
        const other = await send(a.agent, spec, request);
        if (hasRecordParams(request)) {
          expect([403, 404], `A must not read B's record: ${other.body}`).toContain(other.statusCode);
        } else {
          const leaked = [...recordIds(other.body)].filter((id) => ownIds.has(id));
          expect(leaked, `A's answer holds B's records: ${other.body}`).toEqual([]);
        }
        return;
      }
      if (spec.access.kind !== 'org') throw new Error('unreachable');
      const scope = rowScopeFor(spec.access.resource, 'promotora');
      const aimsAtB = hasRecordParams(request) || scopedIdsInBody(request.body, scope).length > 0;
      if (!aimsAtB) return; // a plain create (a new member, a new tally) is hers to make
      const other = await send(a.agent, spec, request);
      expect(other.statusCode, `A must not write to B's records: ${other.body}`).toBeGreaterThanOrEqual(400);
      expect(other.statusCode).toBeLessThan(500);
    });
  }
});
