import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../../domain/ids';
import { auditLog } from '../../platform/audit/audit.tables';
import { signIn, type TestAgent } from '../../testing/agent';
import { findInDatabase } from '../../testing/db-search';
import { buildOrganization, buildUser, type BuiltUser } from '../../testing/factories';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { buildCase } from '../cases/cases.factory';
import {
  hrBreakGlass,
  hrBreakGlassReasonColumn,
  hrCaseAssignments,
  hrCaseEvents,
} from '../cases/cases.tables';

let t: TestApp;
let orgId: string;
let otherOrgId: string;
let coordinator: TestAgent;
let paralegalUser: BuiltUser;
let paralegal: TestAgent;
let outsiderUser: BuiltUser;
let outsider: TestAgent; // a paralegal not assigned to the case
let promotora: TestAgent;
let analyst: TestAgent;
let caseId: string;

const DAY = 24 * 3600 * 1000;
const day = (offsetDays = 0) =>
  new Date(t.clock.now().getTime() + offsetDays * DAY).toISOString().slice(0, 10);
const url = (path: string, c = caseId, o = orgId) => `/api/orgs/${o}/cases/${c}/${path}`;

beforeAll(async () => {
  t = await createTestApp();
  t.clock.set(new Date('2026-06-10T12:00:00Z'));
  orgId = (await buildOrganization(t)).id;
  otherOrgId = (await buildOrganization(t)).id;
  coordinator = await signIn(t, await buildUser(t, { orgId, role: 'coordinator' }));
  paralegalUser = await buildUser(t, { orgId, role: 'paralegal' });
  paralegal = await signIn(t, paralegalUser);
  outsiderUser = await buildUser(t, { orgId, role: 'paralegal' });
  outsider = await signIn(t, outsiderUser);
  promotora = await signIn(t, await buildUser(t, { orgId, role: 'promotora' }));
  analyst = await signIn(t, await buildUser(t, { orgId, role: 'analyst' }));
  caseId = (await buildCase(t, { orgId, assignedUserIds: [paralegalUser.userId] })).id;
});
afterAll(() => t.close());

async function events(kind: string) {
  return t.db
    .select()
    .from(hrCaseEvents)
    .where(and(eq(hrCaseEvents.orgId, orgId), eq(hrCaseEvents.caseId, caseId), eq(hrCaseEvents.kind, kind)));
}

describe('interventions', () => {
  it('the assigned paralegal records one, lists it and moves it to done with an impact', async () => {
    const notes = `PLANTED-NOTA-${newId()}`;
    const created = await paralegal.post(url('interventions'), {
      type: 'complaint_accompaniment',
      requestedParty: 'Fiscalía de la mujer',
      requestedOn: day(),
      status: 'requested',
      priority: 'high',
      notes,
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id;
    expect(created.json()).toMatchObject({ status: 'requested', priority: 'high', impact: null, notes });

    const list = await coordinator.get(url('interventions'));
    expect(list.statusCode).toBe(200);
    expect(list.json().interventions.map((i: { id: string }) => i.id)).toContain(id);

    const done = await paralegal.patch(url(`interventions/${id}`), { status: 'done', impact: 'partly' });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({ status: 'done', impact: 'partly', notes });

    expect((await events('intervention')).length).toBeGreaterThanOrEqual(2);
    expect(await findInDatabase(t.deps.pool, notes)).toEqual([]);
  });

  it('refuses an impact before the end, a move back to planned, bad fields and unknown ids', async () => {
    const early = await paralegal.post(url('interventions'), { type: 'legal_advice', impact: 'resolved' });
    expect(early.statusCode).toBe(400);
    expect(early.json().error.field).toBe('impact');
    const created = await paralegal.post(url('interventions'), {
      type: 'legal_advice',
      status: 'in_progress',
    });
    expect(created.statusCode).toBe(201);
    const back = await paralegal.patch(url(`interventions/${created.json().id}`), { status: 'planned' });
    expect(back.statusCode).toBe(400);
    expect(back.json().error.field).toBe('status');
    const badType = await paralegal.post(url('interventions'), { type: 'prayer' });
    expect(badType.json().error.field).toBe('type');
    const unknown = await paralegal.patch(url(`interventions/${newId()}`), { status: 'done' });
    expect(unknown.statusCode).toBe(404);
  });

  it('a retried create with the same id answers the first record', async () => {
    const id = newId();
    const first = await paralegal.post(url('interventions'), { id, type: 'shelter' });
    const again = await paralegal.post(url('interventions'), { id, type: 'shelter' });
    expect(first.statusCode).toBe(201);
    expect(again.json().id).toBe(id);
    const clash = await paralegal.post(url('interventions'), { id, type: 'mediation' });
    expect(clash.statusCode).toBe(409);
  });
});

describe('referrals', () => {
  it('refers a case to a partner and follows the referral', async () => {
    const created = await paralegal.post(url('referrals'), {
      partnerName: 'Clínica jurídica',
      service: 'Representación',
      referredOn: day(),
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id;
    expect(created.json().status).toBe('referred');
    const attended = await coordinator.patch(url(`referrals/${id}`), { status: 'attended' });
    expect(attended.json().status).toBe('attended');
    const back = await coordinator.patch(url(`referrals/${id}`), { status: 'referred' });
    expect(back.statusCode).toBe(400);
    const list = await paralegal.get(url('referrals'));
    expect(list.json().referrals).toHaveLength(1);
    expect((await events('referral')).length).toBe(2);
  });
});

describe('follow-ups', () => {
  it('go to the queue of the assigned person, overdue first; done ones leave it; the summary counts them', async () => {
    const fresh = (await buildCase(t, { orgId, assignedUserIds: [paralegalUser.userId], urgent: true })).id;
    const later = await paralegal.post(url('follow-ups', fresh), {
      dueOn: day(5),
      task: 'Llamar a la fiscalía',
    });
    const overdue = await paralegal.post(url('follow-ups', fresh), { dueOn: day(-2), task: 'Visitar' });
    const today = await coordinator.post(url('follow-ups', fresh), {
      dueOn: day(0),
      task: 'Acompañar',
      assignedUserId: paralegalUser.userId,
    });
    for (const r of [later, overdue, today]) expect(r.statusCode, r.body).toBe(201);
    expect(overdue.json().overdue).toBe(true);

    const queue = await paralegal.get(`/api/orgs/${orgId}/follow-ups`);
    expect(queue.statusCode, queue.body).toBe(200);
    const ids = queue.json().followUps.map((f: { id: string }) => f.id);
    expect(ids.indexOf(overdue.json().id)).toBe(0);
    expect(ids.indexOf(today.json().id)).toBeLessThan(ids.indexOf(later.json().id));
    expect(queue.json().followUps[0]).toMatchObject({ caseUrgent: true, task: 'Visitar' });

    const summary = await paralegal.get(`/api/orgs/${orgId}/follow-ups/summary`);
    expect(summary.statusCode, summary.body).toBe(200);
    expect(summary.json()).toMatchObject({ overdue: 1, dueToday: 1 });

    const done = await paralegal.patch(url(`follow-ups/${overdue.json().id}`, fresh), { done: true });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json().doneAt).not.toBeNull();
    expect(done.json().overdue).toBe(false);
    const after = await paralegal.get(`/api/orgs/${orgId}/follow-ups`);
    expect(after.json().followUps.map((f: { id: string }) => f.id)).not.toContain(overdue.json().id);
    const doneList = await paralegal.get(`/api/orgs/${orgId}/follow-ups?status=done`);
    expect(doneList.json().followUps.map((f: { id: string }) => f.id)).toContain(overdue.json().id);
    expect((await paralegal.get(`/api/orgs/${orgId}/follow-ups/summary`)).json().overdue).toBe(0);

    // The coordinator's own queue does not hold them; her "all" view does; a paralegal cannot ask for all.
    const mine = await coordinator.get(`/api/orgs/${orgId}/follow-ups`);
    expect(mine.json().followUps.map((f: { id: string }) => f.id)).not.toContain(later.json().id);
    const all = await coordinator.get(`/api/orgs/${orgId}/follow-ups?scope=all`);
    expect(all.json().followUps.map((f: { id: string }) => f.id)).toContain(later.json().id);
    const refused = await paralegal.get(`/api/orgs/${orgId}/follow-ups?scope=all`);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.field).toBe('scope');
  });

  it('only go to someone who can read the case, and leave a paralegal’s queue when she leaves the case', async () => {
    const fresh = (await buildCase(t, { orgId, assignedUserIds: [paralegalUser.userId] })).id;
    const refused = await paralegal.post(url('follow-ups', fresh), {
      dueOn: day(1),
      task: 'x',
      assignedUserId: outsiderUser.userId,
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.field).toBe('assignedUserId');
    const created = await paralegal.post(url('follow-ups', fresh), { dueOn: day(1), task: 'Revisar' });
    await t.db
      .delete(hrCaseAssignments)
      .where(and(eq(hrCaseAssignments.caseId, fresh), eq(hrCaseAssignments.userId, paralegalUser.userId)));
    const queue = await paralegal.get(`/api/orgs/${orgId}/follow-ups`);
    expect(queue.json().followUps.map((f: { id: string }) => f.id)).not.toContain(created.json().id);
  });

  it('marking done leaves a follow_up_done event on the timeline', async () => {
    expect((await events('follow_up_done')).length + 1).toBeGreaterThan(0);
    const created = await paralegal.post(url('follow-ups'), { dueOn: day(1), task: 'Cerrar' });
    await paralegal.patch(url(`follow-ups/${created.json().id}`), { done: true });
    expect((await events('follow_up_done')).length).toBeGreaterThanOrEqual(1);
  });
});

describe('access', () => {
  const routes = () =>
    [
      ['GET', url('interventions')],
      ['POST', url('interventions')],
      ['GET', url('referrals')],
      ['GET', url('follow-ups')],
    ] as const;
  const send = (agent: TestAgent, method: 'GET' | 'POST', path: string) =>
    method === 'GET' ? agent.get(path) : agent.post(path, { type: 'legal_advice' });

  it('a paralegal not assigned to the case gets 403 case_restricted', async () => {
    for (const [method, path] of routes()) {
      const response = await send(outsider, method, path);
      expect(response.statusCode, `${method} ${path}`).toBe(403);
      expect(response.json().error.code).toBe('case_restricted');
    }
  });

  it('a promotora and an analyst are refused by the policy', async () => {
    for (const agent of [promotora, analyst])
      for (const [method, path] of routes()) {
        const response = await send(agent, method, path);
        expect(response.statusCode).toBe(403);
        expect(response.json().error.code).toBe('forbidden');
      }
  });

  it("another organization's case answers 404 under this organization's URL", async () => {
    const theirs = (await buildCase(t, { orgId: otherOrgId })).id;
    for (const path of [url('interventions', theirs), url('follow-ups', theirs)]) {
      expect((await coordinator.get(path)).statusCode).toBe(404);
    }
  });

  it('an active break-the-glass opens the case; an expired one does not', async () => {
    const glass = async (onCase: string, grantedAt: Date) => {
      const id = newId();
      await t.db.insert(hrBreakGlass).values({
        orgId,
        id,
        caseId: onCase,
        userId: outsiderUser.userId,
        reasonEnc: await t.deps.keyring.encryptText(
          orgId,
          'Emergencia en la comisaría',
          hrBreakGlassReasonColumn.aad({ org_id: orgId, id }),
        ),
        grantedAt,
        expiresAt: new Date(grantedAt.getTime() + 3 * 3600 * 1000),
      });
    };
    const now = t.clock.now();
    await glass(caseId, now);
    expect((await outsider.get(url('interventions'))).statusCode).toBe(200);
    expect((await outsider.get(url('evidence'))).statusCode).toBe(200);
    const expired = (await buildCase(t, { orgId })).id;
    await glass(expired, new Date(now.getTime() - 3 * 3600 * 1000 - 1000));
    expect((await outsider.get(url('interventions', expired))).statusCode).toBe(403);
  });

  it('an archived case takes no new responses', async () => {
    const archived = (
      await buildCase(t, { orgId, assignedUserIds: [paralegalUser.userId], status: 'archived' })
    ).id;
    const response = await paralegal.post(url('interventions', archived), { type: 'legal_advice' });
    expect(response.statusCode).toBe(409);
    expect((await paralegal.get(url('interventions', archived))).statusCode).toBe(200);
  });

  it('every read is a sensitive read of the case', async () => {
    await coordinator.get(url('referrals'));
    const rows = await t.db
      .select()
      .from(auditLog)
      .where(
        and(eq(auditLog.orgId, orgId), eq(auditLog.resourceId, caseId), eq(auditLog.sensitiveRead, true)),
      );
    expect(rows.map((row) => row.action)).toContain('hr_case.responses_read');
    expect(rows.every((row) => row.resourceType === 'hr_case')).toBe(true);
  });

  it('answers 401 without a session', async () => {
    const response = await t.app.inject({ method: 'GET', url: url('interventions') });
    expect(response.statusCode).toBe(401);
  });
});
