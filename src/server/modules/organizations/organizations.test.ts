import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../../domain/ids';
import { signIn, TestAgent } from '../../testing/agent';
import { buildOrganization, buildUser } from '../../testing/factories';
import { expectError } from '../../testing/expect-error';
import { createTestApp, type TestApp } from '../../testing/test-app';
import type { OrganizationRow } from './organizations.repo';

/** Organizations and the network's member organizations (created by the regional secretariat). */
let t: TestApp;
let regional: OrganizationRow;
let national: OrganizationRow;
let foreign: OrganizationRow;
let regionalAdmin: TestAgent;
let nationalAdmin: TestAgent;
let coordinator: TestAgent;
beforeAll(async () => {
  t = await createTestApp();
  regional = await buildOrganization(t, { level: 'regional', name: 'Red regional', countryCode: null });
  national = await buildOrganization(t, {
    networkId: regional.networkId,
    name: 'APROASE',
    countryCode: 'MX',
  });
  foreign = await buildOrganization(t, { name: 'Otra red' });
  regionalAdmin = await signIn(t, await buildUser(t, { orgId: regional.id, role: 'admin' }));
  nationalAdmin = await signIn(t, await buildUser(t, { orgId: national.id, role: 'admin' }));
  coordinator = await signIn(t, await buildUser(t, { orgId: national.id, role: 'coordinator' }));
});
afterAll(() => t.close());

const anonymous = () => new TestAgent(t, '10.12.0.1');

describe('GET /api/orgs/:orgId', () => {
  it('answers 401, 403 to a non-member (even the regional secretariat), and the organization to members', async () => {
    expectError(await anonymous().get(`/api/orgs/${national.id}`), 401, { code: 'unauthenticated' });
    expectError(await regionalAdmin.get(`/api/orgs/${national.id}`), 403, { code: 'forbidden' });
    expect((await coordinator.get(`/api/orgs/${national.id}`)).json()).toEqual({
      id: national.id,
      networkId: regional.networkId,
      name: 'APROASE',
      countryCode: 'MX',
      level: 'national',
      createdAt: national.createdAt.toISOString(),
    });
  });
});

describe('PATCH /api/orgs/:orgId', () => {
  const url = () => `/api/orgs/${national.id}`;
  it('answers 401, 400 with the field, 403 for a coordinator or another organization', async () => {
    expectError(await anonymous().patch(url(), { name: 'X' }), 401, { code: 'unauthenticated' });
    expectError(await nationalAdmin.patch(url(), { countryCode: 'XX' }), 400, {
      code: 'validation',
      field: 'countryCode',
    });
    expectError(await nationalAdmin.patch(url(), { name: '' }), 400, { code: 'validation', field: 'name' });
    expectError(await nationalAdmin.patch(url(), { level: 'regional' }), 400, {
      code: 'validation',
      field: 'level',
    });
    expectError(await coordinator.patch(url(), { name: 'X' }), 403, { code: 'forbidden' });
    expectError(await nationalAdmin.patch(`/api/orgs/${foreign.id}`, { name: 'X' }), 403, {
      code: 'forbidden',
    });
  });

  it('renames and changes the country', async () => {
    const response = await nationalAdmin.patch(url(), { name: 'APROASE Mazatlán', countryCode: null });
    expect(response.json()).toMatchObject({ name: 'APROASE Mazatlán', countryCode: null, level: 'national' });
    expect((await nationalAdmin.patch(url(), {})).json().name).toBe('APROASE Mazatlán');
  });
});

describe('GET /api/orgs/:orgId/network/organizations', () => {
  it("answers 401, 403 to another network, and lists only the caller's network", async () => {
    const url = `/api/orgs/${national.id}/network/organizations`;
    expectError(await anonymous().get(url), 401, { code: 'unauthenticated' });
    const outsider = await signIn(t, await buildUser(t, { orgId: foreign.id, role: 'viewer' }));
    expectError(await outsider.get(url), 403, { code: 'forbidden' });
    const ids = (await coordinator.get(url)).json().organizations.map((org: { id: string }) => org.id);
    expect(ids).toEqual(expect.arrayContaining([regional.id, national.id]));
    expect(ids).not.toContain(foreign.id);
  });
});

describe('POST /api/orgs/:orgId/network/organizations', () => {
  const url = () => `/api/orgs/${regional.id}/network/organizations`;
  const firstAdmin = () => ({
    kind: 'new',
    username: `admin.${newId().slice(-8)}`,
    displayName: 'Administradora',
    temporaryPassword: 'Temporal-de-una-sola-vez-3',
  });
  const member = { name: 'Asociación de Mujeres Las Golondrinas', countryCode: 'NI' };

  it('answers 401, and 403 to a national administrator or a regional coordinator', async () => {
    expectError(await anonymous().post(url(), { ...member, firstAdmin: firstAdmin() }), 401, {
      code: 'unauthenticated',
    });
    const nationalUrl = `/api/orgs/${national.id}/network/organizations`;
    expectError(await nationalAdmin.post(nationalUrl, { ...member, firstAdmin: firstAdmin() }), 403, {
      code: 'forbidden',
    });
    const regionalCoordinator = await signIn(
      t,
      await buildUser(t, { orgId: regional.id, role: 'coordinator' }),
    );
    expectError(await regionalCoordinator.post(url(), { ...member, firstAdmin: firstAdmin() }), 403, {
      code: 'forbidden',
    });
  });

  it.each([
    [{ countryCode: 'NI' }, 'name'],
    [{ name: 'X' }, 'countryCode'],
    [{ name: 'X', countryCode: 'NI', level: 'global' }, 'level'],
    [{ name: 'X', countryCode: 'NI', networkId: 'b' }, 'networkId'],
  ])('answers 400 naming the field for %j', async (body, field) => {
    expectError(await regionalAdmin.post(url(), { firstAdmin: firstAdmin(), ...body }), 400, {
      code: 'validation',
      field,
    });
  });

  it('creates a member in its own network; a retry with the same id returns it once', async () => {
    const id = newId(t.clock.now().getTime());
    const retryAdmin = firstAdmin();
    const created = await regionalAdmin.post(url(), { ...member, id, firstAdmin: retryAdmin });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ id, networkId: regional.networkId, level: 'national', ...member });
    const retried = await regionalAdmin.post(url(), { ...member, id, firstAdmin: retryAdmin });
    expect(retried.json()).toEqual(created.json());
    const list = (await regionalAdmin.get(url())).json().organizations;
    expect(list.filter((org: { id: string }) => org.id === id)).toHaveLength(1);
    expectError(
      await regionalAdmin.post(url(), { ...member, id, name: 'Otra', firstAdmin: firstAdmin() }),
      409,
      {
        code: 'conflict',
        field: 'id',
      },
    );
    // Creating an organization gives no access to its data: the secretariat sees aggregates only.
    expectError(await regionalAdmin.get(`/api/orgs/${id}/local-groups`), 403, { code: 'forbidden' });
  });

  it('opens the new first administrator account: it must change its password, and it administers the new organization', async () => {
    const admin = firstAdmin();
    const created = await regionalAdmin.post(url(), {
      ...member,
      name: 'Colectivo Las Brisas',
      firstAdmin: admin,
    });
    expect(created.statusCode).toBe(201);
    const orgId = created.json().id;
    const login = await new TestAgent(t, '10.21.0.1').post('/api/auth/login', {
      username: admin.username,
      password: admin.temporaryPassword,
    });
    // An administrator sets up her second factor first, then replaces the temporary password.
    expect(login.json().state).toBe('totp_setup_required');
    const memberships = await t.deps.pool.query<{ role: string; must_change_password: boolean }>(
      `select m.role, u.must_change_password from memberships m join users u on u.id = m.user_id
        where u.username = $1 and m.org_id = $2`,
      [admin.username, orgId],
    );
    expect(memberships.rows).toEqual([{ role: 'admin', must_change_password: true }]);
    const audit = await t.deps.pool.query<{ details: Record<string, unknown> }>(
      "select details from audit_log where action = 'organization.created' and resource_id = $1",
      [orgId],
    );
    expect(audit.rows[0]?.details).toMatchObject({ firstAdmin: 'new' });
    expect(JSON.stringify(audit.rows)).not.toContain(admin.temporaryPassword);
  });

  it('a taken username or a weak password names the firstAdmin field and creates nothing', async () => {
    const taken = await buildUser(t);
    const name = `Sin crear ${newId().slice(-6)}`;
    expectError(
      await regionalAdmin.post(url(), {
        ...member,
        name,
        firstAdmin: { ...firstAdmin(), username: taken.username },
      }),
      409,
      { code: 'conflict', field: 'firstAdmin.username' },
    );
    expectError(
      await regionalAdmin.post(url(), {
        ...member,
        name,
        firstAdmin: { ...firstAdmin(), temporaryPassword: 'password1234' },
      }),
      400,
      { code: 'weak_password', field: 'firstAdmin.temporaryPassword' },
    );
    const list = (await regionalAdmin.get(url())).json().organizations;
    expect(list.some((org: { name: string }) => org.name === name)).toBe(false);
  });

  it('an existing account must be one the creator administers (herself included), else 404 for any username', async () => {
    const adminUser = await buildUser(t, { orgId: regional.id, role: 'admin' });
    const agent = await signIn(t, adminUser);
    const self = await agent.post(url(), {
      ...member,
      name: 'Red de apoyo mutuo',
      firstAdmin: { kind: 'existing', username: adminUser.username },
    });
    expect(self.statusCode).toBe(201);
    const me = (await agent.get('/api/me')).json();
    expect(me.memberships.map((m: { orgId: string; role: string }) => [m.orgId, m.role])).toContainEqual([
      self.json().id,
      'admin',
    ]);
    const stranger = await buildUser(t, { orgId: national.id, role: 'promotora' });
    const refused = await agent.post(url(), {
      ...member,
      name: 'No se crea',
      firstAdmin: { kind: 'existing', username: stranger.username },
    });
    expectError(refused, 404, { code: 'not_found', field: 'firstAdmin.username' });
    const missing = await agent.post(url(), {
      ...member,
      name: 'No se crea',
      firstAdmin: { kind: 'existing', username: 'nadie.aqui' },
    });
    expect(missing.json()).toEqual(refused.json());
  });

  it("cannot take over another network's organization id", async () => {
    const response = await regionalAdmin.post(url(), {
      ...member,
      id: foreign.id,
      name: foreign.name,
      firstAdmin: firstAdmin(),
    });
    expectError(response, 409, { code: 'conflict', field: 'id' });
  });
});
