import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../../domain/roles';
import { signIn, TestAgent } from '../../testing/agent';
import { buildLocalGroup, buildOrganization, buildUser } from '../../testing/factories';
import { expectError } from '../../testing/expect-error';
import { createTestApp, type TestApp } from '../../testing/test-app';

/** Local groups: list, create, read (notes only for some roles), rename, remove. */
let t: TestApp;
let orgId: string;
let otherOrgId: string;
const agents = {} as Record<Role, TestAgent>;
let outsider: TestAgent;
beforeAll(async () => {
  t = await createTestApp();
  orgId = (await buildOrganization(t)).id;
  otherOrgId = (await buildOrganization(t)).id;
  for (const role of ['admin', 'coordinator', 'promotora', 'paralegal', 'analyst', 'viewer'] as Role[])
    agents[role] = await signIn(t, await buildUser(t, { orgId, role }));
  outsider = await signIn(t, await buildUser(t, { orgId: otherOrgId, role: 'admin' }));
});
afterAll(() => t.close());

const base = () => `/api/orgs/${orgId}/local-groups`;
const anonymous = () => new TestAgent(t, '10.11.0.1');

describe('GET /api/orgs/:orgId/local-groups', () => {
  it('answers 401, 403 to another organization, and lists live groups by name without notes', async () => {
    await buildLocalGroup(t, { orgId, name: 'Zeta', notes: 'n' });
    await buildLocalGroup(t, { orgId, name: 'Alfa' });
    const gone = await buildLocalGroup(t, { orgId, name: 'Borrado' });
    await agents.admin.delete(`${base()}/${gone.id}`);
    expectError(await anonymous().get(base()), 401, { code: 'unauthenticated' });
    expectError(await outsider.get(base()), 403, { code: 'forbidden' });
    const list = (await agents.viewer.get(base())).json().localGroups;
    const names = list.map((group: { name: string }) => group.name);
    expect(names).toEqual([...names].sort((a: string, b: string) => a.localeCompare(b)));
    expect(names).toEqual(expect.arrayContaining(['Alfa', 'Zeta']));
    expect(names).not.toContain('Borrado');
    for (const group of list) expect(group).not.toHaveProperty('notes');
  });
});

describe('POST /api/orgs/:orgId/local-groups', () => {
  it('answers 401 and 403 for a role or organization that may not create', async () => {
    expectError(await anonymous().post(base(), { name: 'X' }), 401, { code: 'unauthenticated' });
    expectError(await agents.promotora.post(base(), { name: 'X' }), 403, { code: 'forbidden' });
    expectError(await outsider.post(base(), { name: 'X' }), 403, { code: 'forbidden' });
  });

  it.each([
    [{}, 'name'],
    [{ name: '   ' }, 'name'],
    [{ name: 'x'.repeat(121) }, 'name'],
    [{ name: 'Ok', notes: 12 }, 'notes'],
    [{ name: 'Ok', id: 'no-es-uuid' }, 'id'],
    [{ name: 'Ok', extra: true }, 'extra'],
  ])('answers 400 naming the field for %j', async (body, field) => {
    expectError(await agents.coordinator.post(base(), body), 400, { code: 'validation', field });
  });

  it('creates a trimmed group, shows its notes to the creator, and refuses the same name in any case', async () => {
    const created = await agents.coordinator.post(base(), { name: '  Ángel Azul ', notes: 'Punto fijo' });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ orgId, name: 'Ángel Azul', notes: 'Punto fijo' });
    expectError(await agents.admin.post(base(), { name: 'ÁNGEL AZUL' }), 409, {
      code: 'conflict',
      field: 'name',
    });
    const otherOrg = await outsider.post(`/api/orgs/${otherOrgId}/local-groups`, { name: 'Ángel Azul' });
    expect(otherOrg.statusCode).toBe(201); // names are unique per organization only
  });
});

describe('GET /api/orgs/:orgId/local-groups/:localGroupId', () => {
  it('answers 401, 400 for a malformed id, 403 to outsiders and network analysts, 404 for an unknown id', async () => {
    const group = await buildLocalGroup(t, { orgId, notes: 'n' });
    expectError(await anonymous().get(`${base()}/${group.id}`), 401, { code: 'unauthenticated' });
    expectError(await agents.viewer.get(`${base()}/123`), 400, { code: 'validation', field: 'localGroupId' });
    expectError(await outsider.get(`${base()}/${group.id}`), 403, { code: 'forbidden' });
    const analyst = await signIn(t, await buildUser(t, { orgId, role: 'network_analyst' }));
    expectError(await analyst.get(`${base()}/${group.id}`), 403, { code: 'forbidden' });
    expectError(await agents.viewer.get(`${base()}/${crypto.randomUUID()}`), 404, { code: 'not_found' });
  });

  it.each([
    ['admin', true],
    ['coordinator', true],
    ['promotora', false],
    ['paralegal', false],
    ['analyst', false],
    ['viewer', false],
  ] as [Role, boolean][])('shows the notes to a %s: %s', async (role, sees) => {
    const group = await buildLocalGroup(t, { orgId, notes: 'Nota reservada' });
    const body = (await agents[role].get(`${base()}/${group.id}`)).json();
    expect(body.id).toBe(group.id);
    if (sees) expect(body.notes).toBe('Nota reservada');
    else expect(body).not.toHaveProperty('notes');
  });
});

describe('PATCH /api/orgs/:orgId/local-groups/:localGroupId', () => {
  it('answers 401, 400 with the field, 403 for a promotora, 404 for an unknown id', async () => {
    const group = await buildLocalGroup(t, { orgId });
    const url = `${base()}/${group.id}`;
    expectError(await anonymous().patch(url, { name: 'X' }), 401, { code: 'unauthenticated' });
    expectError(await agents.coordinator.patch(url, { name: '' }), 400, {
      code: 'validation',
      field: 'name',
    });
    expectError(await agents.coordinator.patch(url, { notes: ['x'] }), 400, {
      code: 'validation',
      field: 'notes',
    });
    expectError(await agents.promotora.patch(url, { name: 'X' }), 403, { code: 'forbidden' });
    expectError(await agents.coordinator.patch(`${base()}/${crypto.randomUUID()}`, { name: 'X' }), 404, {
      code: 'not_found',
    });
  });

  it('renames, changes and clears notes; refuses a name already taken', async () => {
    const group = await buildLocalGroup(t, { orgId, notes: 'vieja' });
    const taken = await buildLocalGroup(t, { orgId });
    const url = `${base()}/${group.id}`;
    const renamed = await agents.coordinator.patch(url, { name: 'Fundaqui', notes: 'nueva' });
    expect(renamed.json()).toMatchObject({ name: 'Fundaqui', notes: 'nueva' });
    expect((await agents.coordinator.patch(url, { notes: null })).json().notes).toBeNull();
    const name = (await agents.admin.get(`${base()}/${taken.id}`)).json().name;
    expectError(await agents.coordinator.patch(url, { name }), 409, { code: 'conflict', field: 'name' });
  });
});

describe('DELETE /api/orgs/:orgId/local-groups/:localGroupId', () => {
  it('answers 401, 403 for a coordinator, 404 for an unknown id; removes once', async () => {
    const group = await buildLocalGroup(t, { orgId });
    const url = `${base()}/${group.id}`;
    expectError(await anonymous().delete(url), 401, { code: 'unauthenticated' });
    expectError(await agents.coordinator.delete(url), 403, { code: 'forbidden' });
    expectError(await outsider.delete(url), 403, { code: 'forbidden' });
    expect((await agents.admin.delete(url)).json()).toEqual({ ok: true });
    expectError(await agents.admin.get(url), 404, { code: 'not_found' });
    expectError(await agents.admin.delete(url), 404, { code: 'not_found' });
    expectError(await agents.admin.patch(url, { name: 'Revive' }), 404, { code: 'not_found' });
  });
});
