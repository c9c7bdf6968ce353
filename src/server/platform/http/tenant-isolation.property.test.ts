import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { newId } from '../../../domain/ids';
import { isAllowed, rowScopeFor } from '../../../domain/policy';
import { ROLES, type Role } from '../../../domain/roles';
import { insertMembership } from '../../modules/org-users/org-users.repo';
import { allRoutes } from '../../routes';
import { signIn } from '../../testing/agent';
import { buildUser } from '../../testing/factories';
import { recipeFor, routeKey, send } from '../../testing/route-recipes';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { leakedMarkers, plantOrganization, type PlantedOrg } from '../../testing/world';

/**
 * SECURITY.md S2, as a property: for random networks of organizations and random memberships, a
 * read succeeds only through an active membership whose role the policy allows, and no answer ever
 * carries another organization's data (the network list may name its sibling organizations).
 */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const readRoutes = allRoutes.filter((route) => route.access.kind === 'org' && route.method === 'GET');

const membershipArb = fc.record({
  org: fc.nat({ max: 20 }),
  role: fc.constantFrom(...ROLES),
  disabled: fc.boolean(),
});
const worldArb = fc.record({
  /** Number of national organizations under each network's regional secretariat. */
  networks: fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 1, maxLength: 2 }),
  users: fc.array(fc.array(membershipArb, { maxLength: 3 }), { minLength: 1, maxLength: 3 }),
});

async function buildTree(networks: number[]): Promise<PlantedOrg[]> {
  const orgs: PlantedOrg[] = [];
  for (const nationals of networks) {
    const regional = await plantOrganization(t, { level: 'regional' });
    orgs.push(regional);
    for (let i = 0; i < nationals; i++)
      orgs.push(await plantOrganization(t, { networkId: regional.row.networkId, level: 'national' }));
  }
  return orgs;
}

/** What a caller may legitimately see in an answer about `target`. */
function forbiddenMarkers(orgs: PlantedOrg[], target: PlantedOrg, routeUrl: string, body: string): string[] {
  // The secretariat's network routes (the member list, shared aggregates) name the organizations of
  // its own network by id; nothing else of theirs may appear.
  const listsNetwork = /\/network\/|\/capacity\/network$/.test(routeUrl);
  return orgs
    .filter((org) => org !== target)
    .flatMap((org) => {
      const leaks = leakedMarkers(body, org);
      return listsNetwork && org.row.networkId === target.row.networkId
        ? leaks.filter((marker) => marker !== org.row.id)
        : leaks;
    });
}

it('no read crosses an organization boundary', async () => {
  expect(readRoutes.length).toBeGreaterThan(0);
  await fc.assert(
    fc.asyncProperty(worldArb, async ({ networks, users }) => {
      const orgs = await buildTree(networks);
      for (const wanted of users) {
        const user = await buildUser(t, { totp: true });
        const roles = new Map<string, Role>();
        const joined = new Set<string>(); // one membership per user and organization
        for (const membership of wanted) {
          const org = orgs[membership.org % orgs.length]!;
          if (joined.has(org.row.id)) continue;
          joined.add(org.row.id);
          await insertMembership(t.db, {
            orgId: org.row.id,
            id: newId(),
            userId: user.userId,
            role: membership.role,
            localGroupId: null,
            disabledAt: membership.disabled ? t.clock.now() : null,
            createdAt: t.clock.now(),
          });
          if (!membership.disabled) roles.set(org.row.id, membership.role);
        }
        const agent = await signIn(t, user);
        for (const target of orgs) {
          const role = roles.get(target.row.id);
          for (const spec of readRoutes) {
            if (spec.access.kind !== 'org') continue;
            const allowed =
              role !== undefined &&
              isAllowed(role, spec.access.resource, spec.access.action as never, target.row.level);
            const request = await recipeFor(spec)({ t, orgId: target.row.id, actor: null, agent: null });
            const response = await send(agent, spec, request);
            const where = `${routeKey(spec)} as ${role ?? 'non-member'} of ${target.row.level}`;
            // The recipes' records belong to nobody in particular: a role with a row scope (a
            // promotora's caseload, a paralegal's cases) may find one outside it, which answers 404
            // (or, for a human-rights case she may know exists, 403 `case_restricted`).
            const rowScoped =
              role !== undefined &&
              rowScopeFor(spec.access.resource, role) !== 'organization' &&
              Object.keys(request.params).some((name) => name !== 'orgId');
            if (allowed && rowScoped) {
              expect([200, 403, 404], where).toContain(response.statusCode);
              if (response.statusCode === 403)
                expect(response.json().error.code, where).toBe('case_restricted');
            } else expect(response.statusCode, where).toBe(allowed ? 200 : 403);
            const leaks = forbiddenMarkers(orgs, target, spec.url, response.body);
            expect(leaks, where).toEqual([]);
            if (!allowed) expect(leakedMarkers(response.body, target), where).toEqual([]);
          }
        }
      }
    }),
    { numRuns: 12 },
  );
  // Twelve random organization trees × every read route: minutes, not the default 30 s, on 2 cores.
}, 600_000);
