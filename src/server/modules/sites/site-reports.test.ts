import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestAgent } from '../../testing/agent';
import { signIn } from '../../testing/agent';
import { expectError } from '../../testing/expect-error';
import { buildOrganization, buildUser, type BuiltUser } from '../../testing/factories';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { newId } from '../../../domain/ids';
import { contacts } from '../contacts/contacts.tables';
import { buildAreaPath, buildSite } from './sites.factories';
import { sites } from './sites.tables';

/** Zero returns: "nothing to report" per site and month, so that zero means zero and silence shows. */
let t: TestApp;
let orgId: string;
let coordinator: TestAgent;
let viewer: TestAgent;
let promotora: BuiltUser;
let promotoraAgent: TestAgent;
let areaId: string;
beforeAll(async () => {
  t = await createTestApp();
  t.clock.set(new Date('2026-05-20T15:00:00Z'));
  orgId = (await buildOrganization(t)).id;
  coordinator = await signIn(t, await buildUser(t, { orgId, role: 'coordinator' }));
  viewer = await signIn(t, await buildUser(t, { orgId, role: 'viewer' }));
  promotora = await buildUser(t, { orgId, role: 'promotora' });
  promotoraAgent = await signIn(t, promotora);
  areaId = (await buildAreaPath(t, { orgId })).municipalityId;
});
afterAll(() => t.close());

const url = () => `/api/orgs/${orgId}/site-reports`;

describe('POST /api/orgs/:orgId/site-reports', () => {
  it.each([
    [{ month: '2026-04' }, 'siteId'],
    [{ siteId: crypto.randomUUID(), month: '2026-4' }, 'month'],
    [{ siteId: crypto.randomUUID(), month: '2026-13' }, 'month'],
    [{ siteId: crypto.randomUUID(), month: '2026-04', status: 'ok' }, 'status'],
  ])('answers 400 naming the field for %j', async (body, field) => {
    expectError(await coordinator.post(url(), body), 400, { code: 'validation', field });
  });

  it('refuses a month that has not started, and a viewer', async () => {
    const site = await buildSite(t, { orgId, areaId });
    const future = await coordinator.post(url(), { siteId: site.id, month: '2026-06' });
    expectError(future, 400, { code: 'validation', field: 'month' });
    expect(future.json().error.message).toMatch(/futuro/);
    expectError(await viewer.post(url(), { siteId: site.id, month: '2026-05' }), 403, { code: 'forbidden' });
  });

  it('files once per site and month: a second filing (any id) answers the report on file', async () => {
    const site = await buildSite(t, { orgId, areaId, workerUserIds: [promotora.userId] });
    const first = await promotoraAgent.post(url(), { siteId: site.id, month: '2026-04' });
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toMatchObject({
      siteId: site.id,
      month: '2026-04',
      status: 'nothing_to_report',
      reportedBy: promotora.userId,
    });
    const again = await coordinator.post(url(), {
      id: crypto.randomUUID(),
      siteId: site.id,
      month: '2026-04',
    });
    expect(again.json()).toEqual(first.json());
    const other = await coordinator.post(url(), { id: first.json().id, siteId: site.id, month: '2026-03' });
    expectError(other, 409, { code: 'conflict', field: 'id' });
  });

  it('a promotora files only for the sites she works; others answer 404', async () => {
    const notHers = await buildSite(t, { orgId, areaId });
    expectError(await promotoraAgent.post(url(), { siteId: notHers.id, month: '2026-05' }), 404, {
      code: 'not_found',
    });
    const theirs = await buildSite(t, { orgId: (await buildOrganization(t)).id });
    expectError(await coordinator.post(url(), { siteId: theirs.id, month: '2026-05' }), 404, {
      code: 'not_found',
    });
  });
});

describe('GET /api/orgs/:orgId/site-reports', () => {
  it('shows per site: nothing to report vs silent, for the month asked (current month by default)', async () => {
    const quiet = await buildSite(t, {
      orgId,
      areaId,
      name: 'Silencioso',
      workerUserIds: [promotora.userId],
    });
    const filed = await buildSite(t, { orgId, areaId, name: 'Reportado' });
    await coordinator.post(url(), { siteId: filed.id, month: '2026-05' });
    const now = (await coordinator.get(url())).json();
    expect(now.month).toBe('2026-05');
    const byId = new Map(now.sites.map((s: { siteId: string }) => [s.siteId, s]));
    expect(byId.get(filed.id)).toMatchObject({
      status: 'nothing_to_report',
      siteName: 'Reportado',
      report: { month: '2026-05' },
    });
    expect(byId.get(quiet.id)).toMatchObject({ status: 'silent', report: null });
    const old = await buildSite(t, { orgId, areaId, name: 'Antiguo' });
    await t.db
      .update(sites)
      .set({ createdAt: new Date('2026-01-10T00:00:00Z') })
      .where(eq(sites.id, old.id));
    const april = (await coordinator.get(`${url()}?month=2026-04`)).json();
    const aprilIds = april.sites.map((s: { siteId: string }) => s.siteId);
    // Sites created in May did not exist in April (unless they reported then); the old one was silent.
    expect(aprilIds).not.toContain(filed.id);
    expect(april.sites.find((s: { siteId: string }) => s.siteId === old.id).status).toBe('silent');
    expectError(await coordinator.get(`${url()}?month=abril`), 400, { code: 'validation', field: 'month' });
    // A promotora's list holds the sites she works only.
    const hers = (await promotoraAgent.get(url())).json().sites.map((s: { siteId: string }) => s.siteId);
    expect(hers).toContain(quiet.id);
    expect(hers).not.toContain(filed.id);
  });

  it('a site with effective contacts in the month shows has_contacts and the people reached', async () => {
    const site = await buildSite(t, { orgId, areaId, name: 'Con contactos' });
    const contact = (values: Partial<typeof contacts.$inferInsert>) =>
      t.db.insert(contacts).values({
        orgId,
        id: newId(),
        contactedOn: '2026-05-03',
        siteId: site.id,
        promotoraUserId: promotora.userId,
        anonymousCount: 2,
        createdAt: t.clock.now(),
        ...values,
      });
    await contact({});
    // A tally of 5 cancelled by a void, and one corrected from 4 to 3: only effective events count.
    const voided = newId();
    await contact({ id: voided, anonymousCount: 5 });
    await contact({ anonymousCount: 5, supersedesId: voided, voided: true });
    const corrected = newId();
    await contact({ id: corrected, anonymousCount: 4 });
    await contact({ anonymousCount: 3, supersedesId: corrected });
    await contact({ contactedOn: '2026-04-30', anonymousCount: 9 }); // another month
    const may = (await coordinator.get(url())).json();
    expect(may.sites.find((s: { siteId: string }) => s.siteId === site.id)).toMatchObject({
      status: 'has_contacts',
      contactCount: 5,
    });
    const quiet = may.sites.find((s: { siteName: string }) => s.siteName === 'Silencioso');
    expect(quiet).toMatchObject({ status: 'silent', contactCount: 0 });
    // A site that reached people in April shows there although it was created in May.
    const april = (await coordinator.get(`${url()}?month=2026-04`)).json();
    expect(april.sites.find((s: { siteId: string }) => s.siteId === site.id)).toMatchObject({
      status: 'has_contacts',
      contactCount: 9,
    });
  });
});
