import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { totpCode, totpStep } from '../../platform/auth/totp';
import { TestAgent, signIn } from '../../testing/agent';
import { buildOrganization, buildUser } from '../../testing/factories';
import { createTestApp, type TestApp } from '../../testing/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('login', () => {
  it('sets a hardened session cookie and returns the next state', async () => {
    const org = await buildOrganization(t);
    const user = await buildUser(t, { orgId: org.id, role: 'promotora' });
    const agent = new TestAgent(t);
    const response = await agent.post('/api/auth/login', {
      username: user.username,
      password: user.password,
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ state: 'active' });
    const cookie = String(response.headers['set-cookie']);
    expect(cookie).toMatch(/^__Host-colectiva=[A-Za-z0-9_-]{43};/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/Secure/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).toMatch(/Path=\//);
    const me = await agent.get('/api/me');
    expect(me.statusCode).toBe(200);
    expect(me.json().memberships).toEqual([expect.objectContaining({ orgId: org.id, role: 'promotora' })]);
  });

  it('answers an unknown user and a wrong password identically', async () => {
    const user = await buildUser(t);
    const unknown = await new TestAgent(t, '10.0.0.1').post('/api/auth/login', {
      username: 'nadie-aqui',
      password: 'algo-largo-123',
    });
    const wrong = await new TestAgent(t, '10.0.0.2').post('/api/auth/login', {
      username: user.username,
      password: 'algo-largo-123',
    });
    expect(unknown.statusCode).toBe(401);
    expect(wrong.statusCode).toBe(unknown.statusCode);
    expect(wrong.statusCode).toBe(401);
    expect(unknown.body).toBe(wrong.body);
    expect(unknown.json()).toEqual({
      error: { code: 'invalid_credentials', message: 'Usuario o contraseña incorrectos.' },
    });
  });

  it('requires the second factor for an admin and accepts a valid code once', async () => {
    const org = await buildOrganization(t);
    const admin = await buildUser(t, { orgId: org.id, role: 'admin' });
    const agent = new TestAgent(t, '10.0.0.3');
    const login = await agent.post('/api/auth/login', { username: admin.username, password: admin.password });
    expect(login.json().state).toBe('totp_required');
    expect((await agent.get(`/api/orgs/${org.id}`)).json().error.code).toBe('mfa_required');
    t.clock.advance(30_000);
    const code = totpCode(admin.totpSecret!, totpStep(t.clock.now()));
    expect((await agent.post('/api/auth/totp', { code })).json().state).toBe('active');
    expect((await agent.get(`/api/orgs/${org.id}`)).statusCode).toBe(200);
    const again = new TestAgent(t, '10.0.0.4');
    await again.post('/api/auth/login', { username: admin.username, password: admin.password });
    expect((await again.post('/api/auth/totp', { code })).statusCode).toBe(401);
  });

  it('refuses writes without the CSRF token', async () => {
    const org = await buildOrganization(t);
    const user = await buildUser(t, { orgId: org.id, role: 'coordinator' });
    const agent = await signIn(t, user);
    const response = await agent.request({
      method: 'POST',
      url: `/api/orgs/${org.id}/local-groups`,
      body: { name: 'Ángel Azul' },
      headers: { 'x-csrf-token': 'nope' },
    });
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe('csrf');
  });
});
