import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../../domain/roles';
import { signIn, TestAgent } from '../../testing/agent';
import { expectError } from '../../testing/expect-error';
import { buildOrganization, buildUser } from '../../testing/factories';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { buildAreaPath, buildSite } from '../sites/sites.factories';

/** Areas: country → province → municipality, one level at a time, country code inherited. */
let t: TestApp;
let orgId: string;
let otherOrgId: string;
const agents = {} as Record<Role, TestAgent>;
let outsider: TestAgent;
beforeAll(async () => {
  t = await createTestApp();
  orgId = (await buildOrganization(t)).id;
  otherOrgId = (await buildOrganization(t)).id;
  for (const role of ['admin', 'coordinator', 'promotora', 'viewer', 'network_analyst'] as Role[])
    agents[role] = await signIn(t, await buildUser(t, { orgId, role }));
  outsider = await signIn(t, await buildUser(t, { orgId: otherOrgId, role: 'admin' }));
});
afterAll(() => t.close());

const base = () => `/api/orgs/${orgId}/areas`;
const anonymous = () => new TestAgent(t, '10.12.0.1');

describe('POST /api/orgs/:orgId/areas', () => {
  it('answers 401, and 403 to a promotora and to another organization', async () => {
    const body = { level: 'country', name: 'Perú', countryCode: 'PE' };
    expectError(await anonymous().post(base(), body), 401, { code: 'unauthenticated' });
    expectError(await agents.promotora.post(base(), body), 403, { code: 'forbidden' });
    expectError(await outsider.post(base(), body), 403, { code: 'forbidden' });
  });

  it.each([
    [{ level: 'country', name: 'Perú' }, 'countryCode'],
    [{ level: 'country', name: 'Perú', countryCode: 'XX' }, 'countryCode'],
    [{ level: 'province', name: 'Lima' }, 'parentId'],
    [{ level: 'barrio', name: 'Lima', parentId: crypto.randomUUID() }, 'level'],
    [{ level: 'province', name: '  ', parentId: crypto.randomUUID() }, 'name'],
    [{ level: 'province', name: 'Lima', parentId: crypto.randomUUID(), countryCode: 'PE' }, 'countryCode'],
    [{ level: 'country', name: 'Perú', countryCode: 'PE', parentId: crypto.randomUUID() }, 'parentId'],
    [{ level: 'country', name: 'Perú', countryCode: 'PE', lat: -12.04 }, 'lat'],
  ])('answers 400 naming the field for %j', async (body, field) => {
    expectError(await agents.coordinator.post(base(), body), 400, { code: 'validation', field });
  });

  it('builds country → province → municipality, inheriting the country code, one level at a time', async () => {
    const country = await agents.coordinator.post(base(), {
      level: 'country',
      name: 'Perú',
      countryCode: 'PE',
    });
    expect(country.statusCode).toBe(201);
    expect(country.json()).toMatchObject({
      level: 'country',
      parentId: null,
      countryCode: 'PE',
      path: ['Perú'],
    });
    const province = await agents.coordinator.post(base(), {
      level: 'province',
      name: 'Lima',
      parentId: country.json().id,
    });
    expect(province.json()).toMatchObject({ countryCode: 'PE', path: ['Perú', 'Lima'] });
    const skip = await agents.coordinator.post(base(), {
      level: 'municipality',
      name: 'Callao',
      parentId: country.json().id,
    });
    expectError(skip, 400, { code: 'validation', field: 'parentId' });
    expect(skip.json().error.message).toMatch(/nivel inmediatamente superior/);
    const id = crypto.randomUUID();
    const body = { id, level: 'municipality', name: 'Miraflores', parentId: province.json().id };
    const municipality = await agents.coordinator.post(base(), body);
    expect(municipality.json()).toMatchObject({
      id,
      countryCode: 'PE',
      path: ['Perú', 'Lima', 'Miraflores'],
    });
    // A retried create answers the same record.
    expect((await agents.coordinator.post(base(), body)).json()).toEqual(municipality.json());
    expectError(await agents.coordinator.post(base(), { ...body, id: undefined, name: 'MIRAFLORES' }), 409, {
      code: 'conflict',
      field: 'name',
    });
    expectError(
      await agents.coordinator.post(base(), { level: 'country', name: 'Otra vez', countryCode: 'PE' }),
      409,
      { code: 'conflict', field: 'countryCode' },
    );
    const unknownParent = { level: 'province', name: 'X', parentId: crypto.randomUUID() };
    expectError(await agents.coordinator.post(base(), unknownParent), 400, {
      code: 'validation',
      field: 'parentId',
    });
  });
});

describe('GET /api/orgs/:orgId/areas', () => {
  it('lists the areas in path order to staff, never another organization’s; 403 to a network analyst', async () => {
    await buildAreaPath(t, {
      orgId,
      countryCode: 'SV',
      country: 'El Salvador',
      municipality: 'Ayutuxtepeque',
    });
    await buildAreaPath(t, { orgId: otherOrgId, countryCode: 'SV', municipality: 'Ajeno' });
    expectError(await anonymous().get(base()), 401, { code: 'unauthenticated' });
    expectError(await agents.network_analyst.get(base()), 403, { code: 'forbidden' });
    const list = (await agents.viewer.get(base())).json().areas as { path: string[] }[];
    const paths = list.map((area) => area.path.join(' / '));
    expect(paths).toContain('El Salvador / San Salvador / Ayutuxtepeque');
    expect(paths.some((path) => path.includes('Ajeno'))).toBe(false);
  });
});

describe('PATCH and DELETE /api/orgs/:orgId/areas/:areaId', () => {
  it('renames; 404 for another organization’s area; refuses to remove an area in use', async () => {
    const path = await buildAreaPath(t, { orgId, municipality: 'Soyapango' });
    const url = (id: string) => `${base()}/${id}`;
    expectError(await agents.coordinator.patch(url(path.municipalityId), { name: '' }), 400, {
      code: 'validation',
      field: 'name',
    });
    const renamed = await agents.coordinator.patch(url(path.municipalityId), { name: 'Soyapango Centro' });
    expect(renamed.json().path.at(-1)).toBe('Soyapango Centro');
    const theirs = await buildAreaPath(t, { orgId: otherOrgId });
    expectError(await agents.coordinator.patch(url(theirs.municipalityId), { name: 'Mío' }), 404, {
      code: 'not_found',
    });
    expectError(await agents.promotora.delete(url(path.municipalityId)), 403, { code: 'forbidden' });
    const inUse = await agents.coordinator.delete(url(path.provinceId));
    expectError(inUse, 409, { code: 'conflict' });
    expect(inUse.json().error.message).toMatch(/contiene/);
    await buildSite(t, { orgId, areaId: path.municipalityId });
    expectError(await agents.coordinator.delete(url(path.municipalityId)), 409, { code: 'conflict' });
    const empty = await buildAreaPath(t, { orgId, municipality: 'Vacío' });
    expect((await agents.admin.delete(url(empty.municipalityId))).json()).toEqual({ ok: true });
    expectError(await agents.admin.delete(url(empty.municipalityId)), 404, { code: 'not_found' });
    const list = (await agents.admin.get(base())).json().areas as { id: string }[];
    expect(list.map((area) => area.id)).not.toContain(empty.municipalityId);
  });
});
