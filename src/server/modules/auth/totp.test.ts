import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../../domain/roles';
import { users } from '../../platform/auth/auth.tables';
import { totpCode, totpStep } from '../../platform/auth/totp';
import { signIn, TestAgent } from '../../testing/agent';
import { buildOrganization, buildUser, type BuiltUser } from '../../testing/factories';
import { createTestApp, type TestApp } from '../../testing/test-app';

/** SECURITY.md S4: the second factor — set-up, use, replay, recovery codes, and who must have it. */
let t: TestApp;
let orgId: string;
beforeAll(async () => {
  t = await createTestApp();
  orgId = (await buildOrganization(t)).id;
});
afterAll(() => t.close());

const codeNow = (secret: string) => totpCode(secret, totpStep(t.clock.now()));
const nextStep = () => t.clock.advance(30_000);

async function passwordStep(user: BuiltUser, ip = '10.2.0.1') {
  const agent = new TestAgent(t, ip);
  const login = await agent.post('/api/auth/login', { username: user.username, password: user.password });
  expect(login.statusCode).toBe(200);
  return { agent, state: login.json().state as string };
}

/** Set-up and confirmation through the API; returns the secret and the recovery codes. */
async function enableTotp(agent: TestAgent) {
  const setup = await agent.post('/api/me/totp/setup');
  expect(setup.statusCode).toBe(200);
  const { secret, otpauthUrl, qrSvg } = setup.json();
  expect(otpauthUrl).toContain(`secret=${secret}`);
  expect(qrSvg).toMatch(/^<svg/);
  nextStep();
  const enabled = await agent.post('/api/me/totp/enable', { code: codeNow(secret) });
  expect(enabled.statusCode).toBe(200);
  return { secret: secret as string, recoveryCodes: enabled.json().recoveryCodes as string[] };
}

describe('optional second factor', () => {
  it('any role can set it up; then it is asked at every sign-in', async () => {
    const user = await buildUser(t, { orgId, role: 'promotora' });
    const agent = await signIn(t, user);
    const other = await signIn(t, user, '10.2.0.9');
    const setup = await agent.post('/api/me/totp/setup');
    const wrong = await agent.post('/api/me/totp/enable', { code: '000000' });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().error).toMatchObject({ code: 'invalid_totp', field: 'code' });
    nextStep();
    const enabled = await agent.post('/api/me/totp/enable', { code: codeNow(setup.json().secret) });
    expect(enabled.json()).toMatchObject({ state: 'active' });
    expect(enabled.json().recoveryCodes).toHaveLength(10);
    expect((await agent.get('/api/me')).json().user.totpEnabled).toBe(true);
    expect((await other.get('/api/me')).statusCode).toBe(401); // other sessions end
    expect((await agent.post('/api/me/totp/setup')).statusCode).toBe(409);
    expect((await passwordStep(user)).state).toBe('totp_required');
  });

  it('keeps the secret encrypted in the database', async () => {
    const user = await buildUser(t, { orgId, role: 'viewer' });
    const { secret } = await enableTotp(await signIn(t, user));
    const [row] = await t.db.select().from(users).where(eq(users.id, user.userId));
    expect(row!.totpSecretEnc).not.toBeNull();
    expect(row!.totpSecretEnc!.toString('latin1')).not.toContain(secret);
  });
});

describe('second step at sign-in', () => {
  it('refuses a code already used, even from another session', async () => {
    const user = await buildUser(t, { orgId, role: 'admin' });
    const first = await passwordStep(user);
    nextStep();
    const code = codeNow(user.totpSecret!);
    expect((await first.agent.post('/api/auth/totp', { code })).statusCode).toBe(200);
    const second = await passwordStep(user, '10.2.0.2');
    const replay = await second.agent.post('/api/auth/totp', { code });
    expect(replay.statusCode).toBe(401);
    expect(replay.json().error).toMatchObject({ code: 'invalid_totp', field: 'code' });
    expect((await second.agent.get(`/api/orgs/${orgId}`)).json().error.code).toBe('mfa_required');
    nextStep();
    expect((await second.agent.post('/api/auth/totp', { code: codeNow(user.totpSecret!) })).statusCode).toBe(
      200,
    );
  });

  it('accepts each recovery code once; regenerating voids the old ones', async () => {
    const user = await buildUser(t, { orgId, role: 'coordinator' });
    const { recoveryCodes } = await enableTotp(await signIn(t, user));
    const [first, second] = recoveryCodes;
    const a = await passwordStep(user);
    const used = await a.agent.post('/api/auth/totp', { recoveryCode: first!.toLowerCase() });
    expect(used.json().state).toBe('active');
    const b = await passwordStep(user, '10.2.0.3');
    const again = await b.agent.post('/api/auth/totp', { recoveryCode: first });
    expect(again.statusCode).toBe(401);
    expect(again.json().error).toMatchObject({ code: 'invalid_totp', field: 'recoveryCode' });
    const fresh = (await a.agent.post('/api/me/recovery-codes')).json().recoveryCodes;
    expect(fresh).toHaveLength(10);
    expect((await b.agent.post('/api/auth/totp', { recoveryCode: second })).statusCode).toBe(401);
    expect((await b.agent.post('/api/auth/totp', { recoveryCode: fresh[0] })).statusCode).toBe(200);
  });

  it('locks the second step after 5 wrong codes, even for the right one', async () => {
    const user = await buildUser(t, { orgId, role: 'paralegal' });
    const { agent } = await passwordStep(user, '10.2.0.4');
    for (let i = 0; i < 5; i++)
      expect((await agent.post('/api/auth/totp', { code: '999999' })).statusCode).toBe(401);
    nextStep();
    const locked = await agent.post('/api/auth/totp', { code: codeNow(user.totpSecret!) });
    expect(locked.statusCode).toBe(429);
    expect(locked.json().error.code).toBe('too_many_attempts');
  });
});

describe('required for administrators and paralegals', () => {
  for (const role of ['admin', 'paralegal'] as Role[]) {
    it(`a ${role} without it must set it up before reaching any data`, async () => {
      const user = await buildUser(t, { orgId, role, totp: false });
      const { agent, state } = await passwordStep(user);
      expect(state).toBe('totp_setup_required');
      const blocked = await agent.get(`/api/orgs/${orgId}/local-groups`);
      expect(blocked.statusCode).toBe(403);
      expect(blocked.json().error.code).toBe('mfa_setup_required');
      expect((await agent.get('/api/me')).json().user).toMatchObject({
        totpRequired: true,
        totpEnabled: false,
      });
      await enableTotp(agent);
      expect((await agent.get(`/api/orgs/${orgId}/local-groups`)).statusCode).toBe(200);
    });
  }

  it('a promotion to administrator, or a reset by one, asks for it again', async () => {
    const admin = await signIn(t, await buildUser(t, { orgId, role: 'admin' }));
    const user = await buildUser(t, { orgId, role: 'promotora' });
    expect(
      (await admin.patch(`/api/orgs/${orgId}/users/${user.membershipId}`, { role: 'admin' })).statusCode,
    ).toBe(200);
    expect((await passwordStep(user)).state).toBe('totp_setup_required');
    const paralegal = await buildUser(t, { orgId, role: 'paralegal' });
    const reset = await admin.patch(`/api/orgs/${orgId}/users/${paralegal.membershipId}`, {
      resetTotp: true,
    });
    expect(reset.json().totpEnabled).toBe(false);
    expect((await passwordStep(paralegal, '10.2.0.5')).state).toBe('totp_setup_required');
  });

  it('other roles are not forced', async () => {
    const user = await buildUser(t, { orgId, role: 'analyst' });
    expect((await passwordStep(user)).state).toBe('active');
  });
});

describe('session token after the second factor', () => {
  it('is new: the cookie and CSRF token of the password step stop working (ASVS V7.2.4)', async () => {
    const user = await buildUser(t, { orgId, role: 'admin' });
    const { agent, state } = await passwordStep(user, '10.2.7.1');
    expect(state).toBe('totp_required');
    const before = { cookie: agent.cookie, csrf: agent.csrfToken };
    nextStep();
    const verified = await agent.post('/api/auth/totp', { code: codeNow(user.totpSecret!) });
    expect(verified.statusCode).toBe(200);
    expect(verified.json().state).toBe('active');
    expect(agent.cookie).not.toBe(before.cookie);
    expect(verified.json().csrfToken).not.toBe(before.csrf);
    expect((await agent.get('/api/me')).statusCode).toBe(200);
    const stale = new TestAgent(t, '10.2.7.1');
    stale.cookie = before.cookie;
    expect((await stale.get('/api/me')).statusCode).toBe(401);
  });
});
