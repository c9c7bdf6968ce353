import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDisplayCode } from '../../../domain/members';
import { allRoutes } from '../../routes';
import { signIn, type TestAgent } from '../../testing/agent';
import { buildUser, type BuiltUser } from '../../testing/factories';
import { recipeFor, routeKey, send, unique, type PreparedRequest } from '../../testing/route-recipes';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { plantOrganization, type PlantedOrg } from '../../testing/world';
import { buildMember } from '../members/members.factory';
import { buildCase } from './cases.factory';

/**
 * Issue 5, "a promotora, a paralegal not assigned, a coordinator of another organization and a
 * network_analyst cannot read the narrative by any route": a case with a planted narrative,
 * perpetrator name, victim and break-the-glass reason; every organization route (and every session
 * read) is sent by each of the four with its recipe, with the planted case's id put in place of
 * `:caseId`, and with the case's organization put in place of `:orgId`. No answer may contain a
 * planted string. The test is derived from the route table, so routes added later are covered.
 */
let t: TestApp;
let home: PlantedOrg;
let elsewhere: PlantedOrg;
let caseId: string;
let markers: string[];
let actors: { label: string; user: BuiltUser; agent: TestAgent; org: PlantedOrg }[];

beforeAll(async () => {
  t = await createTestApp();
  home = await plantOrganization(t, { level: 'national' });
  elsewhere = await plantOrganization(t, { networkId: home.row.networkId, level: 'national' });
  const assigned = await buildUser(t, { orgId: home.row.id, role: 'paralegal' });
  const member = await buildMember(t, { orgId: home.row.id });
  const narrative = unique('RELATO-SECRETO');
  const name = unique('NOMBRE-SECRETO');
  const reason = unique('MOTIVO-SECRETO');
  const built = await buildCase(t, {
    orgId: home.row.id,
    narrative,
    perpetratorName: name,
    victimMemberId: member.id,
    assignedUserIds: [assigned.userId],
  });
  caseId = built.id;
  // Someone else broke the glass on it, with a reason only the case's workers may read.
  const breaker = await buildUser(t, { orgId: home.row.id, role: 'paralegal' });
  const opened = await (
    await signIn(t, breaker)
  ).post(`/api/orgs/${home.row.id}/cases/${caseId}/break-glass`, { reason });
  expect(opened.statusCode, opened.body).toBe(201);
  markers = [narrative, name, reason, member.id, formatDisplayCode(member.displayCode)];

  const make = async (
    label: string,
    org: PlantedOrg,
    role: 'promotora' | 'paralegal' | 'coordinator' | 'network_analyst',
  ) => {
    const user = await buildUser(t, { orgId: org.row.id, role });
    return { label, user, agent: await signIn(t, user), org };
  };
  actors = [
    await make('promotora', home, 'promotora'),
    await make('paralegal not assigned', home, 'paralegal'),
    await make('coordinator of another organization', elsewhere, 'coordinator'),
    await make('network_analyst', home, 'network_analyst'),
  ];
});
afterAll(() => t.close());

/** The request as the recipe made it, aimed at the planted case, and under the case's organization. */
function variants(request: PreparedRequest): PreparedRequest[] {
  const list = [request];
  if ('caseId' in request.params) list.push({ ...request, params: { ...request.params, caseId } });
  if ('orgId' in request.params && request.params.orgId !== home.row.id)
    for (const base of [...list]) list.push({ ...base, params: { ...base.params, orgId: home.row.id } });
  return list;
}

const routes = allRoutes.filter(
  (spec) => spec.access.kind === 'org' || (spec.access.kind === 'session' && spec.method === 'GET'),
);

describe('the narrative, names, victims and reasons of a case stay with the people who work it', () => {
  it('the route table has case routes (the test is not vacuous)', () => {
    expect(routes.some((spec) => spec.url.includes(':caseId'))).toBe(true);
  });

  for (const spec of routes) {
    it(routeKey(spec), async () => {
      const leaks: string[] = [];
      for (const actor of actors) {
        const request = await recipeFor(spec)({
          t,
          orgId: actor.org.row.id,
          actor: actor.user,
          agent: actor.agent,
        });
        for (const variant of variants(request)) {
          const response = await send(actor.agent, spec, variant);
          expect(response.statusCode, `${actor.label}: ${response.body}`).toBeLessThan(500);
          const found = markers.filter((marker) => response.body.includes(marker));
          if (found.length)
            leaks.push(`${actor.label} ${JSON.stringify(variant.params)}: ${found.join(', ')}`);
        }
      }
      expect(leaks).toEqual([]);
    });
  }

  it('the case’s own workers do read them (the markers are real)', async () => {
    const coordinator = await signIn(t, await buildUser(t, { orgId: home.row.id, role: 'coordinator' }));
    const body = (await coordinator.get(`/api/orgs/${home.row.id}/cases/${caseId}`)).body;
    for (const marker of markers) expect(body).toContain(marker);
  });
});
