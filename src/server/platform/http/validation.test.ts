import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allRoutes } from '../../routes';
import { authorizedCaller } from '../../testing/callers';
import { recipeFor, routeKey, urlFor } from '../../testing/route-recipes';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { plantOrganization, type PlantedOrg } from '../../testing/world';

/**
 * SECURITY.md S10: strict schemas at the edge. Every route refuses a field it does not know — in the
 * body and in the query string, also on routes that take none — and names that field.
 */
let t: TestApp;
let org: PlantedOrg;
beforeAll(async () => {
  t = await createTestApp();
  org = await plantOrganization(t, { level: 'regional' });
});
afterAll(() => t.close());

function withExtraField(body: unknown): Record<string, unknown> {
  return { ...(body && typeof body === 'object' ? body : {}), campoExtra: 'x' };
}

describe('unknown fields', () => {
  for (const spec of allRoutes) {
    it(`${routeKey(spec)} names an unknown query field`, async () => {
      const caller = await authorizedCaller(t, spec, org);
      const request = await recipeFor(spec)({
        t,
        orgId: caller.orgId,
        actor: caller.actor,
        agent: caller.agent,
      });
      const url = urlFor(spec, { ...request, query: { ...request.query, filtroRaro: '1' } });
      const response = await caller.agent.request({
        method: spec.method,
        url,
        ...(spec.method === 'GET' ? {} : { body: request.body ?? {} }),
      });
      expect(response.statusCode, response.body).toBe(400);
      expect(response.json().error).toMatchObject({ code: 'validation', field: 'filtroRaro' });
    });

    if (spec.method === 'GET') continue;
    it(`${routeKey(spec)} names an unknown body field`, async () => {
      const caller = await authorizedCaller(t, spec, org);
      const request = await recipeFor(spec)({
        t,
        orgId: caller.orgId,
        actor: caller.actor,
        agent: caller.agent,
      });
      const response = await caller.agent.request({
        method: spec.method,
        url: urlFor(spec, request),
        body: withExtraField(request.body),
      });
      expect(response.statusCode, response.body).toBe(400);
      expect(response.json().error).toMatchObject({ code: 'validation', field: 'campoExtra' });
      expect(response.json().error.message).toContain('campoExtra');
    });
  }
});

describe('empty changes', () => {
  // A PATCH or PUT with nothing in it is answered (a validation error or "nothing changed"), never
  // a 500 from an UPDATE with no column to set.
  for (const spec of allRoutes.filter((route) => route.method === 'PATCH' || route.method === 'PUT')) {
    it(`${routeKey(spec)} answers an empty body without a server error`, async () => {
      const caller = await authorizedCaller(t, spec, org);
      const request = await recipeFor(spec)({
        t,
        orgId: caller.orgId,
        actor: caller.actor,
        agent: caller.agent,
      });
      const response = await caller.agent.request({
        method: spec.method,
        url: urlFor(spec, request),
        body: {},
      });
      expect(response.statusCode, response.body).toBeLessThan(500);
    });
  }
});

describe('error messages', () => {
  it('name the field and the reason in the caller’s language', async () => {
    const spec = allRoutes.find((route) => routeKey(route) === 'POST /api/orgs/:orgId/local-groups')!;
    const caller = await authorizedCaller(t, spec, org);
    const url = `/api/orgs/${org.row.id}/local-groups`;
    const es = await caller.agent.post(url, { name: '' });
    expect(es.json().error).toMatchObject({ code: 'validation', field: 'name' });
    expect(es.json().error.message).toMatch(/corto/);
    const pt = await caller.agent.request({
      method: 'POST',
      url,
      body: { name: 'ok', notes: 7 },
      headers: { 'accept-language': 'pt-BR' },
    });
    expect(pt.json().error).toMatchObject({ code: 'validation', field: 'notes' });
    expect(pt.json().error.message).not.toBe(es.json().error.message);
  });

  it('name a missing field as required', async () => {
    const spec = allRoutes.find((route) => routeKey(route) === 'POST /api/orgs/:orgId/users')!;
    const caller = await authorizedCaller(t, spec, org);
    const response = await caller.agent.post(`/api/orgs/${org.row.id}/users`, { username: 'ana.b' });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.field).toBe('displayName');
  });
});
