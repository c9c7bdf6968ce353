import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isAllowed } from '../../../domain/policy';
import { allRoutes } from '../../routes';
import { TestAgent } from '../../testing/agent';
import { buildUser } from '../../testing/factories';
import { recipeFor, routeKey, urlFor } from '../../testing/route-recipes';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { plantOrganization, type PlantedOrg } from '../../testing/world';
import { auditLog } from '../audit/audit.tables';
import type { RouteSpec } from './route-spec';

/** SECURITY.md S3/S11: state-changing requests need the session's CSRF token and a same-site origin. */
let t: TestApp;
let org: PlantedOrg;
let admin: TestAgent;
beforeAll(async () => {
  t = await createTestApp();
  org = await plantOrganization(t, { level: 'regional' });
  admin = await new TestAgent(t).signIn(org.admin);
});
afterAll(() => t.close());

/** Write routes an active regional administrator may call (CSRF is checked after authorization). */
const writeRoutes = allRoutes.filter((spec) => {
  if (spec.method === 'GET') return false;
  if (spec.access.kind === 'public') return false;
  if (spec.access.kind === 'session') return (spec.access.states ?? ['active']).includes('active');
  return isAllowed('admin', spec.access.resource, spec.access.action as never, 'regional');
});

async function attempt(spec: RouteSpec, headers: Record<string, string>) {
  const request = await recipeFor(spec)({ t, orgId: org.row.id, actor: org.admin, agent: admin });
  const before = await t.db.$count(auditLog);
  const response = await admin.request({
    method: spec.method,
    url: urlFor(spec, request),
    body: request.body ?? {},
    headers,
  });
  return { response, auditRowsAdded: (await t.db.$count(auditLog)) - before };
}

describe('session writes', () => {
  it('covers every write route', () => {
    expect(writeRoutes.map(routeKey)).toContain('POST /api/orgs/:orgId/local-groups');
    expect(writeRoutes.length).toBeGreaterThan(10);
  });

  for (const spec of writeRoutes) {
    it(`${routeKey(spec)} refuses a missing, wrong or cross-site request and changes nothing`, async () => {
      const otherSession = await new TestAgent(t, '10.5.0.9').signIn(await buildUser(t));
      const refusals: Record<string, string>[] = [
        { 'x-csrf-token': '' },
        { 'x-csrf-token': 'not-the-token' },
        { 'x-csrf-token': otherSession.csrfToken! },
        { 'sec-fetch-site': 'cross-site' },
      ];
      for (const headers of refusals) {
        const { response, auditRowsAdded } = await attempt(spec, headers);
        expect(response.statusCode, JSON.stringify(headers)).toBe(403);
        expect(response.json().error.code).toBe('csrf');
        expect(auditRowsAdded).toBe(0);
      }
    });
  }

  it('accepts the right token from the same site', async () => {
    const response = await admin.post(
      `/api/orgs/${org.row.id}/local-groups`,
      { name: 'Mujeres de Milagro' },
      { 'sec-fetch-site': 'same-origin' },
    );
    expect(response.statusCode).toBe(201);
  });

  it('lets cross-site reads through (they change nothing and SameSite keeps the cookie home)', async () => {
    const response = await admin.request({
      method: 'GET',
      url: `/api/orgs/${org.row.id}`,
      headers: { 'sec-fetch-site': 'cross-site' },
    });
    expect(response.statusCode).toBe(200);
  });
});

describe('public forms', () => {
  const login = (headers: Record<string, string>) =>
    new TestAgent(t).post(
      '/api/auth/login',
      { username: org.admin.username, password: org.admin.password },
      headers,
    );

  it('refuses a foreign Origin or a cross-site fetch, and sets no cookie', async () => {
    const refusals: Record<string, string>[] = [
      { origin: 'https://evil.example' },
      { origin: 'null' },
      { 'sec-fetch-site': 'cross-site' },
    ];
    for (const headers of refusals) {
      const response = await login(headers);
      expect(response.statusCode, JSON.stringify(headers)).toBe(403);
      expect(response.json().error.code).toBe('csrf');
      expect(response.headers['set-cookie']).toBeUndefined();
    }
  });

  it('accepts its own origin', async () => {
    expect((await login({ origin: 'http://localhost:80' })).statusCode).toBe(200);
  });
});
