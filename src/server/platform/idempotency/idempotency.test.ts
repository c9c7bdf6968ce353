import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../../domain/ids';
import { localGroups } from '../../modules/local-groups/local-groups.tables';
import { signIn, type TestAgent } from '../../testing/agent';
import { buildOrganization, buildUser } from '../../testing/factories';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { idempotencyKeys } from './idempotency.tables';

/** SECURITY.md S9 groundwork: retried writes are recognised, never duplicated. */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

async function coordinator(): Promise<{ orgId: string; agent: TestAgent }> {
  // A new organization each time, so that its data key is not cached yet when the burst starts.
  const orgId = (await buildOrganization(t)).id;
  return { orgId, agent: await signIn(t, await buildUser(t, { orgId, role: 'coordinator' })) };
}

const groupsOf = (orgId: string) => t.db.select().from(localGroups).where(eq(localGroups.orgId, orgId));
const create = (agent: TestAgent, orgId: string, body: unknown, key?: string) =>
  agent.post(`/api/orgs/${orgId}/local-groups`, body, key ? { 'idempotency-key': key } : {});

describe('Idempotency-Key', () => {
  it('five concurrent copies of one create make one record and five identical answers', async () => {
    const { orgId, agent } = await coordinator();
    const body = { name: 'Las Golondrinas', notes: 'Reunión los martes' };
    const replies = await Promise.all(
      Array.from({ length: 5 }, () => create(agent, orgId, body, 'k-burst-0001')),
    );
    expect(replies.map((r) => r.statusCode)).toEqual([201, 201, 201, 201, 201]);
    expect(new Set(replies.map((r) => r.body)).size).toBe(1);
    expect(replies.filter((r) => r.headers['idempotent-replayed'] === 'true')).toHaveLength(4);
    expect(await groupsOf(orgId)).toHaveLength(1);
  });

  it('answers a later retry with the stored answer, without running the write again', async () => {
    const { orgId, agent } = await coordinator();
    const body = { name: 'Ángel Azul' };
    const first = await create(agent, orgId, body, 'k-later-0001');
    t.clock.advance(60_000);
    const again = await create(agent, orgId, body, 'k-later-0001');
    expect(again.statusCode).toBe(201);
    expect(again.body).toBe(first.body);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(await groupsOf(orgId)).toHaveLength(1);
  });

  it('refuses the same key with another body or on another route (409, field Idempotency-Key)', async () => {
    const { orgId, agent } = await coordinator();
    await create(agent, orgId, { name: 'Miluska' }, 'k-reuse-0001');
    const otherBody = await create(agent, orgId, { name: 'Fundaqui' }, 'k-reuse-0001');
    expect(otherBody.statusCode).toBe(409);
    expect(otherBody.json().error).toMatchObject({ code: 'conflict', field: 'Idempotency-Key' });
    const otherRoute = await agent.request({
      method: 'PATCH',
      url: '/api/me',
      body: { displayName: 'Otra' },
      headers: { 'idempotency-key': 'k-reuse-0001' },
    });
    expect(otherRoute.statusCode).toBe(409);
    expect((await groupsOf(orgId)).map((row) => row.name)).toEqual(['Miluska']);
  });

  it('keeps keys per user: the same key from two people makes two records', async () => {
    const { orgId, agent } = await coordinator();
    const second = await signIn(t, await buildUser(t, { orgId, role: 'admin' }));
    expect((await create(agent, orgId, { name: 'Uno' }, 'k-shared-0001')).statusCode).toBe(201);
    expect((await create(second, orgId, { name: 'Dos' }, 'k-shared-0001')).statusCode).toBe(201);
    expect(await groupsOf(orgId)).toHaveLength(2);
  });

  it('does not spend the key on a write that failed', async () => {
    const { orgId, agent } = await coordinator();
    await create(agent, orgId, { name: 'Repetido' });
    expect((await create(agent, orgId, { name: 'Repetido' }, 'k-failed-0001')).statusCode).toBe(409);
    const [stored] = await t.db
      .select()
      .from(idempotencyKeys)
      .where(eq(idempotencyKeys.key, 'k-failed-0001'));
    expect(stored).toBeUndefined();
    expect((await create(agent, orgId, { name: 'Distinto' }, 'k-failed-0001')).statusCode).toBe(201);
  });

  it('refuses a malformed key, naming the header', async () => {
    const { orgId, agent } = await coordinator();
    const response = await create(agent, orgId, { name: 'Clave rara' }, 'no válida!');
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toMatchObject({ code: 'validation', field: 'Idempotency-Key' });
    expect(await groupsOf(orgId)).toHaveLength(0);
  });

  it('stores the replayable answer encrypted', async () => {
    const { orgId, agent } = await coordinator();
    await create(agent, orgId, { name: 'Cifrado', notes: 'frase-plantada-idem-77' }, 'k-secret-0001');
    const [stored] = await t.db
      .select()
      .from(idempotencyKeys)
      .where(eq(idempotencyKeys.key, 'k-secret-0001'));
    expect(stored!.responseEnc).not.toBeNull();
    expect(stored!.responseEnc!.toString('latin1')).not.toContain('frase-plantada-idem-77');
  });
});

describe('client-generated ids', () => {
  it('a create retried with the same UUIDv7 returns the same record, once', async () => {
    const { orgId, agent } = await coordinator();
    const id = newId(t.clock.now().getTime());
    const body = { id, name: 'Mujeres de Milagro', notes: 'Hechas en el teléfono' };
    const replies = await Promise.all([create(agent, orgId, body), create(agent, orgId, body)]);
    const later = await create(agent, orgId, body);
    for (const reply of [...replies, later]) {
      expect(reply.statusCode).toBe(201);
      expect(reply.json()).toMatchObject({ id, name: body.name, notes: body.notes });
    }
    const rows = await t.db
      .select()
      .from(localGroups)
      .where(and(eq(localGroups.orgId, orgId), eq(localGroups.id, id)));
    expect(rows).toHaveLength(1);
  });

  it('the same id with different content is a conflict on id', async () => {
    const { orgId, agent } = await coordinator();
    const id = newId(t.clock.now().getTime());
    await create(agent, orgId, { id, name: 'Primero' });
    const response = await create(agent, orgId, { id, name: 'Segundo' });
    expect(response.statusCode).toBe(409);
    expect(response.json().error).toMatchObject({ code: 'conflict', field: 'id' });
  });
});
