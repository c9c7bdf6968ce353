import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../../domain/ids';
import { recoveryCodes } from '../../platform/auth/auth.tables';
import { signIn, TestAgent } from '../../testing/agent';
import { buildOrganization, buildUser, type BuiltUser } from '../../testing/factories';
import { expectError } from '../../testing/expect-error';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { insertMembership } from './org-users.repo';

/** PATCH /api/orgs/:orgId/users/:membershipId: role, disable, password and second-factor resets. */
let t: TestApp;
let orgId: string;
let otherOrgId: string;
let admin: BuiltUser;
let adminAgent: TestAgent;
beforeAll(async () => {
  t = await createTestApp();
  orgId = (await buildOrganization(t)).id;
  otherOrgId = (await buildOrganization(t)).id;
  admin = await buildUser(t, { orgId, role: 'admin' });
  adminAgent = await signIn(t, admin);
});
afterAll(() => t.close());

const urlOf = (user: BuiltUser, org = orgId) => `/api/orgs/${org}/users/${user.membershipId}`;
const TEMPORARY = 'Temporal-nueva-de-admin-5';

async function alsoMemberOf(user: BuiltUser, elsewhere: string) {
  await insertMembership(t.db, {
    orgId: elsewhere,
    id: newId(),
    userId: user.userId,
    role: 'viewer',
    localGroupId: null,
    disabledAt: null,
    createdAt: t.clock.now(),
  });
}

describe('access and validation', () => {
  it('answers 401, 403 to a coordinator or another organization, 400 naming the field, 404 unknown', async () => {
    const user = await buildUser(t, { orgId, role: 'promotora' });
    const coordinator = await signIn(t, await buildUser(t, { orgId, role: 'coordinator' }));
    const outsider = await signIn(t, await buildUser(t, { orgId: otherOrgId, role: 'admin' }));
    expectError(await new TestAgent(t).patch(urlOf(user), { role: 'viewer' }), 401, {
      code: 'unauthenticated',
    });
    expectError(await coordinator.patch(urlOf(user), { role: 'viewer' }), 403, { code: 'forbidden' });
    expectError(await outsider.patch(urlOf(user), { role: 'viewer' }), 403, { code: 'forbidden' });
    expectError(await adminAgent.patch(urlOf(user), { role: 'jefa' }), 400, {
      code: 'validation',
      field: 'role',
    });
    expectError(await adminAgent.patch(urlOf(user), { disabled: 'yes' }), 400, {
      code: 'validation',
      field: 'disabled',
    });
    expectError(await adminAgent.patch(urlOf(user), { resetTotp: false }), 400, {
      code: 'validation',
      field: 'resetTotp',
    });
    expectError(await adminAgent.patch(urlOf(user), { temporaryPassword: 'corta' }), 400, {
      code: 'validation',
      field: 'temporaryPassword',
    });
    expectError(await adminAgent.patch(`/api/orgs/${orgId}/users/${newId()}`, { role: 'viewer' }), 404, {
      code: 'not_found',
    });
  });
});

describe('role and disabling', () => {
  it('changes a role and disables a membership, which then reaches no data', async () => {
    const user = await buildUser(t, { orgId, role: 'promotora' });
    expect((await adminAgent.patch(urlOf(user), { role: 'coordinator' })).json().role).toBe('coordinator');
    expect((await adminAgent.patch(urlOf(user), { disabled: true })).json().disabled).toBe(true);
    const again = await signIn(t, user);
    expectError(await again.get(`/api/orgs/${orgId}`), 403, { code: 'forbidden' });
    expect((await again.get('/api/me')).json().memberships).toEqual([]);
    expect((await adminAgent.patch(urlOf(user), { disabled: false })).json().disabled).toBe(false);
    expect((await again.get('/api/me')).statusCode).toBe(401); // every change ends their sessions
    expect((await (await signIn(t, user)).get(`/api/orgs/${orgId}`)).statusCode).toBe(200);
  });

  it('never demotes or disables the last active administrator', async () => {
    const org = (await buildOrganization(t)).id;
    const only = await buildUser(t, { orgId: org, role: 'admin' });
    const agent = await signIn(t, only);
    for (const [change, field] of [
      [{ role: 'coordinator' }, 'role'],
      [{ disabled: true }, 'disabled'],
    ] as const) {
      const response = await agent.patch(urlOf(only, org), change);
      expectError(response, 409, { code: 'conflict', field });
      expect(response.json().error.message).toBe(
        'La organización debe conservar al menos una persona administradora activa.',
      );
    }
    const disabledAdmin = await buildUser(t, { orgId: org, role: 'admin' });
    expect((await agent.patch(urlOf(disabledAdmin, org), { disabled: true })).statusCode).toBe(200);
    expectError(await agent.patch(urlOf(only, org), { role: 'viewer' }), 409, {
      code: 'conflict',
      field: 'role',
    });
    const second = await buildUser(t, { orgId: org, role: 'admin' });
    expect((await agent.patch(urlOf(only, org), { role: 'coordinator' })).statusCode).toBe(200);
    const secondAgent = await signIn(t, second);
    expectError(await secondAgent.patch(urlOf(second, org), { disabled: true }), 409, {
      code: 'conflict',
      field: 'disabled',
    });
  });
});

describe('password and second-factor resets', () => {
  it('sets a temporary password: the old one stops working, the new one must be changed', async () => {
    const user = await buildUser(t, { orgId, role: 'viewer' });
    const response = await adminAgent.patch(urlOf(user), { temporaryPassword: TEMPORARY });
    expect(response.statusCode).toBe(200);
    const login = (password: string) =>
      new TestAgent(t, '10.14.0.1').post('/api/auth/login', { username: user.username, password });
    expect((await login(user.password)).statusCode).toBe(401);
    expect((await login(TEMPORARY)).json().state).toBe('password_change_required');
  });

  it('refuses a temporary password that contains the username', async () => {
    const user = await buildUser(t, { orgId, role: 'viewer' });
    expectError(await adminAgent.patch(urlOf(user), { temporaryPassword: `${user.username}-123456` }), 400, {
      code: 'weak_password',
      field: 'temporaryPassword',
    });
  });

  it('resets the second factor and its recovery codes', async () => {
    const user = await buildUser(t, { orgId, role: 'paralegal' });
    await (await signIn(t, user)).post('/api/me/recovery-codes');
    expect(await t.db.$count(recoveryCodes, eq(recoveryCodes.userId, user.userId))).toBe(10);
    const response = await adminAgent.patch(urlOf(user), { resetTotp: true });
    expect(response.json().totpEnabled).toBe(false);
    expect(await t.db.$count(recoveryCodes, eq(recoveryCodes.userId, user.userId))).toBe(0);
  });

  it.each<[Record<string, unknown>]>([[{ temporaryPassword: TEMPORARY }], [{ resetTotp: true }]])(
    'refuses %j for an account that also belongs to another organization',
    async (change) => {
      const user = await buildUser(t, { orgId, role: 'paralegal' });
      await alsoMemberOf(user, otherOrgId);
      const response = await adminAgent.patch(urlOf(user), change);
      expectError(response, 403, { code: 'forbidden' });
      expect(response.json().error.message).toMatch(/también pertenece a otra organización/);
      const login = await new TestAgent(t, '10.14.0.2').signIn(user); // password and TOTP unchanged
      expect((await login.get('/api/me')).json().user.totpEnabled).toBe(true);
    },
  );
});
