import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../platform/audit/audit.tables';
import { signIn, TestAgent } from '../../testing/agent';
import { buildOrganization, buildUser } from '../../testing/factories';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { countEventsHeld } from './mobilization.indicators';
import { mobilizationChecklistItems } from './mobilization.tables';

let t: TestApp;
let orgId: string;
let otherOrgId: string;
let coordinator: TestAgent;
let promotora: TestAgent;
let analyst: TestAgent;
let outsider: TestAgent;

const url = (path = '', o = orgId) => `/api/orgs/${o}/mobilization/events${path}`;

beforeAll(async () => {
  t = await createTestApp();
  t.clock.set(new Date('2026-11-20T15:00:00Z'));
  orgId = (await buildOrganization(t)).id;
  otherOrgId = (await buildOrganization(t)).id;
  coordinator = await signIn(t, await buildUser(t, { orgId, role: 'coordinator' }));
  promotora = await signIn(t, await buildUser(t, { orgId, role: 'promotora' }));
  analyst = await signIn(t, await buildUser(t, { orgId, role: 'analyst' }));
  outsider = await signIn(t, await buildUser(t, { orgId: otherOrgId, role: 'coordinator' }));
});
afterAll(() => t.close());

interface Item {
  id: string;
  key: string;
  done: boolean;
  note: string | null;
  hasNote: boolean;
}

describe('mobilization events', () => {
  let eventId: string;
  let items: Item[];

  it('pre-loads the two commemorations once per organization, editable', async () => {
    const first = (await analyst.get(url())).json().events;
    const again = (await promotora.get(url())).json().events;
    expect(again).toEqual(first);
    expect(
      first.map((e: { commemorationKey: string; eventDate: string }) => [e.commemorationKey, e.eventDate]),
    ).toEqual([
      ['end_violence_sex_workers', '2026-12-17'],
      ['sex_workers_day', '2027-06-02'],
    ]);
    const dec17 = first[0];
    expect(dec17).toMatchObject({
      kind: 'commemoration',
      status: 'draft',
      checklistDone: 0,
      checklistTotal: 5,
    });
    const renamed = await coordinator.patch(url(`/${dec17.id}`), {
      title: 'Vigilia 17D',
      location: 'Catedral',
    });
    expect(renamed.json()).toMatchObject({
      title: 'Vigilia 17D',
      commemorationKey: 'end_violence_sex_workers',
    });
    expect((await outsider.get(url('', otherOrgId))).json().events).toHaveLength(2);
    expect((await outsider.get(url(`/${dec17.id}`, otherOrgId))).statusCode).toBe(404);
  });

  it('creates a draft with the standard safety plan; 401, 400 with the field, 403 for readers', async () => {
    const body = { kind: 'sit_in', title: 'Plantón frente al ministerio', eventDate: '2026-12-01' };
    expect((await new TestAgent(t, '10.11.0.7').get(url())).statusCode).toBe(401);
    const bad = await promotora.post(url(), { ...body, kind: 'riot' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe('kind');
    expect((await analyst.post(url(), body)).statusCode).toBe(403);
    const created = await promotora.post(url(), body);
    expect(created.statusCode, created.body).toBe(201);
    eventId = created.json().id;
    items = created.json().checklist;
    expect(items.map((i) => i.key)).toEqual([
      'risk_assessment',
      'permits',
      'legal_observers',
      'emergency_contacts',
      'arrest_plan',
    ]);
    expect(created.json()).toMatchObject({ status: 'draft', riskLevel: null, participants: null });
  });

  it('risk checklist required before confirmed: 409 names every missing item', async () => {
    const refused = await coordinator.post(url(`/${eventId}/status`), { status: 'confirmed' });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.details.missing).toEqual([
      'risk_level',
      'risk_assessment',
      'permits',
      'legal_observers',
      'emergency_contacts',
      'arrest_plan',
    ]);
    await promotora.patch(url(`/${eventId}`), { riskLevel: 'high' });
    for (const item of items.filter((i) => i.key !== 'arrest_plan'))
      expect(
        (await promotora.patch(url(`/${eventId}/checklist/${item.id}`), { done: true })).statusCode,
      ).toBe(200);
    const custom = await coordinator.post(url(`/${eventId}/checklist`), { label: 'Botiquín' });
    expect(custom.statusCode).toBe(201);
    const customItem = custom.json().checklist.find((i: Item) => i.key === 'custom');
    const stillMissing = await coordinator.post(url(`/${eventId}/status`), { status: 'confirmed' });
    expect(stillMissing.json().error.details.missing).toEqual(['arrest_plan', `custom:${customItem.id}`]);
    expect(stillMissing.json().error.message).toMatch(/2/);
    const arrest = items.find((i) => i.key === 'arrest_plan')!;
    await promotora.patch(url(`/${eventId}/checklist/${arrest.id}`), { done: true });
    await promotora.patch(url(`/${eventId}/checklist/${customItem.id}`), { done: true });
    const confirmed = await coordinator.post(url(`/${eventId}/status`), { status: 'confirmed' });
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    expect(confirmed.json()).toMatchObject({ status: 'confirmed', checklistDone: 6, checklistTotal: 6 });
    expect((await coordinator.post(url(`/${eventId}/status`), { status: 'confirmed' })).statusCode).toBe(409);
  });

  it('unticking an item sends a confirmed event back to draft', async () => {
    const permits = items.find((i) => i.key === 'permits')!;
    const back = await promotora.patch(url(`/${eventId}/checklist/${permits.id}`), { done: false });
    expect(back.json()).toMatchObject({ status: 'draft', confirmedAt: null });
    await promotora.patch(url(`/${eventId}/checklist/${permits.id}`), { done: true });
    expect((await coordinator.post(url(`/${eventId}/status`), { status: 'confirmed' })).statusCode).toBe(200);
  });

  it('emergency contacts are encrypted, shown to organizers only, and reading them is audited', async () => {
    const contacts = items.find((i) => i.key === 'emergency_contacts')!;
    const note = 'Abogada de turno: rol 2; cadena telefónica B';
    await promotora.patch(url(`/${eventId}/checklist/${contacts.id}`), { note });
    const [row] = await t.db
      .select()
      .from(mobilizationChecklistItems)
      .where(eq(mobilizationChecklistItems.id, contacts.id));
    expect(row!.noteEnc!.toString('utf8')).not.toContain('Abogada');
    const seen = (await coordinator.get(url(`/${eventId}`))).json();
    expect(seen.checklist.find((i: Item) => i.id === contacts.id)).toMatchObject({ note, hasNote: true });
    const hidden = (await analyst.get(url(`/${eventId}`))).json();
    expect(hidden.checklist.find((i: Item) => i.id === contacts.id)).toMatchObject({
      note: null,
      hasNote: true,
    });
    const reads = await t.db
      .select()
      .from(auditLog)
      .where(
        and(eq(auditLog.action, 'mobilization_event.safety_plan_read'), eq(auditLog.resourceId, eventId)),
      );
    expect(reads.length).toBeGreaterThanOrEqual(1);
    expect(reads.every((r) => r.sensitiveRead)).toBe(true);
  });

  it('participants are counts, only once held; the indicator counts held events', async () => {
    const early = await coordinator.patch(url(`/${eventId}`), {
      participants: { members: 40, allies: 12, public: 5 },
    });
    expect(early.statusCode).toBe(409);
    expect((await coordinator.post(url(`/${eventId}/status`), { status: 'held' })).statusCode).toBe(200);
    const counted = await coordinator.patch(url(`/${eventId}`), {
      participants: { members: 40, allies: 12, public: 5 },
      mediaCoverage: 'https://diario.example/planton',
    });
    expect(counted.json()).toMatchObject({
      status: 'held',
      participants: { members: 40, allies: 12, public: 5 },
    });
    expect(
      (
        await coordinator.patch(url(`/${eventId}`), { participants: { members: -1, allies: 0, public: 0 } })
      ).json().error.field,
    ).toBe('participants.members');
    expect(await countEventsHeld(t.db, orgId, { from: '2026-01-01', to: '2026-12-31' })).toEqual({
      events: 1,
      members: 40,
      allies: 12,
      public: 5,
    });
    expect((await coordinator.post(url(`/${eventId}/checklist`), { label: 'Tarde' })).statusCode).toBe(409);
  });

  it('another organization gets 404 for the event and its items; a draft can be cancelled', async () => {
    expect((await outsider.patch(url(`/${eventId}`, otherOrgId), { title: 'x' })).statusCode).toBe(404);
    expect(
      (await outsider.patch(url(`/${eventId}/checklist/${items[0]!.id}`, otherOrgId), { done: true }))
        .statusCode,
    ).toBe(404);
    expect(
      (await coordinator.patch(url(`/${eventId}/checklist/${eventId}`), { done: true })).statusCode,
    ).toBe(404);
    const draft = await coordinator.post(url(), { kind: 'march', title: 'Marcha', eventDate: '2026-12-10' });
    expect((await coordinator.post(url(`/${draft.json().id}/status`), { status: 'held' })).statusCode).toBe(
      409,
    );
    const cancelled = await coordinator.post(url(`/${draft.json().id}/status`), { status: 'cancelled' });
    expect(cancelled.json().status).toBe('cancelled');
  });
});
