import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../platform/audit/audit.tables';
import { organizations } from '../../modules/organizations/organizations.tables';
import { TestAgent } from '../../testing/agent';
import { createTestApp, type TestApp } from '../../testing/test-app';

/** First run: only whoever holds the console token creates the network and first administrator. */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const TOKEN = 'token-de-consola-0123456789';
const input = (overrides: Record<string, unknown> = {}) => ({
  token: TOKEN,
  networkName: 'Red de prueba',
  organization: { name: 'Flor de Azalea', countryCode: 'EC', level: 'national' },
  admin: { username: 'primera', displayName: 'Primera', password: 'Una-frase-larga-de-inicio-1' },
  ...overrides,
});
const post = (body: unknown, headers?: Record<string, string>) =>
  new TestAgent(t).post('/api/setup', body, headers);

describe('before set-up', () => {
  it('reports that set-up is needed', async () => {
    expect((await new TestAgent(t).get('/api/setup')).json()).toEqual({ needed: true });
  });

  it('refuses everything while no console token was issued', async () => {
    const response = await post(input());
    expect(response.statusCode).toBe(403);
    expect(response.json().error).toMatchObject({ code: 'setup_token', field: 'token' });
  });

  it('refuses a wrong token, a weak password and unknown fields with the exact field', async () => {
    t.deps.setup.token = TOKEN;
    const wrong = await post(input({ token: 'otro-token-que-no-es-el-bueno' }));
    expect(wrong.json().error).toMatchObject({ code: 'setup_token', field: 'token' });
    const weak = await post(
      input({ admin: { username: 'primera', displayName: 'P', password: 'primera-primera' } }),
    );
    expect(weak.statusCode).toBe(400);
    expect(weak.json().error).toMatchObject({ code: 'weak_password', field: 'admin.password' });
    const unknown = await post(
      input({ organization: { name: 'X', countryCode: null, level: 'national', legalName: 'Y' } }),
    );
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error).toMatchObject({ code: 'validation', field: 'organization.legalName' });
    expect(await t.db.$count(organizations)).toBe(0);
  });

  it('refuses a request from a foreign origin', async () => {
    const response = await post(input(), { origin: 'https://evil.example' });
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe('csrf');
  });
});

describe('set-up', () => {
  it('creates exactly one organization even when sent twice at once, then is closed', async () => {
    const replies = await Promise.all([post(input()), post(input())]);
    const [created, refused] = replies.sort((a, b) => a.statusCode - b.statusCode);
    expect(created.statusCode).toBe(201);
    // The loser sees either "already done" or, if it lost the race to the token, "wrong token".
    expect(['setup_done', 'setup_token']).toContain(refused.json().error.code);
    expect(await t.db.$count(organizations)).toBe(1);
    expect((await new TestAgent(t).get('/api/setup')).json()).toEqual({ needed: false });
    expect(t.deps.setup.token).toBeNull();
    const rows = await t.db.select().from(auditLog);
    expect(rows.map((row) => row.action)).toEqual(['setup.completed']);
  });

  it('the first administrator signs in and must set up the second factor', async () => {
    const login = await new TestAgent(t).post('/api/auth/login', {
      username: 'primera',
      password: 'Una-frase-larga-de-inicio-1',
    });
    expect(login.json().state).toBe('totp_setup_required');
  });

  it('answers setup_done afterwards, whatever the token', async () => {
    const response = await post(input({ token: 'cualquier-cosa-larga' }));
    expect(response.statusCode).toBe(409);
    expect(response.json().error.code).toBe('setup_done');
  });
});
