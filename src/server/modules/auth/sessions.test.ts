import crypto from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessions, users } from '../../platform/auth/auth.tables';
import { signIn, TestAgent } from '../../testing/agent';
import { buildOrganization, buildUser } from '../../testing/factories';
import { createTestApp, type TestApp } from '../../testing/test-app';

/** SECURITY.md S3: session tokens, cookie, timeouts and revocation. */
let t: TestApp;
let orgId: string;
beforeAll(async () => {
  t = await createTestApp();
  orgId = (await buildOrganization(t)).id;
});
afterAll(() => t.close());

const MINUTE = 60_000;
const tokenOf = (agent: TestAgent) => agent.cookie!.split('=')[1]!;

async function member() {
  const user = await buildUser(t, { orgId, role: 'promotora' });
  return { user, agent: await signIn(t, user) };
}

describe('session token and cookie', () => {
  it('is a 256-bit random token kept only as its SHA-256 in the database', async () => {
    const { user, agent } = await member();
    const token = tokenOf(agent);
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    const rows = await t.db.select().from(sessions).where(eq(sessions.userId, user.userId));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.tokenHash.equals(crypto.createHash('sha256').update(token).digest())).toBe(true);
    expect(JSON.stringify(rows)).not.toContain(token);
  });

  it('is cleared on logout with the same hardened attributes, and the old token is refused', async () => {
    const { agent } = await member();
    const token = tokenOf(agent);
    const logout = await agent.post('/api/auth/logout');
    expect(logout.statusCode).toBe(200);
    const cookie = String(logout.headers['set-cookie']);
    expect(cookie).toMatch(/^__Host-colectiva=;/);
    expect(cookie).toMatch(/Expires=Thu, 01 Jan 1970/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/Secure/);
    expect(cookie).toMatch(/SameSite=Strict/);
    const replay = new TestAgent(t);
    replay.cookie = `__Host-colectiva=${token}`;
    const after = await replay.get('/api/me');
    expect(after.statusCode).toBe(401);
    expect(after.json().error.code).toBe('unauthenticated');
  });

  it('answers 401 for a token revoked in the database', async () => {
    const { user, agent } = await member();
    expect((await agent.get('/api/me')).statusCode).toBe(200);
    await t.db.update(sessions).set({ revokedAt: t.clock.now() }).where(eq(sessions.userId, user.userId));
    expect((await agent.get('/api/me')).statusCode).toBe(401);
  });
});

describe('timeouts', () => {
  it('ends a session idle for 30 minutes, while activity keeps it alive', async () => {
    const { agent } = await member();
    t.clock.advance(29 * MINUTE);
    expect((await agent.get('/api/me')).statusCode).toBe(200);
    t.clock.advance(29 * MINUTE);
    expect((await agent.get('/api/me')).statusCode).toBe(200);
    t.clock.advance(30 * MINUTE);
    expect((await agent.get('/api/me')).statusCode).toBe(401);
    t.clock.advance(-30 * MINUTE); // revoked for good, not merely out of time
    expect((await agent.get('/api/me')).statusCode).toBe(401);
  });

  it('ends a session 12 hours after sign-in however active it is', async () => {
    const { agent } = await member();
    for (let elapsed = 0; elapsed < 12 * 60 - 20; elapsed += 20) {
      t.clock.advance(20 * MINUTE);
      expect((await agent.get('/api/me')).statusCode, `after ${elapsed + 20} minutes`).toBe(200);
    }
    t.clock.advance(20 * MINUTE);
    expect((await agent.get('/api/me')).statusCode).toBe(401);
  });
});

describe('revocation by account changes', () => {
  it('a password change ends the other sessions and keeps the current one', async () => {
    const { user, agent } = await member();
    const other = await signIn(t, user, '10.1.0.2');
    const changed = await agent.post('/api/me/password', {
      currentPassword: user.password,
      newPassword: 'Otra-frase-larga-para-entrar-9',
    });
    expect(changed.statusCode).toBe(200);
    expect((await agent.get('/api/me')).statusCode).toBe(200);
    expect((await other.get('/api/me')).statusCode).toBe(401);
    const old = await new TestAgent(t, '10.1.0.3').post('/api/auth/login', {
      username: user.username,
      password: user.password,
    });
    expect(old.statusCode).toBe(401);
  });

  it('disabling the account ends its sessions', async () => {
    const { user, agent } = await member();
    await t.db.update(users).set({ disabledAt: t.clock.now() }).where(eq(users.id, user.userId));
    expect((await agent.get('/api/me')).statusCode).toBe(401);
  });

  it("an administrator's change of role or disabling a membership ends that person's sessions", async () => {
    const admin = await buildUser(t, { orgId, role: 'admin' });
    const adminAgent = await signIn(t, admin);
    for (const change of [{ role: 'viewer' }, { disabled: true }]) {
      const { user, agent } = await member();
      const response = await adminAgent.patch(`/api/orgs/${orgId}/users/${user.membershipId}`, change);
      expect(response.statusCode).toBe(200);
      expect((await agent.get('/api/me')).statusCode).toBe(401);
    }
    expect((await adminAgent.get('/api/me')).statusCode).toBe(200);
  });
});

describe('own sessions', () => {
  it('lists the open sessions and marks the current one', async () => {
    const { user, agent } = await member();
    await signIn(t, user, '10.1.0.4');
    const list = (await agent.get('/api/me/sessions')).json().sessions;
    expect(list).toHaveLength(2);
    expect(list.filter((s: { current: boolean }) => s.current)).toHaveLength(1);
  });

  it('leaves sessions that timed out off the list', async () => {
    const { user, agent } = await member();
    const idle = await signIn(t, user, '10.1.0.5');
    t.clock.advance(20 * MINUTE);
    expect((await agent.get('/api/me')).statusCode).toBe(200);
    t.clock.advance(15 * MINUTE);
    const list = (await agent.get('/api/me/sessions')).json().sessions;
    expect(list).toEqual([expect.objectContaining({ current: true })]);
    expect((await idle.get('/api/me')).statusCode).toBe(401);
  });

  it('ends another own session, then the current one', async () => {
    const { user, agent } = await member();
    const other = await signIn(t, user, '10.1.0.6');
    const list = (await agent.get('/api/me/sessions')).json().sessions;
    const otherId = list.find((s: { current: boolean }) => !s.current).id;
    const currentId = list.find((s: { current: boolean }) => s.current).id;
    expect((await agent.delete(`/api/me/sessions/${otherId}`)).statusCode).toBe(200);
    expect((await other.get('/api/me')).statusCode).toBe(401);
    expect((await agent.delete(`/api/me/sessions/${otherId}`)).statusCode).toBe(404);
    const own = await agent.delete(`/api/me/sessions/${currentId}`);
    expect(own.statusCode).toBe(200);
    expect(String(own.headers['set-cookie'])).toMatch(/^__Host-colectiva=;/);
    expect((await agent.get('/api/me')).statusCode).toBe(401);
  });

  it("cannot end someone else's session (404) and theirs stays open", async () => {
    const mine = await member();
    const theirs = await member();
    const theirId = (await theirs.agent.get('/api/me/sessions')).json().sessions[0].id;
    const response = await mine.agent.delete(`/api/me/sessions/${theirId}`);
    expect(response.statusCode).toBe(404);
    expect(response.json().error.code).toBe('not_found');
    expect((await theirs.agent.get('/api/me')).statusCode).toBe(200);
  });
});
