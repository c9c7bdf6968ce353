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
  const member = { name: 'Asociación de Mujeres Las Golondrinas', countryCode: 'NI' };

  it('answers 401, and 403 to a national administrator or a regional coordinator', async () => {
    expectError(await anonymous().post(url(), member), 401, { code: 'unauthenticated' });
    const nationalUrl = `/api/orgs/${national.id}/network/organizations`;
    expectError(await nationalAdmin.post(nationalUrl, member), 403, { code: 'forbidden' });
    const regionalCoordinator = await signIn(
      t,
      await buildUser(t, { orgId: regional.id, role: 'coordinator' }),
    );
    expectError(await regionalCoordinator.post(url(), member), 403, { code: 'forbidden' });
  });

  it.each([
    [{ countryCode: 'NI' }, 'name'],
    [{ name: 'X' }, 'countryCode'],
    [{ name: 'X', countryCode: 'NI', level: 'global' }, 'level'],
    [{ name: 'X', countryCode: 'NI', networkId: 'b' }, 'networkId'],
  ])('answers 400 naming the field for %j', async (body, field) => {
    expectError(await regionalAdmin.post(url(), body), 400, { code: 'validation', field });
  });

  it('creates a member in its own network; a retry with the same id returns it once', async () => {
    const id = newId(t.clock.now().getTime());
    const created = await regionalAdmin.post(url(), { ...member, id });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ id, networkId: regional.networkId, level: 'national', ...member });
    const retried = await regionalAdmin.post(url(), { ...member, id });
    expect(retried.json()).toEqual(created.json());
    const list = (await regionalAdmin.get(url())).json().organizations;
    expect(list.filter((org: { id: string }) => org.id === id)).toHaveLength(1);
    expectError(await regionalAdmin.post(url(), { ...member, id, name: 'Otra' }), 409, {
      code: 'conflict',
      field: 'id',
    });
    // Creating an organization gives no access to its data: the secretariat sees aggregates only.
    expectError(await regionalAdmin.get(`/api/orgs/${id}/local-groups`), 403, { code: 'forbidden' });
  });

  it("cannot take over another network's organization id", async () => {
    const response = await regionalAdmin.post(url(), { ...member, id: foreign.id, name: foreign.name });
    expectError(response, 409, { code: 'conflict', field: 'id' });
  });
});
