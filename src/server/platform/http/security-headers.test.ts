import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, TestAgent } from '../../testing/agent';
import { buildOrganization, buildUser } from '../../testing/factories';
import { createTestApp, type TestApp } from '../../testing/test-app';

/** SECURITY.md S11: the same hardening headers on every answer; `no-store` on every API answer. */
let t: TestApp;
let webDir: string;
beforeAll(async () => {
  webDir = fs.mkdtempSync(path.join(os.tmpdir(), 'colectiva-web-'));
  fs.mkdirSync(path.join(webDir, 'assets'));
  fs.writeFileSync(path.join(webDir, 'index.html'), '<!doctype html><title>Agenda</title>');
  fs.writeFileSync(path.join(webDir, 'assets', 'app-1234.js'), 'console.log(1)');
  t = await createTestApp({ webDir });
});
afterAll(async () => {
  await t.close();
  fs.rmSync(webDir, { recursive: true, force: true });
});

function expectHardened(response: LightMyRequestResponse) {
  const csp = String(response.headers['content-security-policy']);
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("script-src 'self'");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("object-src 'none'");
  expect(csp).not.toContain('unsafe-inline');
  expect(csp).not.toContain('unsafe-eval');
  expect(csp).not.toMatch(/https?:\/\//); // no third-party origin anywhere
  const hsts = String(response.headers['strict-transport-security']);
  expect(Number(/max-age=(\d+)/.exec(hsts)?.[1])).toBeGreaterThanOrEqual(31_536_000);
  expect(response.headers['referrer-policy']).toBe('no-referrer');
  expect(response.headers['x-frame-options']).toBe('DENY');
  expect(response.headers['x-content-type-options']).toBe('nosniff');
}

describe('API answers', () => {
  it('are hardened and never stored, for successes and every kind of error', async () => {
    const org = await buildOrganization(t);
    const agent = await signIn(t, await buildUser(t, { orgId: org.id, role: 'viewer' }));
    const anonymous = new TestAgent(t);
    const answers = [
      await anonymous.get('/api/health'),
      await agent.get(`/api/orgs/${org.id}`),
      await anonymous.get(`/api/orgs/${org.id}`),
      await agent.post(`/api/orgs/${org.id}/local-groups`, { name: 'x' }),
      await anonymous.get('/api/no-such-thing'),
      await anonymous.post('/api/auth/login', { username: 'a' }),
    ];
    expect(answers.map((r) => r.statusCode)).toEqual([200, 200, 401, 403, 404, 400]);
    for (const response of answers) {
      expectHardened(response);
      expect(response.headers['cache-control']).toBe('no-store');
    }
  });

  it('answer an unknown API route with a JSON not_found', async () => {
    const response = await new TestAgent(t).request({ method: 'DELETE', url: '/api/nada/aqui' });
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    expect(response.json()).toEqual({
      error: { code: 'not_found', message: 'No encontramos lo que busca.' },
    });
  });
});

describe('web app answers', () => {
  it('are hardened too: the shell, a client-side route, an asset and the manifest', async () => {
    const anonymous = new TestAgent(t);
    const shell = await anonymous.get('/');
    const route = await anonymous.get('/orgs/abc/grupos');
    const asset = await anonymous.get('/assets/app-1234.js');
    const manifest = await anonymous.get('/manifest.webmanifest');
    for (const response of [shell, route, asset, manifest]) {
      expect(response.statusCode).toBe(200);
      expectHardened(response);
    }
    expect(shell.body).toContain('<title>Agenda</title>');
    expect(route.headers['cache-control']).toBe('no-cache');
    expect(asset.headers['cache-control']).toContain('immutable');
  });

  it('never serve files outside the web directory', async () => {
    const response = await new TestAgent(t).get('/..%2f..%2f..%2fetc%2fpasswd');
    expect(response.body).not.toContain('root:');
  });
});
