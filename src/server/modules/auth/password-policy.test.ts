import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, TestAgent } from '../../testing/agent';
import { buildOrganization, buildUser, type BuiltUser } from '../../testing/factories';
import { createTestApp, type TestApp } from '../../testing/test-app';

/** SECURITY.md S4: length, common passwords and the username, each refused with the exact field. */
let t: TestApp;
let orgId: string;
let user: BuiltUser;
let agent: TestAgent;
let admin: TestAgent;
beforeAll(async () => {
  t = await createTestApp();
  orgId = (await buildOrganization(t)).id;
  user = await buildUser(t, { orgId, role: 'coordinator', username: 'lucia.flores' });
  agent = await signIn(t, user);
  admin = await signIn(t, await buildUser(t, { orgId, role: 'admin' }));
});
afterAll(() => t.close());

const change = (newPassword: string, currentPassword = user.password) =>
  agent.post('/api/me/password', { currentPassword, newPassword });

describe('changing one’s own password', () => {
  it.each([
    ['too short', 'Corta-1', 'validation', 'too_short'],
    ['too long', 'x'.repeat(129), 'validation', 'too_long'],
    ['common', 'Password123', 'weak_password', 'too_common'],
    ['common with a suffix', 'contraseña2024!', 'weak_password', 'too_common'],
    ['containing the username', 'soy-Lucia.Flores-y-punto', 'weak_password', 'contains_username'],
  ])('refuses a password that is %s, naming newPassword', async (_label, password, code) => {
    const response = await change(password);
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toMatchObject({ code, field: 'newPassword' });
  });

  it('refuses the current password as the new one', async () => {
    const response = await change(user.password);
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toMatchObject({ code: 'weak_password', field: 'newPassword' });
  });

  it('refuses a wrong current password, naming currentPassword', async () => {
    const response = await change('Una-frase-larga-y-propia-1', 'no-es-la-actual');
    expect(response.statusCode).toBe(401);
    expect(response.json().error).toMatchObject({ code: 'invalid_credentials', field: 'currentPassword' });
  });

  it('explains the reason in the user’s language', async () => {
    const response = await change('Password123');
    expect(response.json().error.message).toBe('La contraseña no sirve: es demasiado común; elija otra');
  });

  it('accepts a long passphrase of 64 characters and more', async () => {
    const response = await change(`${'palabras sueltas en la calle '.repeat(4)}!`.slice(0, 100));
    expect(response.statusCode).toBe(200);
  });
});

describe('temporary passwords set by an administrator', () => {
  const create = (username: string, temporaryPassword: string) =>
    admin.post(`/api/orgs/${orgId}/users`, {
      username,
      displayName: 'Ana',
      role: 'viewer',
      temporaryPassword,
    });

  it.each([
    ['Corta-1', 'validation'],
    ['qwerty123', 'weak_password'],
    ['xx-rosa.maria-xx', 'weak_password'],
  ])('refuses %s for a new account, naming temporaryPassword', async (password, code) => {
    const response = await create('rosa.maria', password);
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toMatchObject({ code, field: 'temporaryPassword' });
  });

  it('forces the new account to choose its own password at first sign-in', async () => {
    const created = await create('marta.q', 'Temporal-de-una-vez-77');
    expect(created.statusCode).toBe(201);
    const login = await new TestAgent(t).signIn({
      username: 'marta.q',
      password: 'Temporal-de-una-vez-77',
      totpSecret: null,
    });
    const blocked = await login.get(`/api/orgs/${orgId}`);
    expect(blocked.json().error.code).toBe('password_change_required');
    const changed = await login.post('/api/me/password', {
      currentPassword: 'Temporal-de-una-vez-77',
      newPassword: 'Mi-propia-frase-secreta-5',
    });
    expect(changed.json().state).toBe('active');
    expect((await login.get(`/api/orgs/${orgId}`)).statusCode).toBe(200);
  });
});
