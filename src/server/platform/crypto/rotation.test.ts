import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localGroups } from '../../modules/local-groups/local-groups.tables';
import { signIn, TestAgent, type AgentRequest } from '../../testing/agent';
import { buildOrganization, buildUser } from '../../testing/factories';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { keyVersionOf } from './aes-gcm';
import { KeyRing, SYSTEM_SCOPE } from './keyring';
import { dataKeys } from './keys.tables';
import { generateMasterKey } from './master-key';
import { rewrapDataKeys, rotateDataKey } from './rotation';

/** SECURITY.md S5: data-key rotation re-encrypts everything; master-key rotation re-wraps the keys. */
let t: TestApp;
let orgId: string;
let agent: TestAgent;
beforeAll(async () => {
  t = await createTestApp();
  orgId = (await buildOrganization(t)).id;
  agent = await signIn(t, await buildUser(t, { orgId, role: 'coordinator' }));
});
afterAll(() => t.close());

async function createGroup(name: string, notes: string) {
  const response = await agent.post(`/api/orgs/${orgId}/local-groups`, { name, notes });
  expect(response.statusCode).toBe(201);
  return response.json().id as string;
}
const sealedOf = async (id: string) =>
  (
    await t.db
      .select()
      .from(localGroups)
      .where(and(eq(localGroups.orgId, orgId), eq(localGroups.id, id)))
  )[0]!.notesEnc!;
const notesOf = async (id: string): Promise<unknown> =>
  (await agent.get(`/api/orgs/${orgId}/local-groups/${id}`)).json().notes;
const keysOf = (scope: string) =>
  t.db
    .select()
    .from(dataKeys)
    .where(and(eq(dataKeys.scope, scope), eq(dataKeys.purpose, 'data')));

describe('data-key rotation', () => {
  it('re-encrypts every value under a new key version; the API reads the same notes', async () => {
    const id = await createGroup('Antes', 'nota anterior a la rotación');
    const before = await sealedOf(id);
    const result = await rotateDataKey(t.db, t.deps.keyring, orgId);
    expect(result).toMatchObject({ scope: orgId, version: 2 });
    expect(result.reencrypted).toBeGreaterThanOrEqual(1);
    const after = await sealedOf(id);
    expect(keyVersionOf(before)).toBe(1);
    expect(keyVersionOf(after)).toBe(2);
    expect(after.equals(before)).toBe(false);
    expect(await notesOf(id)).toBe('nota anterior a la rotación');
    const keys = await keysOf(orgId);
    expect(keys.map((key) => [key.version, key.retiredAt === null])).toEqual(
      expect.arrayContaining([
        [1, false],
        [2, true],
      ]),
    );
  });

  it('new writes use the new key', async () => {
    const id = await createGroup('Después', 'nota posterior');
    expect(keyVersionOf(await sealedOf(id))).toBe(2);
  });

  it('with purge, a copy taken before the rotation no longer opens', async () => {
    const id = await createGroup('Copia', 'nota copiada antes');
    const stolen = await sealedOf(id);
    await rotateDataKey(t.db, t.deps.keyring, orgId, { purge: true });
    expect((await keysOf(orgId)).map((key) => key.version)).toEqual([3]);
    expect(await notesOf(id)).toBe('nota copiada antes');
    await t.db.update(localGroups).set({ notesEnc: stolen }).where(eq(localGroups.id, id));
    const response = await agent.get(`/api/orgs/${orgId}/local-groups/${id}`);
    expect(response.statusCode).toBe(500);
    expect(response.json().error.code).toBe('crypto_integrity');
  });

  it('rotating the system key keeps second factors and stored replies working', async () => {
    const admin = await buildUser(t, { orgId, role: 'admin' });
    const adminAgent = await signIn(t, admin);
    const request: AgentRequest = {
      method: 'PATCH',
      url: '/api/me',
      body: { displayName: 'Rotada' },
      headers: { 'idempotency-key': 'rotation-0001' },
    };
    const first = await adminAgent.request(request);
    const result = await rotateDataKey(t.db, t.deps.keyring, SYSTEM_SCOPE);
    expect(result.reencrypted).toBeGreaterThanOrEqual(2); // a TOTP secret and a stored reply at least
    expect((await adminAgent.request(request)).body).toBe(first.body);
    expect((await new TestAgent(t, '10.8.0.1').signIn(admin)).cookie).not.toBeNull();
  });
});

describe('master-key rotation', () => {
  it('re-wraps the data keys: the new master reads everything, the old one nothing', async () => {
    const id = await createGroup('Maestra', 'nota bajo la clave maestra');
    const old = t.deps.keyring.currentMaster;
    const next = generateMasterKey();
    expect(await rewrapDataKeys(t.db, t.deps.keyring, next)).toBeGreaterThanOrEqual(3);
    t.deps.keyring.replaceMasterKeys({ current: next, next: null, source: 'environment', file: null });
    expect(await notesOf(id)).toBe('nota bajo la clave maestra');
    const withOldMaster = new KeyRing(t.db, { current: old, next: null, source: 'environment', file: null });
    await expect(withOldMaster.decryptText(orgId, await sealedOf(id), 'irrelevant')).rejects.toThrow(
      /master key/,
    );
  });
});
