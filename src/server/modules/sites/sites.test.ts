import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../../domain/roles';
import { signIn, TestAgent } from '../../testing/agent';
import { expectError } from '../../testing/expect-error';
import { buildLocalGroup, buildOrganization, buildUser, type BuiltUser } from '../../testing/factories';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { buildAreaPath, buildEstimate, buildSite } from './sites.factories';

/** Sites: create, read (notes by role, audited), change, remove, workers, and a promotora's row scope. */
let t: TestApp;
let orgId: string;
let otherOrgId: string;
const agents = {} as Record<Role, TestAgent>;
let promotora: BuiltUser;
let outsider: TestAgent;
let areaId: string;
beforeAll(async () => {
  t = await createTestApp();
  orgId = (await buildOrganization(t)).id;
  otherOrgId = (await buildOrganization(t)).id;
  for (const role of ['admin', 'coordinator', 'analyst', 'viewer'] as Role[])
    agents[role] = await signIn(t, await buildUser(t, { orgId, role }));
  promotora = await buildUser(t, { orgId, role: 'promotora' });
  agents.promotora = await signIn(t, promotora);
  outsider = await signIn(t, await buildUser(t, { orgId: otherOrgId, role: 'admin' }));
  areaId = (await buildAreaPath(t, { orgId, country: 'El Salvador', municipality: 'San Marcos' }))
    .municipalityId;
});
afterAll(() => t.close());

const base = () => `/api/orgs/${orgId}/sites`;
const anonymous = () => new TestAgent(t, '10.13.0.1');
const put = (agent: TestAgent, url: string, body: unknown) => agent.request({ method: 'PUT', url, body });

describe('POST /api/orgs/:orgId/sites', () => {
  const valid = () => ({ areaId, name: 'Parque Libertad', typology: 'street', activityDays: ['fri', 'sat'] });

  it('answers 401, and 403 to a promotora and to another organization', async () => {
    expectError(await anonymous().post(base(), valid()), 401, { code: 'unauthenticated' });
    expectError(await agents.promotora.post(base(), valid()), 403, { code: 'forbidden' });
    expectError(await outsider.post(base(), valid()), 403, { code: 'forbidden' });
  });

  it.each([
    [{ areaId: undefined, name: 'X', typology: 'street' }, 'areaId'],
    [{ areaId: 'x', name: 'X', typology: 'street' }, 'areaId'],
    [{ name: 'X', typology: 'plaza' }, 'typology'],
    [{ typology: 'street' }, 'name'],
    [{ name: 'X', typology: 'street', activityDays: ['fri', 'fri'] }, 'activityDays'],
    [{ name: 'X', typology: 'street', activityDays: ['viernes'] }, 'activityDays.0'],
    [{ name: 'X', typology: 'street', opensAt: '25:00' }, 'opensAt'],
    [{ name: 'X', typology: 'street', latitude: 13.7 }, 'latitude'],
    [{ name: 'X', typology: 'street', notes: 'x'.repeat(4001) }, 'notes'],
  ])('answers 400 naming the field for %j', async (body, field) => {
    expectError(await agents.coordinator.post(base(), { areaId, ...body }), 400, {
      code: 'validation',
      field,
    });
  });

  it('refuses an area or local group that is not a live record of the organization', async () => {
    const theirArea = (await buildAreaPath(t, { orgId: otherOrgId })).municipalityId;
    expectError(await agents.coordinator.post(base(), { ...valid(), areaId: theirArea }), 400, {
      code: 'validation',
      field: 'areaId',
    });
    expectError(
      await agents.coordinator.post(base(), { ...valid(), localGroupId: crypto.randomUUID() }),
      400,
      {
        code: 'validation',
        field: 'localGroupId',
      },
    );
  });

  it('creates a site with its area path, days, hours, local group and notes; a retry answers the same', async () => {
    const group = await buildLocalGroup(t, { orgId });
    const id = crypto.randomUUID();
    const body = {
      ...valid(),
      id,
      name: 'Bar La Estación',
      typology: 'venue',
      opensAt: '21:00',
      closesAt: '03:00',
      localGroupId: group.id,
      notes: 'Redadas los viernes',
    };
    const created = await agents.coordinator.post(base(), body);
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({
      id,
      areaPath: ['El Salvador', 'San Salvador', 'San Marcos'],
      countryCode: 'SV',
      typology: 'venue',
      activityDays: ['fri', 'sat'],
      opensAt: '21:00',
      closesAt: '03:00',
      localGroupId: group.id,
      notes: 'Redadas los viernes',
      workers: [],
      currentEstimate: null,
      overlaps: [],
    });
    expect((await agents.coordinator.post(base(), body)).json()).toEqual(created.json());
    expectError(
      await agents.coordinator.post(base(), { ...body, id: undefined, name: 'BAR LA ESTACIÓN' }),
      409,
      {
        code: 'conflict',
        field: 'name',
      },
    );
  });
});

describe('GET /api/orgs/:orgId/sites and /sites/:siteId', () => {
  it('a promotora sees only the sites she works; another site answers 404 like a foreign id', async () => {
    const mine = await buildSite(t, { orgId, areaId, workerUserIds: [promotora.userId], notes: 'Nota mía' });
    const notMine = await buildSite(t, { orgId, areaId, notes: 'Nota ajena' });
    const ids = (await agents.promotora.get(base())).json().sites.map((s: { id: string }) => s.id);
    expect(ids).toContain(mine.id);
    expect(ids).not.toContain(notMine.id);
    const all = (await agents.coordinator.get(base())).json().sites.map((s: { id: string }) => s.id);
    expect(all).toEqual(expect.arrayContaining([mine.id, notMine.id]));
    expect((await agents.promotora.get(`${base()}/${mine.id}`)).json()).toMatchObject({
      id: mine.id,
      notes: 'Nota mía',
      workers: [{ userId: promotora.userId }],
    });
    expectError(await agents.promotora.get(`${base()}/${notMine.id}`), 404, { code: 'not_found' });
    expectError(await agents.promotora.get(`${base()}/${notMine.id}/estimates`), 404, { code: 'not_found' });
  });

  it('lists without notes; the detail shows them to coordinators (an audited read), never to analysts', async () => {
    const site = await buildSite(t, { orgId, areaId, notes: 'Nota reservada' });
    for (const site of (await agents.coordinator.get(base())).json().sites)
      expect(site).not.toHaveProperty('notes');
    expect((await agents.coordinator.get(`${base()}/${site.id}`)).json().notes).toBe('Nota reservada');
    expect((await agents.analyst.get(`${base()}/${site.id}`)).json()).not.toHaveProperty('notes');
    expectError(await agents.viewer.get(`${base()}/${site.id}`), 403, { code: 'forbidden' });
    const viewers = await agents.admin.get(
      `/api/orgs/${orgId}/audit/viewers?resourceType=site&resourceId=${site.id}`,
    );
    expect(viewers.statusCode, viewers.body).toBe(200);
    expect(JSON.stringify(viewers.json())).not.toContain('Nota reservada');
    expect(viewers.json().viewers.length).toBeGreaterThanOrEqual(1);
  });

  it('filters by area and answers 404 for another organization’s site', async () => {
    const otherArea = (await buildAreaPath(t, { orgId, municipality: 'Apopa' })).municipalityId;
    const there = await buildSite(t, { orgId, areaId: otherArea });
    const list = (await agents.coordinator.get(`${base()}?areaId=${otherArea}`)).json().sites;
    expect(list.map((s: { id: string }) => s.id)).toEqual([there.id]);
    const theirs = await buildSite(t, { orgId: otherOrgId });
    expectError(await agents.coordinator.get(`${base()}/${theirs.id}`), 404, { code: 'not_found' });
  });
});

describe('PATCH and DELETE /api/orgs/:orgId/sites/:siteId', () => {
  it('changes fields and clears notes; 403 to a promotora; removes once', async () => {
    const site = await buildSite(t, { orgId, areaId, notes: 'vieja' });
    const url = `${base()}/${site.id}`;
    expectError(await agents.promotora.patch(url, { name: 'X' }), 403, { code: 'forbidden' });
    expectError(await agents.coordinator.patch(url, { closesAt: '24:00' }), 400, {
      code: 'validation',
      field: 'closesAt',
    });
    const changed = await agents.coordinator.patch(url, {
      name: 'Hotel Central',
      typology: 'hotel',
      notes: null,
    });
    expect(changed.json()).toMatchObject({ name: 'Hotel Central', typology: 'hotel', notes: null });
    expectError(await agents.promotora.delete(url), 403, { code: 'forbidden' });
    expect((await agents.coordinator.delete(url)).json()).toEqual({ ok: true });
    expectError(await agents.coordinator.get(url), 404, { code: 'not_found' });
    expectError(await agents.coordinator.patch(url, { name: 'Revive' }), 404, { code: 'not_found' });
  });
});

describe('PUT /api/orgs/:orgId/sites/:siteId/workers', () => {
  it('replaces who works a site, only with people who hold a role in the organization', async () => {
    const site = await buildSite(t, { orgId, areaId, workerUserIds: [promotora.userId] });
    const url = `${base()}/${site.id}/workers`;
    const second = await buildUser(t, { orgId, role: 'promotora' });
    const stranger = await buildUser(t, { orgId: otherOrgId, role: 'promotora' });
    expectError(await put(agents.promotora, url, { userIds: [] }), 403, { code: 'forbidden' });
    expectError(await put(agents.coordinator, url, { userIds: [second.userId, stranger.userId] }), 400, {
      code: 'validation',
      field: 'userIds.1',
    });
    expectError(await put(agents.coordinator, url, { userIds: [second.userId, second.userId] }), 400, {
      code: 'validation',
      field: 'userIds',
    });
    const replaced = await put(agents.coordinator, url, { userIds: [second.userId] });
    expect(replaced.json().workers.map((w: { userId: string }) => w.userId)).toEqual([second.userId]);
    expectError(await agents.promotora.get(`${base()}/${site.id}`), 404, { code: 'not_found' });
    const theirs = await buildSite(t, { orgId: otherOrgId });
    expectError(await put(agents.coordinator, `${base()}/${theirs.id}/workers`, { userIds: [] }), 404, {
      code: 'not_found',
    });
  });
});

describe('size estimates', () => {
  const valid = {
    low: 20,
    point: 30,
    high: 45,
    method: 'mapping',
    estimatedOn: '2026-03-01',
    source: 'Mapeo',
  };

  it.each([
    [{ ...valid, low: 31 }, 'low', /mínimo.*máximo 30/],
    [{ ...valid, point: 50 }, 'point', /estimación central.*máximo 45/],
    [{ ...valid, high: -1 }, 'high', /máximo.*mínimo 0/],
    [{ ...valid, low: 2.5 }, 'low', /mínimo/],
    [{ ...valid, method: 'adivinanza' }, 'method', /método/],
    [{ ...valid, estimatedOn: '2026-02-30' }, 'estimatedOn', /fecha/],
    [{ ...valid, estimatedOn: '2999-01-01' }, 'estimatedOn', /futuro/],
  ])('answers 400 with a clear message for %j', async (body, field, message) => {
    const site = await buildSite(t, { orgId, areaId });
    const response = await agents.coordinator.post(`${base()}/${site.id}/estimates`, body);
    expectError(response, 400, { code: 'validation', field });
    expect(response.json().error.message).toMatch(message);
  });

  it('keeps the history; the current estimate is the latest by date; a promotora reads but cannot add', async () => {
    const site = await buildSite(t, { orgId, areaId, workerUserIds: [promotora.userId] });
    const url = `${base()}/${site.id}/estimates`;
    expectError(await agents.promotora.post(url, valid), 403, { code: 'forbidden' });
    const first = await agents.coordinator.post(url, {
      ...valid,
      estimatedOn: '2026-06-01',
      point: 40,
      high: 60,
    });
    expect(first.statusCode, first.body).toBe(201);
    const older = await agents.coordinator.post(url, { ...valid, estimatedOn: '2025-06-01', source: null });
    expect(older.json()).toMatchObject({ low: 20, point: 30, high: 45, source: null });
    const history = (await agents.promotora.get(url)).json().estimates;
    expect(history.map((e: { estimatedOn: string }) => e.estimatedOn)).toEqual(['2026-06-01', '2025-06-01']);
    const current = (await agents.promotora.get(`${base()}/${site.id}`)).json().currentEstimate;
    expect(current).toMatchObject({ id: first.json().id, low: 20, point: 40, high: 60, method: 'mapping' });
    const listed = (await agents.coordinator.get(base()))
      .json()
      .sites.find((s: { id: string }) => s.id === site.id);
    expect(listed.currentEstimate.id).toBe(first.json().id);
  });

  it('a retried create answers the same estimate; another estimate with that id conflicts', async () => {
    const site = await buildSite(t, { orgId, areaId });
    const url = `${base()}/${site.id}/estimates`;
    const id = crypto.randomUUID();
    const created = await agents.coordinator.post(url, { ...valid, id });
    expect((await agents.coordinator.post(url, { ...valid, id })).json()).toEqual(created.json());
    expectError(await agents.coordinator.post(url, { ...valid, id, high: 99 }), 409, {
      code: 'conflict',
      field: 'id',
    });
    await buildEstimate(t, { orgId, siteId: site.id, estimatedOn: '2020-01-01' });
    expect((await agents.coordinator.get(url)).json().estimates).toHaveLength(2);
  });

  it('the database refuses to change or remove an estimate (append-only history)', async () => {
    const site = await buildSite(t, { orgId, areaId });
    const { id } = await buildEstimate(t, { orgId, siteId: site.id });
    await expect(t.db.execute(sql`update site_estimates set point = 31 where id = ${id}`)).rejects.toThrow();
    await expect(t.db.execute(sql`delete from site_estimates where id = ${id}`)).rejects.toThrow();
    expect((await agents.coordinator.get(`${base()}/${site.id}/estimates`)).json().estimates[0].point).toBe(
      30,
    );
  });
});
