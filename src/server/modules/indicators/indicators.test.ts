import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../../domain/roles';
import { auditLog } from '../../platform/audit/audit.tables';
import { signIn, TestAgent } from '../../testing/agent';
import { expectError } from '../../testing/expect-error';
import { buildOrganization, buildUser, type BuiltUser } from '../../testing/factories';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { buildContact } from '../contacts/contacts.factory';
import { buildIndicator, buildIndicatorAction, buildLesson } from './indicators.factory';

/** Indicators, targets and the monthly review: every route's 401, 400, 403, 404 and success. */
let t: TestApp;
let orgId: string;
let otherOrgId: string;
const users = {} as Record<Role, BuiltUser>;
const agents = {} as Record<Role, TestAgent>;
let outsider: TestAgent;
const MONTH = '2026-03';

beforeAll(async () => {
  t = await createTestApp();
  orgId = (await buildOrganization(t)).id;
  otherOrgId = (await buildOrganization(t)).id;
  for (const role of ['admin', 'coordinator', 'promotora', 'paralegal', 'analyst', 'viewer'] as Role[]) {
    users[role] = await buildUser(t, { orgId, role });
    agents[role] = await signIn(t, users[role]);
  }
  outsider = await signIn(t, await buildUser(t, { orgId: otherOrgId, role: 'coordinator' }));
});
afterAll(() => t.close());

const base = () => `/api/orgs/${orgId}`;
const anonymous = () => new TestAgent(t, '10.12.0.1');
const put = (agent: TestAgent, url: string, body: unknown) => agent.request({ method: 'PUT', url, body });

async function auditActions(resourceId: string | null, action: string) {
  return t.db
    .select()
    .from(auditLog)
    .where(
      and(
        eq(auditLog.orgId, orgId),
        eq(auditLog.action, action),
        resourceId ? eq(auditLog.resourceId, resourceId) : undefined,
      ),
    );
}

describe('indicator definitions', () => {
  it('lists the sources with their filters to readers only', async () => {
    const url = `${base()}/indicators/sources`;
    expectError(await anonymous().get(url), 401, { code: 'unauthenticated' });
    expectError(await agents.promotora.get(url), 403, { code: 'forbidden' });
    expectError(await outsider.get(url), 403, { code: 'forbidden' });
    const sources = (await agents.analyst.get(url)).json().sources;
    expect(sources).toContainEqual({
      key: 'referrals_made',
      labelKey: 'indicators.sources.referrals_made',
      filterKeys: ['siteId', 'service'],
    });
  });

  it.each([
    [{ kind: 'count', sourceKey: 'contacts' }, 'name'],
    [{ name: 'X', kind: 'sum', sourceKey: 'contacts' }, 'kind'],
    [{ name: 'X', kind: 'count', sourceKey: 'no_such_source' }, 'sourceKey'],
    [{ name: 'X', kind: 'count', sourceKey: 'contacts', filters: { service: 'sti' } }, 'filters'],
    [{ name: 'X', kind: 'count', sourceKey: 'contacts', filters: { color: 'red' } }, 'filters.color'],
    [{ name: 'X', kind: 'ratio', sourceKey: 'referrals_completed' }, 'denominatorSourceKey'],
    [
      { name: 'X', kind: 'count', sourceKey: 'contacts', denominatorSourceKey: 'contacts' },
      'denominatorSourceKey',
    ],
    [{ name: 'X', kind: 'count', sourceKey: 'contacts', extra: 1 }, 'extra'],
  ])('refuses %j naming the field', async (body, field) => {
    expectError(await agents.coordinator.post(`${base()}/indicators`, body), 400, {
      code: 'validation',
      field,
    });
  });

  it('creates a ratio with filters (admin, coordinator), audits it, refuses the same name and other roles', async () => {
    const url = `${base()}/indicators`;
    const body = {
      name: 'Referencias completadas VIH',
      kind: 'ratio',
      sourceKey: 'referrals_completed',
      filters: { service: 'hiv_test' },
      denominatorSourceKey: 'referrals_made',
      denominatorFilters: { service: 'hiv_test' },
    };
    expectError(await anonymous().post(url, body), 401, { code: 'unauthenticated' });
    expectError(await agents.analyst.post(url, body), 403, { code: 'forbidden' });
    expectError(await outsider.post(url, body), 403, { code: 'forbidden' });
    const created = await agents.coordinator.post(url, body);
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ ...body, archived: false, targets: [] });
    expect(await auditActions(created.json().id, 'indicator.created')).toHaveLength(1);
    expectError(await agents.admin.post(url, { ...body, name: 'REFERENCIAS completadas vih' }), 409, {
      code: 'conflict',
      field: 'name',
    });
    const listed = (await agents.analyst.get(url)).json().indicators;
    expect(listed.map((row: { id: string }) => row.id)).toContain(created.json().id);
  });

  it('renames and archives; 404 for another organization’s indicator', async () => {
    const indicator = await buildIndicator(t, { orgId });
    const foreign = await buildIndicator(t, { orgId: otherOrgId });
    const url = `${base()}/indicators/${indicator.id}`;
    expectError(await anonymous().patch(url, { archived: true }), 401, { code: 'unauthenticated' });
    expectError(await agents.coordinator.patch(url, { archived: 'yes' }), 400, {
      code: 'validation',
      field: 'archived',
    });
    expectError(await agents.analyst.patch(url, { archived: true }), 403, { code: 'forbidden' });
    expectError(await agents.admin.patch(`${base()}/indicators/${foreign.id}`, { archived: true }), 404, {
      code: 'not_found',
    });
    const archived = await agents.admin.patch(url, { name: 'Nuevo nombre', archived: true });
    expect(archived.json()).toMatchObject({ name: 'Nuevo nombre', archived: true });
  });

  it('sets, changes and removes a target; refuses a quarter that does not start a quarter', async () => {
    const indicator = await buildIndicator(t, { orgId });
    const url = `${base()}/indicators/${indicator.id}/targets`;
    const body = { periodType: 'quarter', periodStart: '2026-04', target: 120 };
    expectError(await anonymous().post(url, body), 401, { code: 'unauthenticated' });
    expectError(await agents.coordinator.post(url, { ...body, periodStart: '2026-05' }), 400, {
      code: 'validation',
      field: 'periodStart',
    });
    expectError(await agents.coordinator.post(url, { ...body, target: -1 }), 400, {
      code: 'validation',
      field: 'target',
    });
    expectError(await agents.analyst.post(url, body), 403, { code: 'forbidden' });
    expectError(
      await agents.coordinator.post(`${base()}/indicators/${crypto.randomUUID()}/targets`, body),
      404,
      {
        code: 'not_found',
      },
    );
    await agents.coordinator.post(url, body);
    const changed = (await agents.coordinator.post(url, { ...body, target: 150 })).json();
    expect(changed.targets).toEqual([{ periodType: 'quarter', periodStart: '2026-04', target: 150 }]);
    const removed = (await agents.coordinator.post(url, { ...body, target: null })).json();
    expect(removed.targets).toEqual([]);
    expect(await auditActions(indicator.id, 'indicator.target_set')).toHaveLength(3);
  });
});

describe('the monthly review', () => {
  it('shows each indicator against its month, quarter and year targets, with notes, actions and lessons', async () => {
    const org = (await buildOrganization(t)).id;
    const coordinator = await buildUser(t, { orgId: org, role: 'coordinator' });
    const agent = await signIn(t, coordinator);
    const promotora = await buildUser(t, { orgId: org, role: 'promotora' });
    // January: 2 contacts; March: 3 contacts (one of them with 2 referrals, one completed later).
    for (const day of ['2026-01-10', '2026-01-11', '2026-03-01', '2026-03-02'])
      await buildContact(t, { orgId: org, promotoraUserId: promotora.userId, contactedOn: day });
    await buildContact(t, {
      orgId: org,
      promotoraUserId: promotora.userId,
      contactedOn: '2026-03-03',
      referrals: 2,
    });
    const contacts = await buildIndicator(t, { orgId: org, name: 'Contactos', sourceKey: 'contacts' });
    const ratio = await buildIndicator(t, {
      orgId: org,
      name: 'Referencias por contacto',
      kind: 'ratio',
      sourceKey: 'referrals_made',
      denominatorSourceKey: 'contacts',
    });
    const targets = `/api/orgs/${org}/indicators/${contacts.id}/targets`;
    await agent.post(targets, { periodType: 'month', periodStart: MONTH, target: 4 });
    await agent.post(targets, { periodType: 'year', periodStart: '2026-01', target: 50 });
    const reviewUrl = `/api/orgs/${org}/indicator-reviews/${MONTH}`;
    const noted = await put(agent, `${reviewUrl}/notes/${contacts.id}`, { note: 'Lluvias: menos salidas' });
    expect(noted.json()).toEqual({ indicatorId: contacts.id, month: MONTH, note: 'Lluvias: menos salidas' });
    const action = await agent.post(`${reviewUrl}/actions`, {
      indicatorId: contacts.id,
      title: 'Reprogramar salidas',
      ownerUserId: promotora.userId,
      dueOn: '2026-04-10',
    });
    expect(action.statusCode, action.body).toBe(201);
    const lesson = await agent.post(`${reviewUrl}/lessons`, { text: 'Salir en pareja los días de lluvia' });
    expect(lesson.statusCode, lesson.body).toBe(201);

    const review = (await agent.get(reviewUrl)).json();
    const [first, second] = review.indicators;
    expect(first).toMatchObject({
      id: contacts.id,
      note: 'Lluvias: menos salidas',
      month: { from: '2026-03-01', to: '2026-03-31', value: 3, target: 4, progress: 75 },
      quarter: { from: '2026-01-01', value: 5, target: null, progress: null },
      year: { value: 5, target: 50, progress: 10 },
    });
    // 2 referrals ÷ 3 contacts.
    expect(second).toMatchObject({
      id: ratio.id,
      note: null,
      month: { numerator: 2, denominator: 3, value: 66.7 },
    });
    expect(review.actions).toMatchObject([
      {
        title: 'Reprogramar salidas',
        ownerName: `Persona ${promotora.username}`,
        status: 'open',
        month: MONTH,
      },
    ]);
    expect(review.lessons).toMatchObject([{ text: 'Salir en pareja los días de lluvia', month: MONTH }]);
    const reads = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.orgId, org), eq(auditLog.action, 'indicator_review.read')));
    expect(reads).toHaveLength(1);
    expect(reads[0]!.sensitiveRead).toBe(true);
  });

  it('exports the month’s figures as CSV and XLSX without notes (audited); 400 for an unknown format', async () => {
    const indicator = await buildIndicator(t, { orgId, name: 'Exportable' });
    await put(agents.coordinator, `${base()}/indicator-reviews/${MONTH}/notes/${indicator.id}`, {
      note: 'NOTA-QUE-NO-SE-EXPORTA',
    });
    const url = `${base()}/indicator-reviews/${MONTH}/export`;
    expectError(await anonymous().get(`${url}/csv`), 401, { code: 'unauthenticated' });
    expectError(await agents.analyst.get(`${url}/pdf`), 400, { code: 'validation', field: 'format' });
    expectError(await agents.viewer.get(`${url}/csv`), 403, { code: 'forbidden' });
    expectError(await outsider.get(`${url}/csv`), 403, { code: 'forbidden' });
    const csv = await agents.analyst.get(`${url}/csv`);
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body).toContain('Exportable');
    expect(csv.body).not.toContain('NOTA-QUE-NO-SE-EXPORTA');
    const xlsx = await agents.analyst.get(`${url}/xlsx`);
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    const exports = await auditActions(null, 'indicator_review.exported');
    expect(exports).toHaveLength(2);
    expect(exports.every((row) => row.sensitiveRead)).toBe(true);
  });

  it('review read: 401, 400 for a malformed month, 403 for a promotora and other organizations', async () => {
    const url = `${base()}/indicator-reviews/${MONTH}`;
    expectError(await anonymous().get(url), 401, { code: 'unauthenticated' });
    expectError(await agents.analyst.get(`${base()}/indicator-reviews/2026-13`), 400, {
      code: 'validation',
      field: 'month',
    });
    expectError(await agents.promotora.get(url), 403, { code: 'forbidden' });
    expectError(await outsider.get(url), 403, { code: 'forbidden' });
    expect((await agents.analyst.get(url)).statusCode).toBe(200);
  });

  it('notes: only coordinators write; 400 field, 404 for another organization’s indicator; null removes', async () => {
    const indicator = await buildIndicator(t, { orgId });
    const foreign = await buildIndicator(t, { orgId: otherOrgId });
    const url = `${base()}/indicator-reviews/${MONTH}/notes/${indicator.id}`;
    expectError(await put(anonymous(), url, { note: 'x' }), 401, { code: 'unauthenticated' });
    expectError(await put(agents.coordinator, url, { note: 5 }), 400, { code: 'validation', field: 'note' });
    expectError(await put(agents.admin, url, { note: 'x' }), 403, { code: 'forbidden' });
    expectError(await put(outsider, url, { note: 'x' }), 403, { code: 'forbidden' });
    expectError(
      await put(agents.coordinator, `${base()}/indicator-reviews/${MONTH}/notes/${foreign.id}`, {
        note: 'x',
      }),
      404,
      { code: 'not_found' },
    );
    await put(agents.coordinator, url, { note: 'primera' });
    await put(agents.coordinator, url, { note: 'segunda' });
    const review = (await agents.coordinator.get(`${base()}/indicator-reviews/${MONTH}`)).json();
    expect(review.indicators.find((row: { id: string }) => row.id === indicator.id).note).toBe('segunda');
    expect((await put(agents.coordinator, url, { note: null })).json().note).toBeNull();
    expect(await auditActions(indicator.id, 'indicator_review.note_set')).toHaveLength(3);
  });

  it('action items: coordinator creates for a staff owner; 400 for an owner outside the organization', async () => {
    const url = `${base()}/indicator-reviews/${MONTH}/actions`;
    const body = { title: 'Visitar punto', ownerUserId: users.promotora.userId, dueOn: '2026-04-10' };
    expectError(await anonymous().post(url, body), 401, { code: 'unauthenticated' });
    expectError(await agents.coordinator.post(url, { ...body, dueOn: 'mañana' }), 400, {
      code: 'validation',
      field: 'dueOn',
    });
    const stranger = await buildUser(t, { orgId: otherOrgId, role: 'promotora' });
    expectError(await agents.coordinator.post(url, { ...body, ownerUserId: stranger.userId }), 400, {
      code: 'validation',
      field: 'ownerUserId',
    });
    expectError(await agents.admin.post(url, body), 403, { code: 'forbidden' });
    expectError(await outsider.post(url, body), 403, { code: 'forbidden' });
    const created = await agents.coordinator.post(url, body);
    expect(created.json()).toMatchObject({
      ...body,
      status: 'open',
      ownerName: `Persona ${users.promotora.username}`,
    });
    expect(await auditActions(created.json().id, 'indicator_action.created')).toHaveLength(1);
  });

  it('the owner marks her own item done; another staff member may not; a coordinator edits any', async () => {
    const action = await buildIndicatorAction(t, {
      orgId,
      ownerUserId: users.promotora.userId,
      month: MONTH,
    });
    const foreign = await buildIndicatorAction(t, {
      orgId: otherOrgId,
      ownerUserId: (await buildUser(t, { orgId: otherOrgId, role: 'promotora' })).userId,
      month: MONTH,
    });
    const status = `${base()}/indicator-actions/${action.id}/status`;
    expectError(await anonymous().post(status, { status: 'done' }), 401, { code: 'unauthenticated' });
    expectError(await agents.promotora.post(status, { status: 'finished' }), 400, {
      code: 'validation',
      field: 'status',
    });
    expectError(await agents.paralegal.post(status, { status: 'done' }), 403, { code: 'forbidden' });
    expectError(await outsider.post(status, { status: 'done' }), 403, { code: 'forbidden' });
    expectError(
      await agents.promotora.post(`${base()}/indicator-actions/${foreign.id}/status`, { status: 'done' }),
      404,
      {
        code: 'not_found',
      },
    );
    expectError(await agents.promotora.post(status, { status: 'dropped' }), 400, {
      code: 'validation',
      field: 'status',
    });
    const done = (await agents.promotora.post(status, { status: 'done' })).json();
    expect(done).toMatchObject({ status: 'done', completedOn: t.clock.now().toISOString().slice(0, 10) });

    const edit = `${base()}/indicator-actions/${action.id}`;
    expectError(await agents.promotora.patch(edit, { title: 'Otro' }), 403, { code: 'forbidden' });
    expectError(await agents.coordinator.patch(edit, { title: '' }), 400, {
      code: 'validation',
      field: 'title',
    });
    expectError(
      await agents.coordinator.patch(`${base()}/indicator-actions/${foreign.id}`, { title: 'X' }),
      404,
      {
        code: 'not_found',
      },
    );
    const edited = (
      await agents.coordinator.patch(edit, { status: 'open', ownerUserId: users.viewer.userId })
    ).json();
    expect(edited).toMatchObject({ status: 'open', completedOn: null, ownerUserId: users.viewer.userId });
  });

  it('my action items: open ones due within a week or overdue, of the caller only', async () => {
    const today = t.clock.now().toISOString().slice(0, 10);
    const later = new Date(t.clock.now().getTime() + 30 * 86_400_000).toISOString().slice(0, 10);
    const mine = await buildIndicatorAction(t, {
      orgId,
      ownerUserId: users.viewer.userId,
      month: MONTH,
      dueOn: today,
    });
    await buildIndicatorAction(t, { orgId, ownerUserId: users.viewer.userId, month: MONTH, dueOn: later });
    await buildIndicatorAction(t, { orgId, ownerUserId: users.viewer.userId, month: MONTH, status: 'done' });
    await buildIndicatorAction(t, { orgId, ownerUserId: users.analyst.userId, month: MONTH, dueOn: today });
    const url = `${base()}/indicator-actions/mine`;
    expectError(await anonymous().get(url), 401, { code: 'unauthenticated' });
    expectError(await outsider.get(url), 403, { code: 'forbidden' });
    const list = (await agents.viewer.get(url)).json();
    expect(list.actions.map((row: { id: string }) => row.id)).toContain(mine.id);
    expect(
      list.actions.every(
        (row: { ownerUserId: string; status: string; dueOn: string }) =>
          row.ownerUserId === users.viewer.userId && row.status === 'open' && row.dueOn <= later,
      ),
    ).toBe(true);
    expect(list.actions.some((row: { dueOn: string }) => row.dueOn === later)).toBe(false);
  });

  it('lessons: coordinators keep them; readers search by words ignoring case and accents (audited)', async () => {
    const url = `${base()}/indicator-reviews/${MONTH}/lessons`;
    expectError(await anonymous().post(url, { text: 'x' }), 401, { code: 'unauthenticated' });
    expectError(await agents.coordinator.post(url, { text: '   ' }), 400, {
      code: 'validation',
      field: 'text',
    });
    expectError(await agents.coordinator.post(url, { text: 'x', indicatorId: crypto.randomUUID() }), 400, {
      code: 'validation',
      field: 'indicatorId',
    });
    expectError(await agents.analyst.post(url, { text: 'x' }), 403, { code: 'forbidden' });
    expectError(await outsider.post(url, { text: 'x' }), 403, { code: 'forbidden' });
    await agents.coordinator.post(url, { text: 'La Policía volvió a la zona norte' });
    await buildLesson(t, { orgId, month: '2026-02', text: 'Los kits llegaron tarde a la zona sur' });
    await buildLesson(t, { orgId: otherOrgId, month: MONTH, text: 'policia norte en otra organización' });
    const search = `${base()}/indicator-lessons`;
    expectError(await anonymous().get(`${search}?q=x`), 401, { code: 'unauthenticated' });
    expectError(await agents.analyst.get(`${search}?q=${'x'.repeat(201)}`), 400, {
      code: 'validation',
      field: 'q',
    });
    expectError(await agents.promotora.get(`${search}?q=x`), 403, { code: 'forbidden' });
    const found = (await agents.analyst.get(`${search}?q=${encodeURIComponent('POLICIA norte')}`)).json();
    expect(found.lessons.map((row: { text: string }) => row.text)).toEqual([
      'La Policía volvió a la zona norte',
    ]);
    const zone = (await agents.analyst.get(`${search}?q=zona`)).json();
    expect(zone.lessons).toHaveLength(2);
    const searches = await auditActions(null, 'indicator_lesson.searched');
    expect(searches.every((row) => row.sensitiveRead)).toBe(true);
    expect(JSON.stringify(searches)).not.toContain('norte');
  });
});
