import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STANDARD_FRAMEWORK } from '../../../domain/capacity/standard-framework';
import type { Role } from '../../../domain/roles';
import { signIn, TestAgent } from '../../testing/agent';
import { buildOrganization, buildUser } from '../../testing/factories';
import { expectError } from '../../testing/expect-error';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { buildAction, SOME_ITEM_KEY } from './capacity-actions.factory';
import { actionsForItems } from './capacity-actions.service';
import { capacityActionNotes } from './capacity-actions.tables';

/** The capacity action plan: list (filters, overdue with the movable clock), create, detail with notes, update, notes. */
let t: TestApp;
let orgId: string;
let otherOrgId: string;
const agents = {} as Record<Role, TestAgent>;
let outsider: TestAgent;
const OTHER_KEY = STANDARD_FRAMEWORK.domains
  .flatMap((d) => d.items.map((i) => i.key))
  .find((k) => k !== SOME_ITEM_KEY);

beforeAll(async () => {
  t = await createTestApp();
  t.clock.set(new Date('2026-05-10T12:00:00Z'));
  orgId = (await buildOrganization(t)).id;
  otherOrgId = (await buildOrganization(t)).id;
  for (const role of ['admin', 'coordinator', 'promotora', 'paralegal', 'analyst', 'viewer'] as Role[])
    agents[role] = await signIn(t, await buildUser(t, { orgId, role }));
  outsider = await signIn(t, await buildUser(t, { orgId: otherOrgId, role: 'admin' }));
});
afterAll(() => t.close());

let timeTravel: { org: string; lateId: string; soonId?: string };
const base = () => `/api/orgs/${orgId}/capacity/actions`;
const anonymous = () => new TestAgent(t, '10.12.0.1');
const valid = () => ({
  itemKeys: [SOME_ITEM_KEY],
  title: 'Escribir el reglamento de la asamblea',
  responsibleRole: 'Junta directiva',
  supportNeeded: 'Acompañamiento de la red regional',
  resources: 'Dos talleres',
  dueOn: '2026-06-30',
});

describe('POST /api/orgs/:orgId/capacity/actions', () => {
  it('answers 401, and 403 for a role or organization that may not create', async () => {
    expectError(await anonymous().post(base(), valid()), 401, { code: 'unauthenticated' });
    expectError(await agents.promotora.post(base(), valid()), 403, { code: 'forbidden' });
    expectError(await agents.analyst.post(base(), valid()), 403, { code: 'forbidden' });
    expectError(await outsider.post(base(), valid()), 403, { code: 'forbidden' });
  });

  it.each([
    [{ ...valid(), itemKeys: [] }, 'itemKeys'],
    [{ ...valid(), itemKeys: ['Mayúsculas'] }, 'itemKeys.0'],
    [{ ...valid(), itemKeys: ['no.such_item'] }, 'itemKeys'],
    [{ ...valid(), itemKeys: [SOME_ITEM_KEY, SOME_ITEM_KEY] }, 'itemKeys'],
    [{ ...valid(), title: '  ' }, 'title'],
    [{ ...valid(), responsibleRole: undefined }, 'responsibleRole'],
    [{ ...valid(), dueOn: '30/06/2026' }, 'dueOn'],
    [{ ...valid(), status: 'finished' }, 'status'],
    [{ ...valid(), supportNeeded: 'x'.repeat(2001) }, 'supportNeeded'],
    [{ ...valid(), assessmentId: crypto.randomUUID() }, 'assessmentId'],
    [{ ...valid(), extra: 1 }, 'extra'],
  ])('answers 400 naming the field for %#', async (body, field) => {
    expectError(await agents.coordinator.post(base(), body), 400, { code: 'validation', field });
  });

  it('creates an action, idempotently with a client id', async () => {
    const id = crypto.randomUUID();
    const created = await agents.coordinator.post(base(), { ...valid(), id });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      id,
      itemKeys: [SOME_ITEM_KEY],
      status: 'planned',
      completedOn: null,
      overdue: false,
      noteCount: 0,
      supportNeeded: 'Acompañamiento de la red regional',
    });
    const again = await agents.coordinator.post(base(), { ...valid(), id });
    expect(again.statusCode).toBe(201);
    expect(again.json().id).toBe(id);
    expectError(await agents.coordinator.post(base(), { ...valid(), id, title: 'Otra' }), 409, {
      code: 'conflict',
      field: 'id',
    });
  });
});

describe('GET /api/orgs/:orgId/capacity/actions', () => {
  it('answers 401, 403 to another organization and the network analyst; lists for every staff role', async () => {
    expectError(await anonymous().get(base()), 401, { code: 'unauthenticated' });
    expectError(await outsider.get(base()), 403, { code: 'forbidden' });
    const networkAnalyst = await signIn(t, await buildUser(t, { orgId, role: 'network_analyst' }));
    expectError(await networkAnalyst.get(base()), 403, { code: 'forbidden' });
    expect((await agents.viewer.get(base())).statusCode).toBe(200);
    expectError(await agents.viewer.get(`${base()}?overdue=yes`), 400, {
      code: 'validation',
      field: 'overdue',
    });
    expectError(await agents.viewer.get(`${base()}?itemKey=A B`), 400, {
      code: 'validation',
      field: 'itemKey',
    });
  });

  it('marks overdue actions by the server clock, filters by item and overdue, open ones first', async () => {
    const org = (await buildOrganization(t)).id;
    const admin = await signIn(t, await buildUser(t, { orgId: org, role: 'coordinator' }));
    const url = `/api/orgs/${org}/capacity/actions`;
    const late = await buildAction(t, { orgId: org, dueOn: '2026-05-01', status: 'in_progress' });
    timeTravel = { org, lateId: late.id };
    const soon = await buildAction(t, { orgId: org, dueOn: '2026-05-20', itemKeys: [OTHER_KEY!] });
    timeTravel.soonId = soon.id;
    const done = await buildAction(t, {
      orgId: org,
      dueOn: '2026-04-01',
      status: 'done',
      completedOn: '2026-03-30',
    });
    const list = (await admin.get(url)).json();
    expect(list.today).toBe('2026-05-10');
    expect(list.actions.map((a: { id: string }) => a.id)).toEqual([late.id, soon.id, done.id]);
    expect(list.actions.map((a: { overdue: boolean }) => a.overdue)).toEqual([true, false, false]);
    const overdue = (await admin.get(`${url}?overdue=true`)).json().actions;
    expect(overdue.map((a: { id: string }) => a.id)).toEqual([late.id]);
    expect((await admin.get(`${url}?overdue=false`)).json().actions).toHaveLength(2);
    const byItem = (await admin.get(`${url}?itemKey=${OTHER_KEY}`)).json().actions;
    expect(byItem.map((a: { id: string }) => a.id)).toEqual([soon.id]);
    expect((await admin.get(`${url}?status=done`)).json().actions).toHaveLength(1);
  });

  it("never lists another organization's actions", async () => {
    const theirs = await buildAction(t, { orgId: otherOrgId, title: 'ACCION-AJENA' });
    const body = (await agents.admin.get(base())).body;
    expect(body).not.toContain(theirs.id);
    expect(body).not.toContain('ACCION-AJENA');
  });
});

describe('GET /api/orgs/:orgId/capacity/actions/:actionId', () => {
  it('answers 400 for a malformed id, 404 for an unknown one or another organization’s', async () => {
    expectError(await agents.viewer.get(`${base()}/123`), 400, { code: 'validation', field: 'actionId' });
    expectError(await agents.viewer.get(`${base()}/${crypto.randomUUID()}`), 404, { code: 'not_found' });
    const theirs = await buildAction(t, { orgId: otherOrgId });
    expectError(await agents.admin.get(`${base()}/${theirs.id}`), 404, { code: 'not_found' });
    expectError(await outsider.get(`${base()}/${theirs.id}`), 403, { code: 'forbidden' });
  });

  it('shows the decrypted notes, newest first, and records who read them', async () => {
    const action = await buildAction(t, { orgId, notes: ['Primera reunión hecha'] });
    const added = await agents.coordinator.post(`${base()}/${action.id}/notes`, { note: 'Borrador listo' });
    expect(added.statusCode).toBe(201);
    expect(added.json()).toMatchObject({ note: 'Borrador listo', authorName: expect.any(String) });
    const detail = (await agents.viewer.get(`${base()}/${action.id}`)).json();
    expect(detail.action).toMatchObject({ id: action.id, noteCount: 2 });
    expect(detail.notes.map((n: { note: string }) => n.note)).toEqual(
      expect.arrayContaining(['Borrador listo', 'Primera reunión hecha']),
    );
    const viewers = (
      await agents.admin.get(
        `/api/orgs/${orgId}/audit/viewers?resourceType=capacity_action&resourceId=${action.id}`,
      )
    ).json().viewers;
    expect(viewers.length).toBeGreaterThanOrEqual(1);
    // Notes are stored encrypted.
    const rows = await t.db
      .select()
      .from(capacityActionNotes)
      .where(eq(capacityActionNotes.actionId, action.id));
    for (const row of rows) expect(row.noteEnc.toString('latin1')).not.toContain('Borrador');
  });
});

describe('PATCH /api/orgs/:orgId/capacity/actions/:actionId', () => {
  it('answers 401, 400 with the field, 403 for a promotora, 404 for an unknown id', async () => {
    const action = await buildAction(t, { orgId });
    const url = `${base()}/${action.id}`;
    expectError(await anonymous().patch(url, { status: 'done' }), 401, { code: 'unauthenticated' });
    expectError(await agents.coordinator.patch(url, { status: 'x' }), 400, {
      code: 'validation',
      field: 'status',
    });
    expectError(await agents.coordinator.patch(url, { completedOn: '2026-05-01' }), 400, {
      code: 'validation',
      field: 'completedOn',
    });
    expectError(await agents.coordinator.patch(url, { status: 'done', completedOn: '2027-01-01' }), 400, {
      code: 'validation',
      field: 'completedOn',
    });
    expectError(await agents.promotora.patch(url, { status: 'done' }), 403, { code: 'forbidden' });
    expectError(await agents.coordinator.patch(`${base()}/${crypto.randomUUID()}`, { status: 'done' }), 404, {
      code: 'not_found',
    });
    const theirs = await buildAction(t, { orgId: otherOrgId });
    expectError(await agents.admin.patch(`${base()}/${theirs.id}`, { status: 'done' }), 404, {
      code: 'not_found',
    });
  });

  it('records the completion day when done, clears it when reopened', async () => {
    const action = await buildAction(t, { orgId, dueOn: '2026-05-01' });
    const url = `${base()}/${action.id}`;
    expect((await agents.viewer.get(url)).json().action.overdue).toBe(true);
    const progress = await agents.coordinator.patch(url, { status: 'in_progress', dueOn: '2026-07-01' });
    expect(progress.json()).toMatchObject({ status: 'in_progress', dueOn: '2026-07-01', overdue: false });
    const done = (await agents.coordinator.patch(url, { status: 'done' })).json();
    expect(done).toMatchObject({ status: 'done', completedOn: '2026-05-10', overdue: false });
    const backdated = (await agents.admin.patch(url, { completedOn: '2026-05-02' })).json();
    expect(backdated.completedOn).toBe('2026-05-02');
    const reopened = (await agents.admin.patch(url, { status: 'planned' })).json();
    expect(reopened).toMatchObject({ status: 'planned', completedOn: null });
  });
});

describe('POST /api/orgs/:orgId/capacity/actions/:actionId/notes', () => {
  it('answers 401, 400, 403 and 404; is idempotent with a client id', async () => {
    const action = await buildAction(t, { orgId });
    const url = `${base()}/${action.id}/notes`;
    expectError(await anonymous().post(url, { note: 'x' }), 401, { code: 'unauthenticated' });
    expectError(await agents.coordinator.post(url, { note: '   ' }), 400, {
      code: 'validation',
      field: 'note',
    });
    expectError(await agents.coordinator.post(url, { note: 'x'.repeat(4001) }), 400, {
      code: 'validation',
      field: 'note',
    });
    expectError(await agents.viewer.post(url, { note: 'x' }), 403, { code: 'forbidden' });
    expectError(await agents.coordinator.post(`${base()}/${crypto.randomUUID()}/notes`, { note: 'x' }), 404, {
      code: 'not_found',
    });
    const id = crypto.randomUUID();
    expect((await agents.coordinator.post(url, { id, note: 'Avance' })).statusCode).toBe(201);
    expect((await agents.coordinator.post(url, { id, note: 'Avance' })).json().id).toBe(id);
    expectError(await agents.coordinator.post(url, { id, note: 'Otro' }), 409, {
      code: 'conflict',
      field: 'id',
    });
    expect((await agents.viewer.get(`${base()}/${action.id}`)).json().action.noteCount).toBe(1);
  });
});

describe('actionsForItems (for the next assessment)', () => {
  it("answers the organization's actions tied to any of the keys, without notes", async () => {
    const org = (await buildOrganization(t)).id;
    const done = await buildAction(t, {
      orgId: org,
      status: 'done',
      completedOn: '2026-04-01',
      notes: ['secreto'],
    });
    await buildAction(t, { orgId: org, itemKeys: [OTHER_KEY!] });
    await buildAction(t, { orgId: otherOrgId });
    const found = await actionsForItems(t.db, org, [SOME_ITEM_KEY]);
    expect(found).toEqual([
      expect.objectContaining({ id: done.id, status: 'done', completedOn: '2026-04-01' }),
    ]);
    expect(JSON.stringify(found)).not.toContain('secreto');
    expect(await actionsForItems(t.db, org, [])).toEqual([]);
  });
});

describe('overdue with the movable clock (runs last: it moves time forward)', () => {
  it('turns an action overdue the day after its due day', async () => {
    t.clock.advance(11 * 86_400_000);
    const admin = await signIn(t, await buildUser(t, { orgId: timeTravel.org, role: 'coordinator' }));
    const later = (await admin.get(`/api/orgs/${timeTravel.org}/capacity/actions?overdue=true`)).json();
    expect(later.today).toBe('2026-05-21');
    expect(later.actions.map((a: { id: string }) => a.id)).toEqual([timeTravel.lateId, timeTravel.soonId]);
  });
});
