import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../../domain/ids';
import type { CaseloadView, SupervisionView } from '../../../domain/outreach.schemas';
import { signIn, type TestAgent } from '../../testing/agent';
import { buildOrganization, buildUser, type BuiltUser } from '../../testing/factories';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { contacts } from '../contacts/contacts.tables';
import { buildMember } from '../members/members.factory';
import { members } from '../members/members.tables';
import { and, eq } from 'drizzle-orm';

/** Due for contact (the configurable 30-day rule, on the test clock) and condoms given, from contacts. */
let t: TestApp;
let orgId: string;
let promotora: BuiltUser;
let coordinator: BuiltUser;
let admin: BuiltUser;
let agent: TestAgent;
let supervisor: TestAgent;
let adminAgent: TestAgent;

/** Moves the test clock to noon UTC of `day` and signs in again (sessions expire while time jumps). */
async function at(day: string) {
  t.clock.set(new Date(`${day}T12:00:00Z`));
  agent = await signIn(t, promotora);
  supervisor = await signIn(t, coordinator);
  adminAgent = await signIn(t, admin);
}

beforeAll(async () => {
  t = await createTestApp();
  t.clock.set(new Date('2026-05-01T12:00:00Z'));
  orgId = (await buildOrganization(t)).id;
  promotora = await buildUser(t, { orgId, role: 'promotora' });
  coordinator = await buildUser(t, { orgId, role: 'coordinator' });
  admin = await buildUser(t, { orgId, role: 'admin' });
});
afterAll(() => t.close());

/** An effective contact event stored directly (the contacts module's API is tested there). */
async function recordContact(options: {
  memberId?: string | null;
  anonymousCount?: number;
  contactedOn: string;
  condoms?: number;
  supersedesId?: string;
  voided?: boolean;
}): Promise<string> {
  const id = newId(t.clock.now().getTime());
  await t.db.insert(contacts).values({
    orgId,
    id,
    contactedOn: options.contactedOn,
    promotoraUserId: promotora.userId,
    memberId: options.memberId ?? null,
    anonymousCount: options.memberId ? null : (options.anonymousCount ?? 1),
    condoms: options.condoms ?? 0,
    supersedesId: options.supersedesId ?? null,
    voided: options.voided ?? false,
    createdBy: promotora.userId,
    createdAt: t.clock.now(),
  });
  return id;
}

const caseload = async () => {
  const response = await agent.get(`/api/orgs/${orgId}/outreach/caseload`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<CaseloadView>();
};
const entry = (view: CaseloadView, id: string) => view.members.find((member) => member.id === id)!;

async function setDueAfterDays(days: number) {
  const url = `/api/orgs/${orgId}/registry/settings`;
  const current = (await adminAgent.get(url)).json();
  const response = await adminAgent.request({
    method: 'PUT',
    url,
    body: {
      dueAfterDays: days,
      riskFlags: current.riskFlags,
      recordMigrantStatus: current.recordMigrantStatus,
      recordContactChannel: current.recordContactChannel,
      caseloadNorm: current.caseloadNorm,
    },
  });
  expect(response.statusCode, response.body).toBe(200);
}

describe('due for contact', () => {
  it('is due 30 days after the last effective contact, never before, and the days are configurable', async () => {
    await at('2026-05-01');
    const member = await buildMember(t, { orgId, assignedUserId: promotora.userId });
    await recordContact({ memberId: member.id, contactedOn: '2026-05-01', condoms: 10 });
    expect(entry(await caseload(), member.id)).toMatchObject({
      lastContactOn: '2026-05-01',
      daysSinceContact: 0,
      due: false,
    });

    await at('2026-05-30');
    expect(entry(await caseload(), member.id)).toMatchObject({ daysSinceContact: 29, due: false });

    await at('2026-05-31');
    expect(entry(await caseload(), member.id)).toMatchObject({ daysSinceContact: 30, due: true });

    await setDueAfterDays(45);
    expect(entry(await caseload(), member.id)).toMatchObject({ due: false });
    expect((await caseload()).dueAfterDays).toBe(45);
    await setDueAfterDays(14);
    const second = await buildMember(t, { orgId, assignedUserId: promotora.userId });
    await recordContact({ memberId: second.id, contactedOn: '2026-05-31' });
    await at('2026-06-13');
    expect(entry(await caseload(), second.id)).toMatchObject({ daysSinceContact: 13, due: false });
    await at('2026-06-14');
    expect(entry(await caseload(), second.id)).toMatchObject({ daysSinceContact: 14, due: true });
    await setDueAfterDays(30);
  });

  it('follows corrections and voids, and counts a merged record’s contacts for the member it joined', async () => {
    await at('2026-06-20');
    const corrected = await buildMember(t, { orgId, assignedUserId: promotora.userId });
    const original = await recordContact({ memberId: corrected.id, contactedOn: '2026-06-18', condoms: 5 });
    await recordContact({
      memberId: corrected.id,
      contactedOn: '2026-05-10',
      condoms: 5,
      supersedesId: original,
    });
    const voided = await buildMember(t, { orgId, assignedUserId: promotora.userId });
    const mistaken = await recordContact({ memberId: voided.id, contactedOn: '2026-06-19', condoms: 9 });
    await recordContact({
      memberId: voided.id,
      contactedOn: '2026-06-19',
      supersedesId: mistaken,
      voided: true,
    });
    const kept = await buildMember(t, { orgId, assignedUserId: promotora.userId });
    const merged = await buildMember(t, { orgId, assignedUserId: promotora.userId });
    await recordContact({ memberId: merged.id, contactedOn: '2026-06-19', condoms: 7 });
    await t.db
      .update(members)
      .set({ mergedIntoId: kept.id })
      .where(and(eq(members.orgId, orgId), eq(members.id, merged.id)));

    const view = await caseload();
    // The correction moved the contact back to May: 41 days ago, due; May's condoms are not June's.
    expect(entry(view, corrected.id)).toMatchObject({
      lastContactOn: '2026-05-10',
      due: true,
      condomsGiven: 0,
    });
    // A voided contact never happened.
    expect(entry(view, voided.id)).toMatchObject({ lastContactOn: null, due: true, condomsGiven: 0 });
    expect(entry(view, kept.id)).toMatchObject({ lastContactOn: '2026-06-19', due: false, condomsGiven: 7 });
    expect(view.members.find((member) => member.id === merged.id)).toBeUndefined();
  });
});

describe('order and condoms', () => {
  it('lists due members first (priority first, then the longest without contact), then the rest', async () => {
    await at('2026-08-20');
    const flags = ['a', 'b', 'c', 'd'];
    const longAgo = await buildMember(t, { orgId, assignedUserId: promotora.userId });
    await recordContact({ memberId: longAgo.id, contactedOn: '2026-06-01' });
    const lessLongAgo = await buildMember(t, { orgId, assignedUserId: promotora.userId });
    await recordContact({ memberId: lessLongAgo.id, contactedOn: '2026-07-01' });
    const priorityDue = await buildMember(t, { orgId, assignedUserId: promotora.userId, riskFlags: flags });
    await recordContact({ memberId: priorityDue.id, contactedOn: '2026-07-15' });
    const priorityRecent = await buildMember(t, {
      orgId,
      assignedUserId: promotora.userId,
      riskFlags: flags,
    });
    await recordContact({ memberId: priorityRecent.id, contactedOn: '2026-08-18' });
    const recent = await buildMember(t, { orgId, assignedUserId: promotora.userId });
    await recordContact({ memberId: recent.id, contactedOn: '2026-08-10' });
    const never = await buildMember(t, { orgId, assignedUserId: promotora.userId });

    const ids = (await caseload()).members.map((member) => member.id);
    const ours = [longAgo, lessLongAgo, priorityDue, priorityRecent, recent, never].map((m) => m.id);
    const order = ids.filter((id) => ours.includes(id));
    expect(order).toEqual([
      priorityDue.id,
      never.id,
      longAgo.id,
      lessLongAgo.id,
      priorityRecent.id,
      recent.id,
    ]);
  });

  it('sets condoms given this month against the month’s need', async () => {
    await at('2026-09-15');
    const member = await buildMember(t, { orgId, assignedUserId: promotora.userId });
    await recordContact({ memberId: member.id, contactedOn: '2026-08-31', condoms: 30 });
    await recordContact({ memberId: member.id, contactedOn: '2026-09-02', condoms: 12 });
    await recordContact({ memberId: member.id, contactedOn: '2026-09-10', condoms: 8 });
    const view = await caseload();
    // The factory enrolls 10 partners a week × 1 act: ceil(10 × 52 / 12) = 44 a month.
    expect(entry(view, member.id)).toMatchObject({ condomsNeeded: 44, condomsGiven: 20 });
    expect(view.totals.condomsGiven).toBe(20);
    expect(view.monthStart).toBe('2026-09-01');
  });
});

describe('supervision from contacts', () => {
  it('counts each promotora’s effective contacts this month and the members reached', async () => {
    await at('2026-10-20');
    const a = await buildMember(t, { orgId, assignedUserId: promotora.userId });
    const b = await buildMember(t, { orgId, assignedUserId: promotora.userId });
    await recordContact({ memberId: a.id, contactedOn: '2026-10-02' });
    await recordContact({ memberId: a.id, contactedOn: '2026-10-09' });
    await recordContact({ memberId: b.id, contactedOn: '2026-09-30' });
    await recordContact({ anonymousCount: 3, contactedOn: '2026-10-05' });
    const response = await supervisor.get(`/api/orgs/${orgId}/outreach/supervision`);
    expect(response.statusCode, response.body).toBe(200);
    const row = response.json<SupervisionView>().promotoras.find((p) => p.userId === promotora.userId)!;
    expect(row.contactsThisMonth).toBe(3); // two member contacts and one tally in October
    expect(row.reachedThisMonth).toBe(1);
    expect(row.caseload).toBe((await caseload()).members.length);
    expect(row.due).toBe((await caseload()).totals.due);
  });
});
