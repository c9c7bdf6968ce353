import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../../domain/roles';
import { storedFiles } from '../../platform/files/files.tables';
import { signIn, TestAgent } from '../../testing/agent';
import { buildOrganization, buildUser } from '../../testing/factories';
import { expectError } from '../../testing/expect-error';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { buildGrant } from '../grants/grants.factories';
import { buildActivity, buildDocument, buildObjective, tinyPdf } from './planning.factory';

/** Planning: strategy, objectives, workplan activities, documents with expiry reminders and scans. */
let t: TestApp;
let orgId: string;
let otherOrgId: string;
const agents = {} as Record<Role, TestAgent>;
let outsider: TestAgent;
let adminUserId: string;

beforeAll(async () => {
  t = await createTestApp();
  t.clock.set(new Date('2026-05-10T12:00:00Z'));
  orgId = (await buildOrganization(t)).id;
  otherOrgId = (await buildOrganization(t)).id;
  for (const role of ['admin', 'coordinator', 'promotora', 'paralegal', 'analyst', 'viewer'] as Role[]) {
    const user = await buildUser(t, { orgId, role });
    if (role === 'admin') adminUserId = user.userId;
    agents[role] = await signIn(t, user);
  }
  outsider = await signIn(t, await buildUser(t, { orgId: otherOrgId, role: 'admin' }));
});
afterAll(() => t.close());

const url = (path: string, org = orgId) => `/api/orgs/${org}/planning/${path}`;
const anonymous = () => new TestAgent(t, '10.13.0.1');

describe('strategy: GET/PUT planning/strategy', () => {
  it('answers 401, 403 to outsiders; empty before it is saved', async () => {
    expectError(await anonymous().get(url('strategy')), 401, { code: 'unauthenticated' });
    expectError(await outsider.get(url('strategy')), 403, { code: 'forbidden' });
    const fresh = (await outsider.get(url('strategy', otherOrgId))).json();
    expect(fresh).toEqual({ vision: null, mission: null, updatedAt: null, objectives: [] });
  });

  it('sets vision and mission (coordinators), read by every staff role', async () => {
    const body = { vision: 'Un trabajo sexual sin violencia', mission: 'Organizar y defender derechos' };
    expectError(await agents.promotora.request({ method: 'PUT', url: url('strategy'), body }), 403, {
      code: 'forbidden',
    });
    expectError(
      await agents.coordinator.request({
        method: 'PUT',
        url: url('strategy'),
        body: { vision: 1, mission: null },
      }),
      400,
      {
        code: 'validation',
        field: 'vision',
      },
    );
    expectError(
      await agents.coordinator.request({ method: 'PUT', url: url('strategy'), body: { vision: null } }),
      400,
      {
        code: 'validation',
        field: 'mission',
      },
    );
    const saved = await agents.coordinator.request({ method: 'PUT', url: url('strategy'), body });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ ...body, updatedAt: expect.any(String) });
    expect((await agents.viewer.get(url('strategy'))).json()).toMatchObject(body);
    expect((await outsider.get(url('strategy', otherOrgId))).json()).toMatchObject({
      vision: null,
      mission: null,
    });
  });
});

describe('objectives: POST planning/objectives, PATCH planning/objectives/:objectiveId', () => {
  it('adds objectives in order, changes and deactivates them', async () => {
    expectError(await anonymous().post(url('objectives'), { title: 'X' }), 401, { code: 'unauthenticated' });
    expectError(await agents.analyst.post(url('objectives'), { title: 'X' }), 403, { code: 'forbidden' });
    expectError(await agents.coordinator.post(url('objectives'), { title: '' }), 400, {
      code: 'validation',
      field: 'title',
    });
    const first = (await agents.coordinator.post(url('objectives'), { title: 'Incidencia política' })).json();
    const second = await agents.coordinator.post(url('objectives'), {
      title: 'Sostenibilidad',
      description: 'Fondos propios',
    });
    expect(second.statusCode).toBe(201);
    expect(second.json().position).toBeGreaterThan(first.position);
    const changed = await agents.admin.patch(url(`objectives/${first.id}`), {
      active: false,
      title: 'Incidencia',
    });
    expect(changed.json()).toMatchObject({ active: false, title: 'Incidencia' });
    expectError(await agents.admin.patch(url(`objectives/${crypto.randomUUID()}`), { active: false }), 404, {
      code: 'not_found',
    });
    const theirs = await buildObjective(t, { orgId: otherOrgId });
    expectError(await agents.admin.patch(url(`objectives/${theirs.id}`), { active: false }), 404, {
      code: 'not_found',
    });
    const strategy = (await agents.viewer.get(url('strategy'))).json();
    expect(strategy.objectives.map((o: { title: string }) => o.title)).toEqual(
      expect.arrayContaining(['Incidencia', 'Sostenibilidad']),
    );
  });
});

describe('workplan: GET/POST planning/activities, PATCH planning/activities/:activityId', () => {
  it('answers 401, 403 and 400 with the field', async () => {
    const body = { title: 'Taller', startsOn: '2026-06-01', endsOn: '2026-06-02' };
    expectError(await anonymous().get(url('activities')), 401, { code: 'unauthenticated' });
    expectError(await outsider.get(url('activities')), 403, { code: 'forbidden' });
    expectError(await agents.promotora.post(url('activities'), body), 403, { code: 'forbidden' });
    expectError(await agents.coordinator.post(url('activities'), { ...body, endsOn: '2026-05-01' }), 400, {
      code: 'validation',
      field: 'endsOn',
    });
    expectError(await agents.coordinator.post(url('activities'), { ...body, status: 'late' }), 400, {
      code: 'validation',
      field: 'status',
    });
    expectError(
      await agents.coordinator.post(url('activities'), { ...body, objectiveId: crypto.randomUUID() }),
      400,
      {
        code: 'validation',
        field: 'objectiveId',
      },
    );
    const theirGrant = await buildGrant(t, { orgId: otherOrgId });
    expectError(await agents.coordinator.post(url('activities'), { ...body, grantId: theirGrant.id }), 400, {
      code: 'validation',
      field: 'grantId',
    });
  });

  it('links activities to an objective and a grant, filters, and marks late ones by the clock', async () => {
    const objective = await buildObjective(t, { orgId });
    const grant = await buildGrant(t, { orgId });
    const created = await agents.coordinator.post(url('activities'), {
      title: 'Asamblea anual',
      startsOn: '2026-04-01',
      endsOn: '2026-04-30',
      objectiveId: objective.id,
      grantId: grant.id,
      responsibleRole: 'Junta directiva',
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      objectiveId: objective.id,
      grantId: grant.id,
      status: 'planned',
      late: true,
    });
    const ok = await buildActivity(t, {
      orgId,
      objectiveId: objective.id,
      startsOn: '2026-05-01',
      endsOn: '2026-12-31',
    });
    const list = (await agents.viewer.get(`${url('activities')}?objectiveId=${objective.id}`)).json();
    expect(list.today).toBe('2026-05-10');
    expect(list.activities.map((a: { id: string }) => a.id)).toEqual([created.json().id, ok.id]);
    expect(
      (await agents.viewer.get(`${url('activities')}?grantId=${grant.id}`)).json().activities,
    ).toHaveLength(1);
    const done = await agents.coordinator.patch(url(`activities/${created.json().id}`), { status: 'done' });
    expect(done.json()).toMatchObject({ status: 'done', late: false });
    expectError(await agents.coordinator.patch(url(`activities/${ok.id}`), { endsOn: '2026-01-01' }), 400, {
      code: 'validation',
      field: 'endsOn',
    });
    expectError(
      await agents.coordinator.patch(url(`activities/${crypto.randomUUID()}`), { status: 'done' }),
      404,
      {
        code: 'not_found',
      },
    );
    const theirs = await buildActivity(t, { orgId: otherOrgId });
    expectError(await agents.coordinator.patch(url(`activities/${theirs.id}`), { status: 'done' }), 404, {
      code: 'not_found',
    });
    expect((await agents.viewer.get(url('activities'))).body).not.toContain(theirs.id);
  });
});

describe('documents: GET/POST planning/documents, PATCH planning/documents/:documentId', () => {
  it('answers 401, 403 to staff who are not managers, 400 with the field', async () => {
    expectError(await anonymous().get(url('documents')), 401, { code: 'unauthenticated' });
    expectError(await agents.viewer.get(url('documents')), 403, { code: 'forbidden' });
    expectError(await agents.promotora.get(url('documents')), 403, { code: 'forbidden' });
    expectError(await outsider.get(url('documents')), 403, { code: 'forbidden' });
    const body = { kind: 'statutes', title: 'Estatutos', issuedOn: '2020-01-15' };
    expectError(await agents.coordinator.post(url('documents'), { ...body, kind: 'receipt' }), 400, {
      code: 'validation',
      field: 'kind',
    });
    expectError(await agents.coordinator.post(url('documents'), { ...body, expiresOn: '2019-01-01' }), 400, {
      code: 'validation',
      field: 'expiresOn',
    });
    expectError(await agents.coordinator.post(url('documents'), { ...body, issuedOn: 'ayer' }), 400, {
      code: 'validation',
      field: 'issuedOn',
    });
  });

  it('computes expiry states with the clock and lists the reminders (expired or within 60 days)', async () => {
    const org = (await buildOrganization(t)).id;
    const coordinator = await signIn(t, await buildUser(t, { orgId: org, role: 'coordinator' }));
    const docs = (path = '') => coordinator.get(`${url('documents', org)}${path}`);
    const expired = await buildDocument(t, { orgId: org, kind: 'tax', expiresOn: '2026-05-01' });
    const soon = (
      await coordinator.post(url('documents', org), {
        kind: 'registration',
        title: 'Personería jurídica',
        issuedOn: '2021-07-09',
        expiresOn: '2026-07-09',
      })
    ).json();
    const later = await buildDocument(t, { orgId: org, kind: 'audit', expiresOn: '2026-07-10' });
    const never = await buildDocument(t, { orgId: org, kind: 'statutes', expiresOn: null });
    const all = (await docs()).json();
    const byId = new Map(all.documents.map((d: { id: string }) => [d.id, d]));
    expect(byId.get(expired.id)).toMatchObject({ expiry: 'expired', daysLeft: -9 });
    expect(byId.get(soon.id)).toMatchObject({ expiry: 'expiring', daysLeft: 60, hasFile: false });
    expect(byId.get(later.id)).toMatchObject({ expiry: 'valid', daysLeft: 61 });
    expect(byId.get(never.id)).toMatchObject({ expiry: 'none', daysLeft: null });
    const reminders = (await docs('?renewal=true')).json().documents;
    expect(reminders.map((d: { id: string }) => d.id)).toEqual([expired.id, soon.id]);

    // Renewed: the new expiry day takes it off the reminders.
    const renewed = await coordinator.patch(url(`documents/${expired.id}`, org), { expiresOn: '2027-05-01' });
    expect(renewed.json()).toMatchObject({ expiry: 'valid' });
    expectError(
      await coordinator.patch(url(`documents/${expired.id}`, org), { expiresOn: '2000-01-01' }),
      400,
      {
        code: 'validation',
        field: 'expiresOn',
      },
    );
    expectError(await coordinator.patch(url(`documents/${crypto.randomUUID()}`, org), { title: 'X' }), 404, {
      code: 'not_found',
    });
    const theirs = await buildDocument(t, { orgId: otherOrgId, title: 'DOC-AJENO' });
    expectError(await coordinator.patch(url(`documents/${theirs.id}`, org), { title: 'X' }), 404, {
      code: 'not_found',
    });
    expect((await docs()).body).not.toContain('DOC-AJENO');
    expect((await docs('?renewal=true')).json().documents.map((d: { id: string }) => d.id)).toEqual([
      soon.id,
    ]);
  });
});

describe('document scans: PUT/GET planning/documents/:documentId/file', () => {
  it('keeps the scan encrypted, replaces it, and audits every download', async () => {
    const document = await buildDocument(t, { orgId, expiresOn: '2030-01-01' });
    const fileUrl = url(`documents/${document.id}/file`);
    const upload = {
      fileName: 'Acta de asamblea 2025.pdf',
      contentType: 'application/pdf',
      contentBase64: tinyPdf('ACTA-SECRETA').toString('base64'),
    };
    expectError(await agents.coordinator.get(fileUrl), 404, { code: 'not_found' });
    expectError(await anonymous().request({ method: 'PUT', url: fileUrl, body: upload }), 401, {
      code: 'unauthenticated',
    });
    expectError(await agents.viewer.request({ method: 'PUT', url: fileUrl, body: upload }), 403, {
      code: 'forbidden',
    });
    expectError(
      await agents.coordinator.request({
        method: 'PUT',
        url: fileUrl,
        body: { ...upload, contentType: 'text/plain' },
      }),
      400,
      { code: 'validation', field: 'contentType' },
    );
    expectError(
      await agents.coordinator.request({
        method: 'PUT',
        url: fileUrl,
        body: { ...upload, contentType: 'image/png' },
      }),
      400,
      { code: 'validation', field: 'contentBase64' },
    );
    const stored = await agents.coordinator.request({ method: 'PUT', url: fileUrl, body: upload });
    expect(stored.statusCode, stored.body).toBe(200);
    expect(stored.json()).toMatchObject({ hasFile: true, fileContentType: 'application/pdf' });
    const download = await agents.admin.get(fileUrl);
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toContain('application/pdf');
    expect(download.rawPayload.toString('latin1')).toContain('ACTA-SECRETA');
    const rows = await t.db.select().from(storedFiles).where(eq(storedFiles.orgId, orgId));
    for (const row of rows) expect(row.contentEnc.toString('latin1')).not.toContain('ACTA-SECRETA');
    const viewers = (
      await agents.admin.get(
        `/api/orgs/${orgId}/audit/viewers?resourceType=org_document&resourceId=${document.id}`,
      )
    ).json().viewers;
    expect(viewers).toHaveLength(1);

    // A new scan replaces the old one (the old file is removed from the store).
    const before = rows.length;
    await agents.coordinator.request({
      method: 'PUT',
      url: fileUrl,
      body: { ...upload, contentBase64: tinyPdf('NUEVA').toString('base64') },
    });
    expect((await agents.admin.get(fileUrl)).rawPayload.toString('latin1')).toContain('NUEVA');
    expect((await t.db.select().from(storedFiles).where(eq(storedFiles.orgId, orgId))).length).toBe(before);
    const theirs = await buildDocument(t, { orgId: otherOrgId, fileName: 'x.pdf', createdBy: adminUserId });
    expectError(await agents.admin.get(url(`documents/${theirs.id}/file`)), 404, { code: 'not_found' });
  });
});

describe('reminders with the movable clock (runs last: it moves time forward)', () => {
  it('a document enters the reminders 60 days before it expires and shows expired after', async () => {
    const org = (await buildOrganization(t)).id;
    const doc = await buildDocument(t, { orgId: org, expiresOn: '2026-08-01' });
    const reminders = async () => {
      const agent = await signIn(t, await buildUser(t, { orgId: org, role: 'admin' }));
      return (await agent.get(`${url('documents', org)}?renewal=true`)).json<{ documents: unknown[] }>()
        .documents;
    };
    expect(await reminders()).toEqual([]);
    t.clock.set(new Date('2026-06-02T08:00:00Z'));
    expect(await reminders()).toEqual([
      expect.objectContaining({ id: doc.id, expiry: 'expiring', daysLeft: 60 }),
    ]);
    t.clock.set(new Date('2026-08-02T08:00:00Z'));
    expect(await reminders()).toEqual([
      expect.objectContaining({ id: doc.id, expiry: 'expired', daysLeft: -1 }),
    ]);
  });
});
