import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIMITS } from '../../../domain/limits';
import { signIn, type TestAgent } from '../../testing/agent';
import { buildOrganization, buildUser } from '../../testing/factories';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { localGroups } from '../../modules/local-groups/local-groups.tables';

/** SECURITY.md S10: size limits, malformed bodies and prototype pollution at the edge. */
let t: TestApp;
let orgId: string;
let agent: TestAgent;
beforeAll(async () => {
  t = await createTestApp();
  orgId = (await buildOrganization(t)).id;
  agent = await signIn(t, await buildUser(t, { orgId, role: 'coordinator' }));
});
afterAll(() => t.close());

const raw = (payload: string, contentType = 'application/json') =>
  agent.request({
    method: 'POST',
    url: `/api/orgs/${orgId}/local-groups`,
    body: payload,
    headers: { 'content-type': contentType },
  });

describe('body size', () => {
  it('answers 413 payload_too_large above 64 KiB, before anything is stored', async () => {
    const notes = 'x'.repeat(LIMITS.bodyBytes);
    const response = await agent.post(`/api/orgs/${orgId}/local-groups`, { name: 'Grande', notes });
    expect(response.statusCode).toBe(413);
    expect(response.json().error.code).toBe('payload_too_large');
    expect(await t.db.$count(localGroups)).toBe(0);
  });

  it('also refuses an oversized body on a public route', async () => {
    const response = await agent.post('/api/auth/login', { username: 'a', password: 'b'.repeat(70_000) });
    expect(response.statusCode).toBe(413);
  });

  it('still checks the field limit below the body limit (notes over 4000 characters)', async () => {
    const response = await agent.post(`/api/orgs/${orgId}/local-groups`, {
      name: 'Largo',
      notes: 'y'.repeat(LIMITS.notesMax + 1),
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toMatchObject({ code: 'validation', field: 'notes' });
  });
});

describe('malformed bodies', () => {
  it.each([
    ['broken JSON', '{"name": '],
    ['a JSON string', '"Ángel Azul"'],
    ['a JSON array', '[{"name":"Ángel Azul"}]'],
    ['a number', '42'],
  ])('answers 400 validation for %s, without internals', async (_label, payload) => {
    const response = await raw(payload);
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('validation');
    expect(response.body).not.toMatch(/\bat \S+ \(|SyntaxError|Unexpected/);
  });

  it('answers 400 for a body that is not JSON', async () => {
    const response = await raw('name=Ángel', 'application/x-www-form-urlencoded');
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('validation');
  });
});

describe('prototype pollution', () => {
  it.each([
    ['__proto__', '{"name":"Ángel Azul","__proto__":{"polluted":"yes"}}'],
    ['nested __proto__', '{"name":"Ángel Azul","notes":"n","x":{"__proto__":{"polluted":"yes"}}}'],
    ['constructor.prototype', '{"name":"Ángel Azul","constructor":{"prototype":{"polluted":"yes"}}}'],
  ])('refuses %s with 400 and pollutes nothing', async (_label, payload) => {
    const response = await raw(payload);
    expect(response.statusCode).toBe(400);
    // Refused by the JSON parser itself, before any schema saw the object.
    expect(response.json().error).toEqual({ code: 'validation', message: expect.any(String) });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(await t.db.$count(localGroups)).toBe(0);
  });

  it('refuses __proto__ in the query string', async () => {
    const response = await agent.get(`/api/orgs/${orgId}/audit/viewers?__proto__[polluted]=yes`);
    expect(response.statusCode).toBe(400);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('malformed URLs', () => {
  it('answer with the usual error shape and headers, never echoing the URL', async () => {
    const long = await agent.get(`/api/orgs/${'x'.repeat(500)}/local-groups`);
    expect(long.statusCode).toBe(404);
    expect(long.json()).toEqual({ error: { code: 'not_found', message: expect.any(String) } });
    expect(long.headers['x-frame-options']).toBe('DENY');
    expect(long.headers['cache-control']).toBe('no-store');
    const broken = await agent.get(`/api/orgs/${orgId}/users/%E0%A4%A`);
    expect(broken.statusCode).toBe(400);
    expect(broken.json().error.code).toBe('validation');
    expect(broken.body).not.toContain('%E0');
  });

  it('refuses a NUL character in any field, naming the field', async () => {
    const response = await agent.post(`/api/orgs/${orgId}/local-groups`, { name: 'Ángel\u0000Azul' });
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toMatchObject({ code: 'validation', field: 'name' });
  });
});
