import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localGroups } from '../../modules/local-groups/local-groups.tables';
import { signIn, type TestAgent } from '../../testing/agent';
import { buildOrganization, buildUser } from '../../testing/factories';
import { findInDatabase } from '../../testing/db-search';
import { createTestApp, type TestApp } from '../../testing/test-app';

/** SECURITY.md S5: sensitive fields are AES-256-GCM ciphertexts bound to their record. */
let t: TestApp;
let orgId: string;
let agent: TestAgent;
beforeAll(async () => {
  t = await createTestApp();
  orgId = (await buildOrganization(t)).id;
  agent = await signIn(t, await buildUser(t, { orgId, role: 'coordinator' }));
});
afterAll(() => t.close());

let planted = 0;
async function groupWithNotes(notes = `PLANTED-cifrado-${process.pid}-${planted}-fin`) {
  const name = `Grupo ${planted++}`;
  const response = await agent.post(`/api/orgs/${orgId}/local-groups`, { name, notes });
  expect(response.statusCode).toBe(201);
  return { id: response.json().id as string, notes };
}

const sealedOf = async (id: string) =>
  (
    await t.db
      .select()
      .from(localGroups)
      .where(and(eq(localGroups.orgId, orgId), eq(localGroups.id, id)))
  )[0]!.notesEnc!;
const setSealed = (id: string, sealed: Buffer) =>
  t.db
    .update(localGroups)
    .set({ notesEnc: sealed })
    .where(and(eq(localGroups.orgId, orgId), eq(localGroups.id, id)));
const read = (id: string) => agent.get(`/api/orgs/${orgId}/local-groups/${id}`);

function expectIntegrityError(response: Awaited<ReturnType<typeof read>>, where: string) {
  expect(response.statusCode, where).toBe(500);
  expect(response.json(), where).toEqual({
    error: {
      code: 'crypto_integrity',
      message: 'Un dato cifrado fue alterado o no corresponde a su clave; no se puede leer.',
    },
  });
}

describe('at rest', () => {
  it('a planted note is readable through the API and in no column in clear', async () => {
    const { id, notes } = await groupWithNotes();
    await agent.patch(`/api/orgs/${orgId}/local-groups/${id}`, { name: 'Renombrado' }); // re-read path too
    expect((await read(id)).json().notes).toBe(notes);
    expect(await findInDatabase(t.deps.pool, notes)).toEqual([]);
    expect(await findInDatabase(t.deps.pool, notes.slice(8, 24))).toEqual([]);
    const sealed = await sealedOf(id);
    expect(sealed.length).toBeGreaterThanOrEqual(Buffer.byteLength(notes) + 33);
  });

  it('two records with the same note have different ciphertexts (random IV)', async () => {
    const a = await groupWithNotes('misma nota');
    const b = await groupWithNotes('misma nota');
    expect((await sealedOf(a.id)).equals(await sealedOf(b.id))).toBe(false);
  });
});

describe('tampering', () => {
  it('a flipped bit anywhere in the ciphertext answers 500 crypto_integrity with a clear message', async () => {
    const { id } = await groupWithNotes('corta');
    const original = await sealedOf(id);
    for (let position = 0; position < original.length; position++) {
      const altered = Buffer.from(original);
      altered[position] = altered[position]! ^ 0x01;
      await setSealed(id, altered);
      expectIntegrityError(await read(id), `byte ${position}`);
    }
    await setSealed(id, original);
    expect((await read(id)).json().notes).toBe('corta');
  });

  it('a truncated ciphertext fails the same way', async () => {
    const { id } = await groupWithNotes();
    await setSealed(id, (await sealedOf(id)).subarray(0, 20));
    expectIntegrityError(await read(id), 'truncated');
  });

  it('a ciphertext copied onto another record does not open there (bound to its record)', async () => {
    const source = await groupWithNotes();
    const target = await groupWithNotes();
    await setSealed(target.id, await sealedOf(source.id));
    expectIntegrityError(await read(target.id), 'copied');
    expect((await read(source.id)).json().notes).toBe(source.notes);
  });

  it("a ciphertext copied into another organization's record does not open there", async () => {
    const source = await groupWithNotes();
    const otherOrg = (await buildOrganization(t)).id;
    const other = await signIn(t, await buildUser(t, { orgId: otherOrg, role: 'coordinator' }));
    const created = await other.post(`/api/orgs/${otherOrg}/local-groups`, { name: 'Ajena', notes: 'x' });
    await t.db
      .update(localGroups)
      .set({ notesEnc: await sealedOf(source.id) })
      .where(eq(localGroups.id, created.json().id));
    expectIntegrityError(
      await other.get(`/api/orgs/${otherOrg}/local-groups/${created.json().id}`),
      'other org',
    );
  });
});
