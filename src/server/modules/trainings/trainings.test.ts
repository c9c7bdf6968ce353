import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../../domain/ids';
import { formatDisplayCode } from '../../../domain/members';
import type { Role } from '../../../domain/roles';
import { signIn, TestAgent } from '../../testing/agent';
import { expectError } from '../../testing/expect-error';
import { buildOrganization, buildUser } from '../../testing/factories';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { buildMember } from '../members/members.factory';
import { buildTrainingSession } from './trainings.factory';

/** Courses and sessions: counts for everyone who reads trainings, never who attended. */
let t: TestApp;
let orgId: string;
let otherOrgId: string;
const agents = {} as Record<Role, TestAgent>;
let outsider: TestAgent;
beforeAll(async () => {
  t = await createTestApp();
  orgId = (await buildOrganization(t)).id;
  otherOrgId = (await buildOrganization(t)).id;
  for (const role of ['admin', 'coordinator', 'promotora', 'paralegal', 'analyst', 'viewer'] as Role[])
    agents[role] = await signIn(t, await buildUser(t, { orgId, role }));
  outsider = await signIn(t, await buildUser(t, { orgId: otherOrgId, role: 'coordinator' }));
});
afterAll(() => t.close());

const base = () => `/api/orgs/${orgId}/trainings`;
const anonymous = () => new TestAgent(t, '10.12.0.1');

describe('courses', () => {
  it('answers 401, 403 to another organization and to a promotora creating, 400 naming the field', async () => {
    expectError(await anonymous().get(`${base()}/courses`), 401, { code: 'unauthenticated' });
    expectError(await outsider.get(`${base()}/courses`), 403, { code: 'forbidden' });
    const body = { kind: 'rights', title: 'Derechos' };
    expectError(await agents.promotora.post(`${base()}/courses`, body), 403, { code: 'forbidden' });
    for (const [bad, field] of [
      [{ kind: 'cooking', title: 'X' }, 'kind'],
      [{ kind: 'rights', title: ' ' }, 'title'],
      [{ kind: 'rights', title: 'X', extra: 1 }, 'extra'],
    ] as const)
      expectError(await agents.coordinator.post(`${base()}/courses`, bad), 400, {
        code: 'validation',
        field,
      });
  });

  it('creates a sensitization course once per client id, listed with its audience for a viewer', async () => {
    const id = newId();
    const body = { id, kind: 'sensitization_police', title: 'Sensibilización a policía' };
    const created = await agents.admin.post(`${base()}/courses`, body);
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ id, audience: 'external', sessionCount: 0 });
    expect((await agents.admin.post(`${base()}/courses`, body)).statusCode).toBe(201);
    expectError(await agents.admin.post(`${base()}/courses`, { ...body, title: 'Otro' }), 409, {
      code: 'conflict',
      field: 'id',
    });
    const list = (await agents.viewer.get(`${base()}/courses`)).json().courses;
    expect(list.filter((c: { id: string }) => c.id === id)).toHaveLength(1);
  });
});

describe('sessions', () => {
  it('answers 400 for a bad date or link, 404 for another organization’s course or session', async () => {
    const { courseId } = await buildTrainingSession(t, { orgId });
    const foreign = await buildTrainingSession(t, { orgId: otherOrgId });
    const url = `${base()}/sessions`;
    expectError(await agents.coordinator.post(url, { courseId, heldOn: '2026-02-30' }), 400, {
      code: 'validation',
      field: 'heldOn',
    });
    expectError(
      await agents.coordinator.post(url, { courseId, heldOn: '2026-02-03', materialLinks: ['javascript:x'] }),
      400,
      { code: 'validation', field: 'materialLinks.0' },
    );
    expectError(
      await agents.coordinator.post(url, { courseId: foreign.courseId, heldOn: '2026-02-03' }),
      404,
      {
        code: 'not_found',
      },
    );
    expectError(await agents.viewer.get(`${url}/${foreign.sessionId}`), 404, { code: 'not_found' });
    expectError(await agents.coordinator.patch(`${url}/${foreign.sessionId}`, { place: 'x' }), 404, {
      code: 'not_found',
    });
    expectError(await agents.analyst.patch(`${url}/${crypto.randomUUID()}`, { place: 'x' }), 403, {
      code: 'forbidden',
    });
  });

  it('schedules a session with a staff facilitator and a role; refuses an account of another organization', async () => {
    const { courseId } = await buildTrainingSession(t, { orgId });
    const facilitator = await buildUser(t, { orgId, role: 'paralegal' });
    const stranger = await buildUser(t, { orgId: otherOrgId, role: 'paralegal' });
    const body = {
      courseId,
      heldOn: '2026-03-08',
      startTime: '17:30',
      place: 'Casa de la colectiva',
      facilitatorUserIds: [facilitator.userId],
      facilitatorRoles: ['abogada aliada'],
      materialLinks: ['https://example.org/guia.pdf'],
    };
    expectError(
      await agents.coordinator.post(`${base()}/sessions`, { ...body, facilitatorUserIds: [stranger.userId] }),
      400,
      { code: 'validation', field: 'facilitatorUserIds' },
    );
    const created = await agents.coordinator.post(`${base()}/sessions`, body);
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      heldOn: '2026-03-08',
      startTime: '17:30',
      facilitators: [{ userId: facilitator.userId }],
      facilitatorRoles: ['abogada aliada'],
      memberCount: 0,
    });
  });

  it('shows counts (members, external actors by type, averages) to an analyst, never who came', async () => {
    const a = await buildMember(t, { orgId });
    const b = await buildMember(t, { orgId });
    const { sessionId } = await buildTrainingSession(t, {
      orgId,
      memberIds: [a.id, b.id],
      external: [{ participantType: 'police', count: 12 }],
    });
    const view = (await agents.analyst.get(`${base()}/sessions/${sessionId}`)).json();
    expect(view).toMatchObject({ memberCount: 2, preScoreAvg: 40, postScoreAvg: 80 });
    expect(view.externalCounts).toEqual([{ participantType: 'police', count: 12 }]);
    const raw = JSON.stringify((await agents.analyst.get(`${base()}/sessions`)).json());
    expect(raw).not.toContain(a.id);
    expect(raw).not.toContain(a.displayCode);
  });

  it('replaces external counts, refuses a type given twice, and keeps session-average scores', async () => {
    const { sessionId } = await buildTrainingSession(t, {
      orgId,
      kind: 'sensitization_health',
      external: [{ participantType: 'police', count: 2 }],
    });
    const url = `${base()}/sessions/${sessionId}`;
    const twice = [
      { participantType: 'media', count: 1 },
      { participantType: 'media', count: 2 },
    ];
    expectError(await agents.coordinator.patch(url, { externalCounts: twice }), 400, {
      code: 'validation',
      field: 'externalCounts',
    });
    expectError(
      await agents.coordinator.patch(url, { externalCounts: [{ participantType: 'police', count: 0 }] }),
      400,
      {
        code: 'validation',
        field: 'externalCounts.0.count',
      },
    );
    const updated = await agents.coordinator.patch(url, {
      externalCounts: [
        { participantType: 'health_provider', count: 3 },
        { participantType: 'social_services', count: 5 },
      ],
      preScoreAvg: 51.25,
      postScoreAvg: 77,
    });
    expect(updated.json()).toMatchObject({ preScoreAvg: 51.3, postScoreAvg: 77, memberCount: 0 });
    expect(updated.json().externalCounts).toEqual([
      { participantType: 'health_provider', count: 3 },
      { participantType: 'social_services', count: 5 },
    ]);
  });
});

describe('the door: POST …/attendance', () => {
  it('answers 401, 403 for a viewer or another organization, 400 without a client id, 404 for an unknown code', async () => {
    const { sessionId } = await buildTrainingSession(t, { orgId });
    const member = await buildMember(t, { orgId });
    const url = `${base()}/sessions/${sessionId}/attendance`;
    const body = { id: newId(), displayCode: member.displayCode };
    expectError(await anonymous().post(url, body), 401, { code: 'unauthenticated' });
    expectError(await agents.viewer.post(url, body), 403, { code: 'forbidden' });
    expectError(await agents.admin.post(url, body), 403, { code: 'forbidden' });
    expectError(await outsider.post(url, body), 403, { code: 'forbidden' });
    expectError(await agents.promotora.post(url, { displayCode: 'K7M-4QX' }), 400, {
      code: 'validation',
      field: 'id',
    });
    expectError(await agents.promotora.post(url, { id: newId(), displayCode: 'QQQ-QQQ' }), 404, {
      code: 'not_found',
      field: 'displayCode',
    });
    const foreignMember = await buildMember(t, { orgId: otherOrgId });
    expectError(
      await agents.promotora.post(url, { id: newId(), displayCode: foreignMember.displayCode }),
      404,
      {
        code: 'not_found',
        field: 'displayCode',
      },
    );
  });

  it('adds her once, whatever the typing, the retry or the second phone', async () => {
    const { sessionId } = await buildTrainingSession(t, { orgId });
    const member = await buildMember(t, { orgId });
    const url = `${base()}/sessions/${sessionId}/attendance`;
    const id = newId();
    const typed = formatDisplayCode(member.displayCode).toLowerCase();
    const first = (await agents.promotora.post(url, { id, displayCode: typed })).json();
    expect(first).toEqual({
      id,
      displayCode: formatDisplayCode(member.displayCode),
      alreadyRecorded: false,
      memberCount: 1,
    });
    const retry = (await agents.promotora.post(url, { id, displayCode: member.displayCode })).json();
    expect(retry).toMatchObject({ id, alreadyRecorded: true, memberCount: 1 });
    const secondPhone = (await agents.coordinator.post(url, { id: newId(), displayCode: typed })).json();
    expect(secondPhone).toMatchObject({ id, alreadyRecorded: true, memberCount: 1 });
    const other = await buildMember(t, { orgId });
    expectError(await agents.promotora.post(url, { id, displayCode: other.displayCode }), 409, {
      code: 'conflict',
      field: 'id',
    });
  });
});

describe('who attended: GET …/attendance and its corrections', () => {
  it('is for coordinators only, audited as a sensitive read', async () => {
    const member = await buildMember(t, { orgId });
    const { sessionId, attendanceIds } = await buildTrainingSession(t, { orgId, memberIds: [member.id] });
    const url = `${base()}/sessions/${sessionId}/attendance`;
    for (const role of ['admin', 'promotora', 'paralegal', 'analyst', 'viewer'] as Role[])
      expectError(await agents[role].get(url), 403, { code: 'forbidden' });
    expectError(await outsider.get(url), 403, { code: 'forbidden' });
    expectError(await agents.coordinator.get(`${base()}/sessions/${crypto.randomUUID()}/attendance`), 404, {
      code: 'not_found',
    });
    const list = (await agents.coordinator.get(url)).json();
    expect(list.attendees).toEqual([
      expect.objectContaining({
        id: attendanceIds[0],
        memberId: member.id,
        displayCode: formatDisplayCode(member.displayCode),
      }),
    ]);
    const viewers = await agents.coordinator.get(
      `/api/orgs/${orgId}/audit/viewers?resourceType=training_session&resourceId=${sessionId}`,
    );
    expect(viewers.statusCode).toBe(200);
    expect(viewers.json().viewers).toEqual([expect.objectContaining({ role: 'coordinator' })]);
  });

  it('scores and removes an attendance (coordinators); 400 for a score above 100, 404 across sessions', async () => {
    const member = await buildMember(t, { orgId });
    const { sessionId, attendanceIds } = await buildTrainingSession(t, { orgId, memberIds: [member.id] });
    const other = await buildTrainingSession(t, { orgId });
    const url = `${base()}/sessions/${sessionId}/attendance/${attendanceIds[0]}`;
    expectError(await agents.coordinator.patch(url, { postScore: 101 }), 400, {
      code: 'validation',
      field: 'postScore',
    });
    expectError(await agents.promotora.patch(url, { postScore: 90 }), 403, { code: 'forbidden' });
    expectError(
      await agents.coordinator.patch(`${base()}/sessions/${other.sessionId}/attendance/${attendanceIds[0]}`, {
        postScore: 90,
      }),
      404,
      { code: 'not_found' },
    );
    // Nothing to change is a 400 naming the field, not a failed write.
    expectError(await agents.coordinator.patch(url, {}), 400, { code: 'validation', field: 'preScore' });
    expect((await agents.coordinator.patch(url, { preScore: 10, postScore: 90 })).json()).toEqual({
      ok: true,
    });
    const view = (await agents.viewer.get(`${base()}/sessions/${sessionId}`)).json();
    expect(view).toMatchObject({ preScoreAvg: 10, postScoreAvg: 90 });
    expectError(await agents.admin.delete(url), 403, { code: 'forbidden' });
    expect((await agents.coordinator.delete(url)).json()).toEqual({ ok: true });
    expectError(await agents.coordinator.delete(url), 404, { code: 'not_found' });
    expect((await agents.viewer.get(`${base()}/sessions/${sessionId}`)).json().memberCount).toBe(0);
  });

  it('issues a PDF certificate with her display code (or the name she chose, never stored)', async () => {
    const member = await buildMember(t, { orgId });
    const { sessionId, attendanceIds } = await buildTrainingSession(t, { orgId, memberIds: [member.id] });
    const url = `${base()}/sessions/${sessionId}/attendance/${attendanceIds[0]}/certificate`;
    expectError(await agents.admin.get(url), 403, { code: 'forbidden' });
    expectError(await agents.coordinator.get(`${url}?chosenName=${'x'.repeat(61)}`), 400, {
      code: 'validation',
      field: 'chosenName',
    });
    const pdf = await agents.coordinator.get(url);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toContain('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const named = await agents.coordinator.get(`${url}?chosenName=Luna`);
    expect(named.statusCode).toBe(200);
  });
});
