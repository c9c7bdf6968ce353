import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDisplayCode } from '../../../domain/members';
import type { Role } from '../../../domain/roles';
import { signIn, TestAgent } from '../../testing/agent';
import { buildOrganization, buildUser, type BuiltUser } from '../../testing/factories';
import { expectError } from '../../testing/expect-error';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { buildAreaPath } from '../sites/sites.factories';
import { buildMember } from '../members/members.factory';
import { buildCase } from './cases.factory';
import { members } from '../members/members.tables';
import { hrCaseConsents, hrCasePerpetrators, hrCases } from './cases.tables';

/** Human-rights cases (issue 5): intake, consent, acts, victims, perpetrators, status, access. */
let t: TestApp;
let orgId: string;
let otherOrgId: string;
const users = {} as Record<Role, BuiltUser>;
const agents = {} as Record<Role, TestAgent>;
let paralegal2: { user: BuiltUser; agent: TestAgent };
let outsider: TestAgent;

beforeAll(async () => {
  t = await createTestApp();
  orgId = (await buildOrganization(t)).id;
  otherOrgId = (await buildOrganization(t)).id;
  for (const role of [
    'admin',
    'coordinator',
    'promotora',
    'paralegal',
    'analyst',
    'viewer',
    'network_analyst',
  ] as Role[]) {
    users[role] = await buildUser(t, { orgId, role });
    agents[role] = await signIn(t, users[role]);
  }
  const second = await buildUser(t, { orgId, role: 'paralegal' });
  paralegal2 = { user: second, agent: await signIn(t, second) };
  outsider = await signIn(t, await buildUser(t, { orgId: otherOrgId, role: 'coordinator' }));
});
afterAll(() => t.close());

const base = () => `/api/orgs/${orgId}/cases`;
async function areaOf(org: string, name: string) {
  const path = await buildAreaPath(t, { orgId: org, municipality: name });
  return { id: path.municipalityId, name };
}
const put = (agent: TestAgent, url: string, body: unknown) => agent.request({ method: 'PUT', url, body });

function intakeBody(overrides: Record<string, unknown> = {}) {
  return {
    consents: { record: true, follow_up: true, advocacy_anonymized: true, network_share: false },
    urgent: false,
    occurredOn: '2026-05-01',
    occurredPrecision: 'month',
    locationType: 'street',
    acts: [{ actType: 'police_extortion', method: 'extortion', consequences: ['economic'] }],
    victims: [{ anonymousCount: 2 }],
    perpetrators: [{ perpetratorType: 'police', count: 2 }],
    sourceType: 'victim',
    sourceReliability: 'high',
    narrative: 'Relato de prueba',
    needs: ['legal'],
    ...overrides,
  };
}

async function intake(agent: TestAgent, overrides: Record<string, unknown> = {}) {
  const response = await agent.post(base(), intakeBody(overrides));
  expect(response.statusCode, response.body).toBe(201);
  return response.json<{ id: string; reference: string }>();
}

describe('intake', () => {
  it('records the whole wizard, gives a yearly reference and assigns the paralegal who wrote it', async () => {
    const member = await buildMember(t, { orgId });
    const code = formatDisplayCode(member.displayCode);
    const area = await areaOf(orgId, 'Municipio Centro');
    const created = await intake(agents.paralegal, {
      urgent: true,
      areaId: area.id,
      victims: [{ memberCode: code.toLowerCase() }, { anonymousCount: 3 }],
      perpetrators: [{ perpetratorType: 'police', count: 1, name: 'Agente Marcador-Uno' }],
      narrative: 'Relato-Marcador-Intake',
      needs: ['legal', 'medical'],
    });
    expect(created.reference).toMatch(new RegExp(`^C-${t.clock.now().getUTCFullYear()}-\\d{4}$`));
    const next = await intake(agents.paralegal);
    expect(Number(next.reference.slice(-4))).toBe(Number(created.reference.slice(-4)) + 1);

    const view = (await agents.paralegal.get(`${base()}/${created.id}`)).json();
    expect(view).toMatchObject({
      status: 'open',
      urgent: true,
      areaId: area.id,
      areaName: area.name,
      occurredPrecision: 'month',
      access: 'assigned',
      narrative: 'Relato-Marcador-Intake',
      needs: ['legal', 'medical'],
      consents: {
        record: { granted: true },
        follow_up: { granted: true },
        advocacy_anonymized: { granted: true },
        network_share: { granted: false },
      },
      acts: [{ actType: 'police_extortion', method: 'extortion', consequences: ['economic'] }],
      perpetrators: [
        { perpetratorType: 'police', state: true, count: 1, hasName: true, name: 'Agente Marcador-Uno' },
      ],
      nextStatuses: ['in_progress', 'closed'],
    });
    expect(view.victims).toEqual([
      { id: expect.any(String), kind: 'member', count: 1, memberId: member.id, memberCode: code },
      { id: expect.any(String), kind: 'anonymous', count: 3, memberId: null, memberCode: null },
    ]);
    expect(view.assignees.map((a: { userId: string }) => a.userId)).toEqual([users.paralegal.userId]);

    // Encrypted at rest: neither the narrative nor the name is in the row.
    const [raw] = await t.db
      .execute<{ row: string }>(sql`select (c.*)::text as row from hr_cases c where c.id = ${created.id}`)
      .then((r) => r.rows);
    expect(raw!.row).not.toContain('Relato-Marcador-Intake');
    const [perp] = await t.db
      .select()
      .from(hrCasePerpetrators)
      .where(and(eq(hrCasePerpetrators.orgId, orgId), eq(hrCasePerpetrators.caseId, created.id)));
    expect(perp!.nameEnc!.toString('latin1')).not.toContain('Marcador-Uno');

    const timeline = (await agents.paralegal.get(`${base()}/${created.id}/timeline`)).json().events;
    expect(timeline.map((e: { kind: string }) => e.kind).sort()).toEqual(['assigned', 'created']);
    expect(JSON.stringify(timeline)).not.toContain('Marcador');
  });

  it('a coordinator’s intake is assigned to nobody; a retry with the same id answers the same case', async () => {
    const id = '01900000-0000-7000-8000-0000000000a1';
    const first = await intake(agents.coordinator, { id });
    const again = await agents.coordinator.post(base(), intakeBody({ id }));
    expect(again.statusCode).toBe(201);
    expect(again.json()).toEqual(first);
    const view = (await agents.coordinator.get(`${base()}/${id}`)).json();
    expect(view.assignees).toEqual([]);
    expect(view.access).toBe('coordinator');
  });

  it.each([
    [
      { consents: { record: false, follow_up: true, advocacy_anonymized: true, network_share: true } },
      'consents.record',
    ],
    [{ acts: [] }, 'acts'],
    [{ acts: [{ actType: 'no_such_type' }] }, 'acts.0.actType'],
    [{ victims: [] }, 'victims'],
    [{ victims: [{ memberCode: 'ZZZ-ZZZ' }] }, 'victims.0.memberCode'],
    [{ victims: [{ anonymousCount: 0 }] }, 'victims.0'],
    [{ perpetrators: [{ perpetratorType: 'alien' }] }, 'perpetrators.0.perpetratorType'],
    [{ needs: ['legal', 'legal'] }, 'needs'],
    [{ occurredOn: '2026-13-01' }, 'occurredOn'],
    [{ areaId: '01900000-0000-7000-8000-0000000000ff' }, 'areaId'],
    [{ extra: 1 }, 'extra'],
  ])('answers 400 naming the field for %j', async (overrides, field) => {
    const response = await agents.paralegal.post(base(), intakeBody(overrides));
    expect(response.statusCode, response.body).toBe(400);
    expect(response.json().error.code).toBe('validation');
    expect(response.json().error.field).toContain(field);
  });

  it('only coordinators and paralegals document cases; an area of another organization is refused', async () => {
    for (const role of ['admin', 'promotora', 'analyst', 'viewer', 'network_analyst'] as Role[])
      expectError(await agents[role].post(base(), intakeBody()), 403, { code: 'forbidden' });
    expectError(await outsider.post(base(), intakeBody()), 403, { code: 'forbidden' });
    const foreignArea = await areaOf(otherOrgId, 'Municipio Ajeno');
    expectError(await agents.paralegal.post(base(), intakeBody({ areaId: foreignArea.id })), 400, {
      code: 'validation',
      field: 'areaId',
    });
  });
});

describe('the queue', () => {
  it('lists urgent active cases first, filters, and carries no sensitive field', async () => {
    const calm = await buildCase(t, {
      orgId,
      narrative: 'Relato-Lista',
      assignedUserIds: [users.paralegal.userId],
    });
    const urgent = await buildCase(t, { orgId, urgent: true, actType: 'threats' });
    const closedUrgent = await buildCase(t, { orgId, urgent: true, status: 'closed' });
    const list = await agents.admin.get(`${base()}?limit=200`);
    expect(list.statusCode).toBe(200);
    const ids = list.json().cases.map((c: { id: string }) => c.id);
    expect(ids.indexOf(urgent.id)).toBeLessThan(ids.indexOf(calm.id));
    expect(ids.indexOf(calm.id)).toBeLessThan(ids.indexOf(closedUrgent.id));
    expect(list.body).not.toContain('Relato-Lista');
    const firstNonUrgent = list.json().cases.findIndex((c: { urgent: boolean }) => !c.urgent);
    expect(
      list
        .json()
        .cases.slice(firstNonUrgent)
        .some((c: { urgent: boolean; status: string }) => c.urgent && c.status === 'open'),
    ).toBe(false);

    const mine = (await agents.paralegal.get(`${base()}?mine=true`)).json().cases;
    expect(mine.every((c: { assignedToMe: boolean }) => c.assignedToMe)).toBe(true);
    expect(mine.map((c: { id: string }) => c.id)).toContain(calm.id);
    const threats = (
      await agents.coordinator.get(`${base()}?actType=threats&status=active&urgent=true`)
    ).json().cases;
    expect(threats.map((c: { id: string }) => c.id)).toEqual([urgent.id]);
    expect(threats[0]).toMatchObject({ actTypes: ['threats'], assigneeCount: 0, assignedToMe: false });
    expectError(await agents.coordinator.get(`${base()}?status=nope`), 400, {
      code: 'validation',
      field: 'status',
    });
  });

  it('is closed to promotoras, analysts, viewers, network analysts and other organizations', async () => {
    for (const role of ['promotora', 'analyst', 'viewer', 'network_analyst'] as Role[])
      expectError(await agents[role].get(base()), 403, { code: 'forbidden' });
    expectError(await outsider.get(base()), 403, { code: 'forbidden' });
    expectError(await new TestAgent(t, '10.12.0.1').get(base()), 401, { code: 'unauthenticated' });
  });
});

describe('reading a case', () => {
  it('gives the narrative, names and victims’ codes only to assigned paralegals and coordinators', async () => {
    const member = await buildMember(t, { orgId });
    const built = await buildCase(t, {
      orgId,
      narrative: 'Relato-Lectura',
      perpetratorName: 'Nombre-Lectura',
      victimMemberId: member.id,
      assignedUserIds: [users.paralegal.userId],
    });
    const url = `${base()}/${built.id}`;
    for (const agent of [agents.paralegal, agents.coordinator]) {
      const view = (await agent.get(url)).json();
      expect(view.narrative).toBe('Relato-Lectura');
      expect(view.perpetrators[0].name).toBe('Nombre-Lectura');
      expect(view.victims[0].memberCode).toBe(formatDisplayCode(member.displayCode));
    }
    for (const agent of [agents.admin, paralegal2.agent]) {
      const response = await agent.get(url);
      expect(response.statusCode).toBe(200);
      const view = response.json();
      expect(view).toMatchObject({ access: 'none', narrative: null, hasNarrative: true, breakGlass: [] });
      expect(view.perpetrators[0]).toMatchObject({ perpetratorType: 'police', hasName: true, name: null });
      expect(view.victims[0]).toMatchObject({ kind: 'member', memberId: null, memberCode: null });
      expect(response.body).not.toContain('Relato-Lectura');
      expect(response.body).not.toContain('Nombre-Lectura');
      expect(response.body).not.toContain(member.id);
    }
    for (const role of ['promotora', 'analyst', 'viewer', 'network_analyst'] as Role[])
      expectError(await agents[role].get(url), 403, { code: 'forbidden' });
    expectError(await outsider.get(url), 403, { code: 'forbidden' });
    const foreign = await buildCase(t, { orgId: otherOrgId, narrative: 'Relato-Ajeno' });
    const swapped = await agents.coordinator.get(`${base()}/${foreign.id}`);
    expectError(swapped, 404, { code: 'not_found' });
    expect(swapped.body).not.toContain('Relato-Ajeno');
  });

  it('every read shows in the case’s viewer list; the list is for the people who work the case', async () => {
    const built = await buildCase(t, { orgId, assignedUserIds: [users.paralegal.userId] });
    const url = `${base()}/${built.id}`;
    await agents.admin.get(url);
    await paralegal2.agent.get(url);
    await agents.coordinator.get(url);
    const viewers = await agents.paralegal.get(`${url}/viewers`);
    expect(viewers.statusCode).toBe(200);
    expect(
      viewers
        .json()
        .viewers.map((v: { role: string }) => v.role)
        .sort(),
    ).toEqual(['admin', 'coordinator', 'paralegal']);
    expect(viewers.json().viewers.map((v: { actor: string }) => v.actor)).toContain(
      `Persona ${paralegal2.user.username}`,
    );
    expectError(await paralegal2.agent.get(`${url}/viewers`), 403, { code: 'case_restricted' });
    expectError(await agents.admin.get(`${url}/viewers`), 403, { code: 'forbidden' });
    expectError(await agents.promotora.get(`${url}/viewers`), 403, { code: 'forbidden' });
  });
});

describe('changes to a case', () => {
  it('only its assigned paralegals and coordinators change it (case_restricted otherwise)', async () => {
    const built = await buildCase(t, { orgId, assignedUserIds: [users.paralegal.userId] });
    const url = `${base()}/${built.id}`;
    expectError(await paralegal2.agent.patch(url, { urgent: true }), 403, { code: 'case_restricted' });
    expectError(await paralegal2.agent.post(`${url}/acts`, { actType: 'threats' }), 403, {
      code: 'case_restricted',
    });
    expectError(await agents.admin.patch(url, { urgent: true }), 403, { code: 'forbidden' });
    const ok = await agents.paralegal.patch(url, {
      urgent: true,
      narrative: 'Relato-Nuevo',
      needs: ['shelter'],
    });
    expect(ok.statusCode, ok.body).toBe(200);
    const view = (await agents.paralegal.get(url)).json();
    expect(view).toMatchObject({ urgent: true, narrative: 'Relato-Nuevo', needs: ['shelter'] });
    const kinds = (await agents.paralegal.get(`${url}/timeline`))
      .json()
      .events.map((e: { kind: string }) => e.kind);
    expect(kinds).toEqual(expect.arrayContaining(['updated', 'urgency_changed']));
  });

  it('consent: an answer per purpose, a withdrawal is a new entry and the history is kept', async () => {
    const built = await buildCase(t, { orgId, assignedUserIds: [users.paralegal.userId] });
    const url = `${base()}/${built.id}`;
    const withdrawn = await agents.paralegal.post(`${url}/consents`, {
      purpose: 'advocacy_anonymized',
      granted: false,
    });
    expect(withdrawn.statusCode, withdrawn.body).toBe(201);
    const view = (await agents.paralegal.get(url)).json();
    expect(view.consents.advocacy_anonymized).toMatchObject({ granted: false });
    expect(view.consents.record).toMatchObject({ granted: true });
    const history = view.consentHistory.filter(
      (c: { purpose: string }) => c.purpose === 'advocacy_anonymized',
    );
    expect(history.map((c: { granted: boolean }) => c.granted)).toEqual([true, false]);
    const refused = await t.db
      .update(hrCaseConsents)
      .set({ granted: true })
      .where(eq(hrCaseConsents.caseId, built.id))
      .then(
        () => null,
        (error: unknown) => error as { cause?: Error },
      );
    expect(String(refused?.cause?.message)).toMatch(/append-only/);
    expectError(await agents.paralegal.post(`${url}/consents`, { purpose: 'gossip', granted: true }), 400, {
      code: 'validation',
      field: 'purpose',
    });
  });

  it('acts: added and removed, never the last one; unknown or inactive types are refused', async () => {
    const built = await buildCase(t, { orgId, assignedUserIds: [users.paralegal.userId] });
    const url = `${base()}/${built.id}`;
    expectError(await agents.paralegal.delete(`${url}/acts/${built.actId}`), 409, {
      code: 'conflict',
      field: 'acts',
    });
    const added = await agents.paralegal.post(`${url}/acts`, {
      actType: 'sexual_violence',
      method: 'physical_force',
      consequences: ['physical', 'psychological'],
    });
    expect(added.statusCode, added.body).toBe(201);
    expect((await agents.paralegal.delete(`${url}/acts/${built.actId}`)).statusCode).toBe(200);
    const view = (await agents.paralegal.get(url)).json();
    expect(view.acts).toEqual([
      {
        id: added.json().id,
        actType: 'sexual_violence',
        method: 'physical_force',
        consequences: ['physical', 'psychological'],
      },
    ]);
    expectError(await agents.paralegal.post(`${url}/acts`, { actType: 'nope_type' }), 400, {
      code: 'validation',
      field: 'actType',
    });
    expectError(await agents.paralegal.delete(`${url}/acts/${built.actId}`), 404, { code: 'not_found' });
    expectError(await agents.paralegal.delete(`${url}/acts/${added.json().id}`), 409, { code: 'conflict' });
  });

  it('victims: a member by display code (once) or an anonymous group with a count', async () => {
    const built = await buildCase(t, { orgId, assignedUserIds: [users.paralegal.userId] });
    const url = `${base()}/${built.id}`;
    const member = await buildMember(t, { orgId });
    const code = formatDisplayCode(member.displayCode);
    const byCode = await agents.paralegal.post(`${url}/victims`, { memberCode: code });
    expect(byCode.statusCode, byCode.body).toBe(201);
    expectError(await agents.paralegal.post(`${url}/victims`, { memberCode: code }), 409, {
      code: 'conflict',
    });
    const foreignMember = await buildMember(t, { orgId: otherOrgId });
    expectError(
      await agents.paralegal.post(`${url}/victims`, {
        memberCode: formatDisplayCode(foreignMember.displayCode),
      }),
      400,
      { code: 'validation', field: 'memberCode' },
    );
    expect((await agents.paralegal.post(`${url}/victims`, { anonymousCount: 5 })).statusCode).toBe(201);
    const view = (await agents.paralegal.get(url)).json();
    expect(view.victims.map((v: { kind: string; count: number }) => [v.kind, v.count])).toEqual([
      ['anonymous', 2],
      ['member', 1],
      ['anonymous', 5],
    ]);
    expect((await agents.paralegal.delete(`${url}/victims/${byCode.json().id}`)).statusCode).toBe(200);
  });

  it('perpetrators: by type, a name only if given, encrypted', async () => {
    const built = await buildCase(t, { orgId, assignedUserIds: [users.paralegal.userId] });
    const url = `${base()}/${built.id}`;
    const named = await agents.paralegal.post(`${url}/perpetrators`, {
      perpetratorType: 'venue_owner',
      name: 'Dueño-Marcador',
    });
    expect(named.statusCode, named.body).toBe(201);
    const view = (await agents.paralegal.get(url)).json();
    expect(view.perpetrators[1]).toMatchObject({
      perpetratorType: 'venue_owner',
      state: false,
      count: 1,
      name: 'Dueño-Marcador',
    });
    const dump = await t.db.execute(sql`select (p.*)::text as row from hr_case_perpetrators p`);
    expect(JSON.stringify(dump.rows)).not.toContain('Dueño-Marcador');
    expect((await agents.paralegal.delete(`${url}/perpetrators/${named.json().id}`)).statusCode).toBe(200);
    expectError(await agents.paralegal.delete(`${url}/perpetrators/${named.json().id}`), 404, {
      code: 'not_found',
    });
  });
});

describe('status', () => {
  it('open → in progress → closed with an outcome → archived; archived cases no longer change', async () => {
    const built = await buildCase(t, { orgId, assignedUserIds: [users.paralegal.userId] });
    const url = `${base()}/${built.id}`;
    const status = (body: unknown) => agents.paralegal.post(`${url}/status`, body);
    expectError(await status({ status: 'archived' }), 409, { code: 'conflict', field: 'status' });
    expect((await status({ status: 'in_progress' })).json()).toEqual({
      status: 'in_progress',
      outcome: null,
    });
    expectError(await status({ status: 'closed' }), 400, { code: 'validation', field: 'outcome' });
    expectError(await status({ status: 'in_progress', outcome: 'resolved' }), 409, { code: 'conflict' });
    expect((await status({ status: 'closed', outcome: 'partly_resolved' })).json()).toEqual({
      status: 'closed',
      outcome: 'partly_resolved',
    });
    let view = (await agents.paralegal.get(url)).json();
    expect(view).toMatchObject({
      status: 'closed',
      outcome: 'partly_resolved',
      closedAt: expect.any(String),
    });
    expect(view.nextStatuses).toEqual(['in_progress', 'archived']);
    // Reopened: the outcome goes; closed again, then archived.
    expect((await status({ status: 'in_progress' })).json()).toEqual({
      status: 'in_progress',
      outcome: null,
    });
    await status({ status: 'closed', outcome: 'resolved' });
    expect((await status({ status: 'archived' })).json()).toEqual({
      status: 'archived',
      outcome: 'resolved',
    });
    view = (await agents.paralegal.get(url)).json();
    expect(view.nextStatuses).toEqual([]);
    expectError(await agents.paralegal.patch(url, { urgent: true }), 409, {
      code: 'conflict',
      field: 'status',
    });
    expectError(await status({ status: 'in_progress' }), 409, { code: 'conflict' });
    const kinds = (await agents.paralegal.get(`${url}/timeline`)).json().events;
    expect(kinds.filter((e: { kind: string }) => e.kind === 'status_changed')).toHaveLength(5);
    const [row] = await t.db.select().from(hrCases).where(eq(hrCases.id, built.id));
    expect(row!.status).toBe('archived');
  });

  it('the same move sent twice at once happens once: one answer 200, the other 409, one event', async () => {
    const built = await buildCase(t, { orgId, assignedUserIds: [users.paralegal.userId] });
    const url = `${base()}/${built.id}`;
    const answers = await Promise.all(
      [1, 2].map(() => agents.paralegal.post(`${url}/status`, { status: 'in_progress' })),
    );
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 409]);
    const events = (await agents.paralegal.get(`${url}/timeline`)).json().events;
    expect(events.filter((e: { kind: string }) => e.kind === 'status_changed')).toHaveLength(1);
  });
});

describe('assignments', () => {
  it('a coordinator assigns paralegals (only paralegals); assignment opens and closes access', async () => {
    const built = await buildCase(t, { orgId, narrative: 'Relato-Asignado' });
    const url = `${base()}/${built.id}`;
    expect((await paralegal2.agent.get(url)).json().narrative).toBeNull();
    expectError(await agents.paralegal.post(`${url}/assignments`, { userId: paralegal2.user.userId }), 403, {
      code: 'forbidden',
    });
    expectError(
      await agents.coordinator.post(`${url}/assignments`, { userId: users.promotora.userId }),
      400,
      {
        code: 'validation',
        field: 'userId',
      },
    );
    const assigned = await agents.coordinator.post(`${url}/assignments`, { userId: paralegal2.user.userId });
    expect(assigned.statusCode, assigned.body).toBe(200);
    const view = (await paralegal2.agent.get(url)).json();
    expect(view).toMatchObject({ access: 'assigned', narrative: 'Relato-Asignado' });
    expect((await agents.coordinator.delete(`${url}/assignments/${paralegal2.user.userId}`)).statusCode).toBe(
      200,
    );
    expect((await paralegal2.agent.get(url)).json()).toMatchObject({ access: 'none', narrative: null });
    expectError(await agents.coordinator.delete(`${url}/assignments/${paralegal2.user.userId}`), 404, {
      code: 'not_found',
    });
    const kinds = (await agents.coordinator.get(`${url}/timeline`))
      .json()
      .events.map((e: { kind: string }) => e.kind);
    expect(kinds).toEqual(expect.arrayContaining(['assigned', 'unassigned']));
  });
});

describe('break the glass', () => {
  it('needs a reason, opens the sensitive fields for three hours by the clock, and is shown to the assigned paralegal', async () => {
    const built = await buildCase(t, {
      orgId,
      narrative: 'Relato-Emergencia',
      perpetratorName: 'Nombre-Emergencia',
      assignedUserIds: [users.paralegal.userId],
    });
    const url = `${base()}/${built.id}`;
    expectError(await paralegal2.agent.post(`${url}/break-glass`, { reason: 'corto' }), 400, {
      code: 'validation',
      field: 'reason',
    });
    expectError(await paralegal2.agent.post(`${url}/break-glass`, {}), 400, {
      code: 'validation',
      field: 'reason',
    });
    for (const role of ['admin', 'promotora', 'analyst', 'viewer', 'network_analyst'] as Role[])
      expectError(await agents[role].post(`${url}/break-glass`, { reason: 'Una razón suficiente' }), 403, {
        code: 'forbidden',
      });
    const start = t.clock.now();
    const opened = await paralegal2.agent.post(`${url}/break-glass`, {
      reason: 'Motivo-Emergencia: detenida esta noche',
    });
    expect(opened.statusCode, opened.body).toBe(201);
    expect(new Date(opened.json().expiresAt).getTime() - start.getTime()).toBeGreaterThanOrEqual(
      3 * 3600_000,
    );
    expect(opened.body).not.toContain('Motivo-Emergencia');

    const during = (await paralegal2.agent.get(url)).json();
    expect(during).toMatchObject({
      access: 'break_glass',
      narrative: 'Relato-Emergencia',
      breakGlassExpiresAt: opened.json().expiresAt,
    });
    expect(during.breakGlass[0]).toMatchObject({
      userId: paralegal2.user.userId,
      active: true,
      reason: null,
    });
    expect((await paralegal2.agent.patch(url, { needs: ['safety'] })).statusCode).toBe(200);

    // The assigned paralegal sees who broke the glass, when, and why.
    const seen = (await agents.paralegal.get(url)).json();
    expect(seen.breakGlass).toEqual([
      expect.objectContaining({
        userId: paralegal2.user.userId,
        displayName: `Persona ${paralegal2.user.username}`,
        active: true,
        reason: 'Motivo-Emergencia: detenida esta noche',
      }),
    ]);
    const timeline = (await agents.paralegal.get(`${url}/timeline`)).json();
    expect(timeline.events.map((e: { kind: string }) => e.kind)).toContain('break_glass');
    expect(JSON.stringify(timeline)).not.toContain('Motivo-Emergencia');
    const reasonRow = await t.db.execute(sql`select (b.*)::text as row from hr_break_glass b`);
    expect(JSON.stringify(reasonRow.rows)).not.toContain('Motivo-Emergencia');

    // Sessions time out long before three hours: sign in again (each sign-in moves the clock 30 s).
    t.clock.set(new Date(start.getTime() + 3 * 3600_000 - 120_000));
    paralegal2.agent = await signIn(t, paralegal2.user);
    expect((await paralegal2.agent.get(url)).json().narrative).toBe('Relato-Emergencia');
    t.clock.set(new Date(start.getTime() + 3 * 3600_000 + 1000));
    paralegal2.agent = await signIn(t, paralegal2.user);
    const after = await paralegal2.agent.get(url);
    expect(after.json()).toMatchObject({ access: 'none', narrative: null, breakGlassExpiresAt: null });
    expect(after.body).not.toContain('Relato-Emergencia');
    expect(after.body).not.toContain('Nombre-Emergencia');
    expectError(await paralegal2.agent.patch(url, { needs: ['safety'] }), 403, { code: 'case_restricted' });
    const assigned = await signIn(t, users.paralegal);
    expect((await assigned.get(url)).json().breakGlass[0]).toMatchObject({ active: false });
  });
});

describe('act types', () => {
  it('are seeded from the starter list; coordinators edit the list and left-out types are deactivated', async () => {
    const org = (await buildOrganization(t)).id;
    const coordinator = await signIn(t, await buildUser(t, { orgId: org, role: 'coordinator' }));
    const paralegal = await signIn(t, await buildUser(t, { orgId: org, role: 'paralegal' }));
    const url = `/api/orgs/${org}/case-act-types`;
    const seeded = (await paralegal.get(url)).json().actTypes;
    expect(seeded.length).toBe(16);
    expect(seeded[0]).toMatchObject({ key: 'arbitrary_detention', active: true, position: 0 });
    expect(seeded.find((a: { key: string }) => a.key === 'homicide').labels.es).toBe('Homicidio');
    expectError(await put(paralegal, url, { actTypes: [] }), 403, { code: 'forbidden' });
    const updated = await put(coordinator, url, {
      actTypes: [
        { key: 'police_extortion', labels: { es: 'Coima', 'pt-BR': 'Propina', en: 'Bribe' }, active: true },
        {
          key: 'raid_abuse',
          labels: { es: 'Abuso en redadas', 'pt-BR': 'Abuso em batidas', en: 'Raid abuse' },
          active: true,
        },
      ],
    });
    expect(updated.statusCode, updated.body).toBe(200);
    const list = updated.json().actTypes;
    expect(list.slice(0, 2).map((a: { key: string; active: boolean }) => [a.key, a.active])).toEqual([
      ['police_extortion', true],
      ['raid_abuse', true],
    ]);
    expect(list.filter((a: { active: boolean }) => a.active)).toHaveLength(2);
    expect(list).toHaveLength(17);
    const response = await paralegal.post(
      `/api/orgs/${org}/cases`,
      intakeBody({ acts: [{ actType: 'threats' }] }),
    );
    expectError(response, 400, { code: 'validation', field: 'acts.0.actType' });
    const ok = await paralegal.post(
      `/api/orgs/${org}/cases`,
      intakeBody({ acts: [{ actType: 'raid_abuse' }] }),
    );
    expect(ok.statusCode, ok.body).toBe(201);
    expectError(
      await put(coordinator, url, {
        actTypes: [{ key: 'Bad Key', labels: { es: 'a', 'pt-BR': 'a', en: 'a' }, active: true }],
      }),
      400,
      {
        code: 'validation',
      },
    );
  });
});

describe('case-linked members', () => {
  it('a paralegal reaches the members who are victims in her cases, and no one else', async () => {
    const org = (await buildOrganization(t)).id;
    const paralegal = await buildUser(t, { orgId: org, role: 'paralegal' });
    const agent = await signIn(t, paralegal);
    const victim = await buildMember(t, { orgId: org });
    const stranger = await buildMember(t, { orgId: org });
    const otherCase = await buildMember(t, { orgId: org });
    await buildCase(t, { orgId: org, victimMemberId: victim.id, assignedUserIds: [paralegal.userId] });
    await buildCase(t, { orgId: org, victimMemberId: otherCase.id });
    const list = (await agent.get(`/api/orgs/${org}/members`)).json().members;
    expect(list.map((m: { id: string }) => m.id)).toEqual([victim.id]);
    expect(JSON.stringify(list)).not.toContain(stranger.id);
    expect((await agent.get(`/api/orgs/${org}/members/${victim.id}`)).statusCode).toBe(200);
    // A victim recorded under a record that was merged since: the kept member is reached.
    const kept = await buildMember(t, { orgId: org });
    const merged = await buildMember(t, { orgId: org });
    await buildCase(t, { orgId: org, victimMemberId: merged.id, assignedUserIds: [paralegal.userId] });
    await t.db.update(members).set({ mergedIntoId: kept.id }).where(eq(members.id, merged.id));
    expect((await agent.get(`/api/orgs/${org}/members/${kept.id}`)).statusCode).toBe(200);
    expectError(await agent.get(`/api/orgs/${org}/members/${stranger.id}`), 404, { code: 'not_found' });
    expectError(await agent.get(`/api/orgs/${org}/members/${otherCase.id}`), 404, { code: 'not_found' });
  });
});
