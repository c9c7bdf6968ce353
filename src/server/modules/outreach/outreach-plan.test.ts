import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../../domain/roles';
import { auditLog } from '../../platform/audit/audit.tables';
import { signIn, TestAgent } from '../../testing/agent';
import { buildOrganization, buildUser, type BuiltUser } from '../../testing/factories';
import { expectError } from '../../testing/expect-error';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { buildMember } from '../members/members.factory';
import { members } from '../members/members.tables';
import { buildSite } from '../sites/sites.factories';
import { buildPlanItem } from './outreach.factory';
import { outreachPlanItems } from './outreach.tables';

/** The weekly plan: her own, only her caseload and her sites; a coordinator reads a promotora's plan. */
let t: TestApp;
let orgId: string;
let otherOrgId: string;
const agents = {} as Record<Role, TestAgent>;
const users = {} as Record<Role, BuiltUser>;
let promotoraB: BuiltUser;
let agentB: TestAgent;
let outsider: TestAgent;
const MONDAY = '2026-03-02';
const WEDNESDAY = '2026-03-04';

beforeAll(async () => {
  t = await createTestApp();
  t.clock.set(new Date(`${WEDNESDAY}T15:00:00Z`));
  orgId = (await buildOrganization(t)).id;
  otherOrgId = (await buildOrganization(t)).id;
  for (const role of ['admin', 'coordinator', 'promotora', 'paralegal', 'analyst', 'viewer'] as Role[]) {
    users[role] = await buildUser(t, { orgId, role });
    agents[role] = await signIn(t, users[role]);
  }
  promotoraB = await buildUser(t, { orgId, role: 'promotora' });
  agentB = await signIn(t, promotoraB);
  outsider = await signIn(t, await buildUser(t, { orgId: otherOrgId, role: 'admin' }));
});
afterAll(() => t.close());

const planUrl = (week?: string) => `/api/orgs/${orgId}/outreach/plan${week ? `?week=${week}` : ''}`;
const supervisedPlanUrl = (userId: string, week = MONDAY) =>
  `/api/orgs/${orgId}/outreach/supervision/${userId}/plan?week=${week}`;
const put = (agent: TestAgent, week: string, body: unknown) =>
  agent.request({ method: 'PUT', url: planUrl(week), body });
const mine = (role: Role = 'promotora') => buildMember(t, { orgId, assignedUserId: users[role].userId });

describe('GET /api/orgs/:orgId/outreach/plan', () => {
  it('answers 401, 403 to roles without a plan and to another organization, 400 for a day that is not a Monday', async () => {
    expectError(await new TestAgent(t, '10.12.0.1').get(planUrl()), 401, { code: 'unauthenticated' });
    for (const role of ['paralegal', 'analyst', 'viewer'] as Role[])
      expectError(await agents[role].get(planUrl()), 403, { code: 'forbidden' });
    expectError(await outsider.get(planUrl()), 403, { code: 'forbidden' });
    expectError(await agents.promotora.get(planUrl(WEDNESDAY)), 400, { code: 'validation', field: 'week' });
  });

  it('opens the current week (Monday to Sunday) when no week is named', async () => {
    const plan = (await agents.promotora.get(planUrl())).json();
    expect(plan).toMatchObject({ userId: users.promotora.userId, weekStart: MONDAY, weekEnd: '2026-03-08' });
  });
});

describe('PUT /api/orgs/:orgId/outreach/plan', () => {
  it.each([
    [undefined, { items: [] }, 'week'],
    [WEDNESDAY, { items: [] }, 'week'],
    [MONDAY, {}, 'items'],
    [MONDAY, { items: [{}] }, 'items.0.memberId'],
    [MONDAY, { items: [{ note: 'x'.repeat(141) }] }, 'items.0.note'],
    [MONDAY, { items: [{ note: 'ok', plannedDay: '2026-03-09' }] }, 'items.0.plannedDay'],
    [MONDAY, { items: [{ note: 'ok', extra: 1 }] }, 'items.0.extra'],
  ])('answers 400 naming the field (week %s, %j)', async (week, body, field) => {
    const response = await agents.promotora.request({ method: 'PUT', url: planUrl(week), body });
    expectError(response, 400, { code: 'validation', field });
  });

  it('answers 403 to roles without a plan', async () => {
    expectError(await put(agents.viewer, MONDAY, { items: [] }), 403, { code: 'forbidden' });
    expectError(await put(outsider, MONDAY, { items: [] }), 403, { code: 'forbidden' });
  });

  it('saves her week with members, sites and notes, keeps ids on later edits, and audits each save', async () => {
    const first = await mine();
    const second = await mine();
    const site = await buildSite(t, {
      orgId,
      name: 'Parque Central',
      workerUserIds: [users.promotora.userId],
    });
    const saved = await put(agents.promotora, MONDAY, {
      items: [
        { memberId: first.id, plannedDay: '2026-03-03', note: 'Llevar lubricante' },
        { siteId: site.id, plannedDay: '2026-03-06' },
        { memberId: second.id },
      ],
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const items = saved.json().items;
    expect(items).toHaveLength(3);
    expect(items[0]).toMatchObject({
      memberId: first.id,
      memberDisplayCode: first.displayCode,
      plannedDay: '2026-03-03',
      note: 'Llevar lubricante',
      done: false,
    });
    expect(items[1]).toMatchObject({ siteId: site.id, siteName: 'Parque Central', memberId: null });
    expect(items[2]).toMatchObject({ memberId: second.id, plannedDay: null });

    // Mark the first done, drop the site, add a note-only line.
    const edited = await put(agents.promotora, MONDAY, {
      items: [
        {
          id: items[0].id,
          memberId: first.id,
          plannedDay: '2026-03-03',
          note: 'Llevar lubricante',
          done: true,
        },
        { id: items[2].id, memberId: second.id },
        { note: 'Reunión de equipo', plannedDay: '2026-03-05' },
      ],
    });
    expect(edited.statusCode, edited.body).toBe(200);
    const after = (await agents.promotora.get(planUrl(MONDAY))).json().items;
    expect(after.map((item: { id: string }) => item.id)).toEqual(
      expect.arrayContaining([items[0].id, items[2].id]),
    );
    expect(after).toHaveLength(3);
    expect(after.find((item: { id: string }) => item.id === items[0].id).done).toBe(true);
    expect(after.find((item: { id: string }) => item.id === items[1].id)).toBeUndefined();

    const audit = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.orgId, orgId), eq(auditLog.action, 'outreach_plan.updated')));
    expect(audit.at(-1)?.details).toMatchObject({ weekStart: MONDAY, added: 1, changed: 1, removed: 1 });
    expect(JSON.stringify(audit)).not.toContain('Reunión');

    // Another week is another plan.
    expect((await agents.promotora.get(planUrl('2026-03-09'))).json().items).toEqual([]);
  });

  it('a repeated save leaves the same week (no duplicated lines); an item of another week conflicts', async () => {
    const member = await mine();
    const body = { items: [{ memberId: member.id }, { note: 'Recordatorio' }] };
    await put(agents.promotora, '2026-04-06', body);
    const again = await put(agents.promotora, '2026-04-06', body);
    expect(again.json().items).toHaveLength(2);
    const kept = again.json().items[0].id;
    expectError(await put(agents.promotora, '2026-04-13', { items: [{ id: kept, note: 'x' }] }), 409, {
      code: 'conflict',
      field: 'items.0.id',
    });
  });

  it('keeps a saved line whose member has since been reassigned, but refuses adding her again', async () => {
    const member = await mine();
    const saved = (await put(agents.promotora, '2026-04-20', { items: [{ memberId: member.id }] })).json();
    await t.db
      .update(members)
      .set({ assignedUserId: promotoraB.userId })
      .where(and(eq(members.orgId, orgId), eq(members.id, member.id)));
    const line = saved.items[0];
    const ticked = await put(agents.promotora, '2026-04-20', {
      items: [{ id: line.id, memberId: member.id, done: true }, { note: 'otra cosa' }],
    });
    expect(ticked.statusCode, ticked.body).toBe(200);
    expectError(
      await put(agents.promotora, '2026-04-20', {
        items: [{ id: line.id, memberId: member.id }, { memberId: member.id }],
      }),
      404,
      { code: 'not_found', field: 'items.1.memberId' },
    );
  });

  it('stores the note encrypted', async () => {
    await put(agents.promotora, '2026-03-16', { items: [{ note: 'NOTA-CIFRADA-123' }] });
    const rows = await t.db
      .select()
      .from(outreachPlanItems)
      .where(eq(outreachPlanItems.weekStart, '2026-03-16'));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.noteEnc?.toString('latin1')).not.toContain('NOTA-CIFRADA');
  });

  it('refuses another promotora’s member, a site she does not work and another plan’s item (404)', async () => {
    const ofB = await buildMember(t, { orgId, assignedUserId: promotoraB.userId });
    const unassigned = await buildMember(t, { orgId, assignedUserId: null });
    const elsewhere = await buildMember(t, { orgId: otherOrgId });
    const siteOfB = await buildSite(t, { orgId, workerUserIds: [promotoraB.userId] });
    const itemOfB = await buildPlanItem(t, {
      orgId,
      userId: promotoraB.userId,
      weekStart: MONDAY,
      note: 'x',
    });
    for (const memberId of [ofB.id, unassigned.id, elsewhere.id])
      expectError(await put(agents.promotora, MONDAY, { items: [{ memberId }] }), 404, {
        code: 'not_found',
        field: 'items.0.memberId',
      });
    expectError(await put(agents.promotora, MONDAY, { items: [{ siteId: siteOfB.id }] }), 404, {
      code: 'not_found',
      field: 'items.0.siteId',
    });
    expectError(await put(agents.promotora, MONDAY, { items: [{ id: itemOfB.id, note: 'mío' }] }), 404, {
      code: 'not_found',
      field: 'items.0.id',
    });
    // B's plan is untouched.
    expect((await agentB.get(planUrl(MONDAY))).json().items).toHaveLength(1);
    // A coordinator plans with any member of the organization and any site.
    const response = await put(agents.coordinator, MONDAY, {
      items: [{ memberId: ofB.id }, { siteId: siteOfB.id }],
    });
    expect(response.statusCode, response.body).toBe(200);
  });
});

describe('GET /api/orgs/:orgId/outreach/supervision/:userId/plan', () => {
  it('lets a coordinator read a promotora’s plan; a promotora gets 403; an unknown person 404', async () => {
    await buildPlanItem(t, { orgId, userId: promotoraB.userId, weekStart: '2026-03-23', note: 'Visita' });
    const read = await agents.coordinator.get(supervisedPlanUrl(promotoraB.userId, '2026-03-23'));
    expect(read.statusCode, read.body).toBe(200);
    expect(read.json()).toMatchObject({ userId: promotoraB.userId, items: [{ note: 'Visita' }] });
    expectError(await agents.promotora.get(supervisedPlanUrl(promotoraB.userId)), 403, { code: 'forbidden' });
    const stranger = await buildUser(t, { orgId: otherOrgId, role: 'promotora' });
    expectError(await agents.admin.get(supervisedPlanUrl(stranger.userId)), 404, { code: 'not_found' });
    expectError(await outsider.get(supervisedPlanUrl(promotoraB.userId)), 403, { code: 'forbidden' });
    expectError(await agents.admin.get(supervisedPlanUrl('nope')), 400, {
      code: 'validation',
      field: 'userId',
    });
  });
});
