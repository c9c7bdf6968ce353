import crypto from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from '../../platform/auth/auth.tables';
import { TestAgent } from '../../testing/agent';
import { buildOrganization, buildUser, type BuiltUser } from '../../testing/factories';
import { createTestApp, type TestApp } from '../../testing/test-app';

/**
 * SECURITY.md S4: five failures in 15 minutes lock an account, thirty lock a client address, and
 * nothing in the answers tells an existing account from an unknown one. (Response time is measured
 * in bench/, not asserted here.)
 */
let t: TestApp;
let orgId: string;
beforeAll(async () => {
  t = await createTestApp();
  orgId = (await buildOrganization(t)).id;
});
afterAll(() => t.close());

let address = 0;
const freshIp = () => `10.3.${Math.floor(address / 250)}.${(address++ % 250) + 1}`;
const login = (username: string, password: string, ip = freshIp()) =>
  new TestAgent(t, ip).post('/api/auth/login', { username, password });
const member = () => buildUser(t, { orgId, role: 'promotora' });

async function fail(user: Pick<BuiltUser, 'username'>, times: number, ip?: string) {
  for (let i = 0; i < times; i++) {
    const response = await login(user.username, 'no-es-esta-clave', ip);
    expect(response.statusCode).toBe(401);
  }
}

describe('per account', () => {
  it('locks after 5 failures, even with the right password and from another address', async () => {
    const user = await member();
    await fail(user, 5);
    const locked = await login(user.username, user.password);
    expect(locked.statusCode).toBe(429);
    expect(locked.json().error.code).toBe('too_many_attempts');
    expect(locked.headers['set-cookie']).toBeUndefined();
    t.clock.advance(14 * 60_000);
    expect((await login(user.username, user.password)).statusCode).toBe(429);
    t.clock.advance(2 * 60_000);
    expect((await login(user.username, user.password)).statusCode).toBe(200);
  });

  it('does not lock after 4 failures; a success starts the count again', async () => {
    const user = await member();
    await fail(user, 4);
    expect((await login(user.username, user.password)).statusCode).toBe(200);
    await fail(user, 4);
    expect((await login(user.username, user.password)).statusCode).toBe(200);
  });

  it('forgets failures older than the 15-minute window', async () => {
    const user = await member();
    await fail(user, 4);
    t.clock.advance(16 * 60_000);
    await fail(user, 4);
    expect((await login(user.username, user.password)).statusCode).toBe(200);
  });

  it('counts the username however it is capitalised or padded', async () => {
    const user = await member();
    await fail({ username: user.username.toUpperCase() }, 3);
    await fail({ username: ` ${user.username} ` }, 2);
    expect((await login(user.username, user.password)).statusCode).toBe(429);
  });
});

describe('per client address', () => {
  it('locks an address after 30 failures, for every account, while other addresses still work', async () => {
    const ip = '10.4.0.1';
    for (let i = 0; i < 30; i++) await fail({ username: `nadie-${i}` }, 1, ip);
    const user = await member();
    const locked = await login(user.username, user.password, ip);
    expect(locked.statusCode).toBe(429);
    expect(locked.json().error.code).toBe('too_many_attempts');
    expect((await login(user.username, user.password, '10.4.0.2')).statusCode).toBe(200);
  });
});

describe('no user enumeration', () => {
  it('answers an unknown user, a wrong password and a disabled account identically', async () => {
    const user = await member();
    const disabled = await buildUser(t, { orgId, role: 'viewer' });
    await t.db.update(users).set({ disabledAt: t.clock.now() }).where(eq(users.id, disabled.userId));
    const unknown = await login('nadie-conocido', 'algo-largo-123');
    const wrong = await login(user.username, 'algo-largo-123');
    const off = await login(disabled.username, disabled.password);
    for (const response of [unknown, wrong, off]) {
      expect(response.statusCode).toBe(401);
      expect(response.body).toBe(unknown.body);
      expect(response.headers['set-cookie']).toBeUndefined();
    }
    expect(unknown.json()).toEqual({
      error: { code: 'invalid_credentials', message: 'Usuario o contraseña incorrectos.' },
    });
  });

  it('locks unknown usernames exactly like existing ones', async () => {
    const user = await member();
    await fail(user, 5);
    await fail({ username: 'tampoco-existe' }, 5);
    const existing = await login(user.username, 'otra-clave-mas');
    const unknown = await login('tampoco-existe', 'otra-clave-mas');
    expect(existing.statusCode).toBe(429);
    expect(unknown.statusCode).toBe(429);
    expect(unknown.body).toBe(existing.body);
  });
});

describe('what the throttle table holds', () => {
  it('keyed tags only: neither the username, the address nor their plain SHA-256 can be found', async () => {
    const user = await member();
    const ip = freshIp();
    await fail(user, 1, ip);
    const { rows } = await t.deps.pool.query<{ key: string }>('select key from auth_throttle');
    const keys = rows.map((row) => row.key).join('\n');
    const sha = (value: string) => crypto.createHash('sha256').update(value).digest('hex').slice(0, 40);
    for (const secret of [user.username, ip, sha(user.username), sha(ip)]) expect(keys).not.toContain(secret);
    expect(rows.some((row) => row.key.startsWith('account:'))).toBe(true);
    expect(rows.some((row) => row.key.startsWith('address:'))).toBe(true);
  });
});
