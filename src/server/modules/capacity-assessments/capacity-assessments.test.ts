import { writeFileSync } from 'node:fs';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  AssessmentDetail,
  AssessmentResults,
  BallotView,
} from '../../../domain/capacity-assessments.schemas';
import { auditLog } from '../../platform/audit/audit.tables';
import { signIn, TestAgent } from '../../testing/agent';
import { findInDatabase } from '../../testing/db-search';
import { expectError } from '../../testing/expect-error';
import { buildOrganization, buildUser } from '../../testing/factories';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { capacityFrameworks } from '../capacity-framework/capacity-framework.tables';
import { buildAction } from '../capacity-actions/capacity-actions.factory';
import { buildAssessment, buildBallot, PDF_BYTES } from './capacity-assessments.factories';

let t: TestApp;
let orgId: string;
let coordinator: TestAgent;
let promotora: TestAgent;
let analyst: TestAgent;
let otherOrg: TestAgent;

beforeAll(async () => {
  t = await createTestApp();
  orgId = (await buildOrganization(t)).id;
  coordinator = await signIn(t, await buildUser(t, { orgId, role: 'coordinator' }));
  promotora = await signIn(t, await buildUser(t, { orgId, role: 'promotora' }), '10.1.0.2');
  analyst = await signIn(t, await buildUser(t, { orgId, role: 'analyst' }));
  const other = await buildOrganization(t);
  otherOrg = await signIn(t, await buildUser(t, { orgId: other.id, role: 'coordinator' }));
});
afterAll(() => t.close());

const base = () => `/api/orgs/${orgId}/capacity/assessments`;
const ballotUrl = (token: string) => `/api/public/capacity-ballots/${token}`;
const put = (agent: TestAgent, url: string, body: unknown) => agent.request({ method: 'PUT', url, body });

async function createSession(
  participants = [
    { role: 'board', count: 2 },
    { role: 'promotora', count: 3 },
  ],
) {
  const response = await coordinator.post(base(), {
    title: 'Autoevaluación 2026',
    heldOn: '2026-11-20',
    facilitator: 'Coordinadora regional',
    participants,
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<AssessmentDetail>();
}

const move = (id: string, status: string) => coordinator.post(`${base()}/${id}/status`, { status });

describe('sessions', () => {
  it('creates a draft on the current framework with participants by role and count (no names)', async () => {
    const session = await createSession();
    expect(session).toMatchObject({ status: 'draft', participantTotal: 5, frameworkVersion: 1 });
    expect(session.domains.length).toBeGreaterThanOrEqual(6);
    expect(
      session.domains.every((d) => d.items.every((i) => i.consensus === null && i.spread === null)),
    ).toBe(true);
    const list = await analyst.get(base());
    expect(list.json<{ assessments: { id: string }[] }>().assessments.map((a) => a.id)).toContain(session.id);
  });

  it('refuses a repeated role, a name-like field, the wrong role and another organization', async () => {
    const body = {
      title: 'X',
      heldOn: '2026-11-20',
      facilitator: 'F',
      participants: [{ role: 'board', count: 1 }],
    };
    expectError(
      await coordinator.post(base(), {
        ...body,
        participants: [
          { role: 'board', count: 1 },
          { role: 'board', count: 2 },
        ],
      }),
      400,
      { code: 'validation', field: 'participants' },
    );
    expectError(
      await coordinator.post(base(), { ...body, participants: [{ role: 'board', count: 1, name: 'Ana' }] }),
      400,
      { code: 'validation' },
    );
    expectError(await promotora.post(base(), body), 403, { code: 'forbidden' });
    const session = await createSession();
    expectError(await otherOrg.get(`/api/orgs/${orgId}/capacity/assessments/${session.id}`), 403, {
      code: 'forbidden',
    });
    const foreign = await buildAssessment(t, { orgId: (await buildOrganization(t)).id });
    expectError(await coordinator.get(`${base()}/${foreign.id}`), 404, { code: 'not_found' });
  });

  it('edits a session, moves it forward only, freezes the framework and completes only with every item decided', async () => {
    const session = await createSession();
    const edited = await coordinator.patch(`${base()}/${session.id}`, { facilitator: 'Junta' });
    expect(edited.json<AssessmentDetail>().facilitator).toBe('Junta');
    expect((await move(session.id, 'scoring')).json<AssessmentDetail>().status).toBe('scoring');
    const [framework] = await t.db
      .select()
      .from(capacityFrameworks)
      .where(eq(capacityFrameworks.id, session.frameworkId));
    expect(framework?.frozenAt).not.toBeNull();
    expectError(await move(session.id, 'draft'), 409, { code: 'conflict', field: 'status' });
    expect((await move(session.id, 'consensus')).statusCode).toBe(200);
    expectError(await move(session.id, 'completed'), 409, { code: 'conflict', field: 'consensus' });
  });
});

describe('private scoring', () => {
  it('opens anonymous ballots up to the number of participants; the holder scores, saves and hands in', async () => {
    const session = await createSession([{ role: 'staff', count: 2 }]);
    expectError(await promotora.post(`${base()}/${session.id}/ballots`), 409, {
      code: 'conflict',
      field: 'status',
    });
    await move(session.id, 'scoring');
    const opened = await promotora.post(`${base()}/${session.id}/ballots`);
    expect(opened.statusCode, opened.body).toBe(201);
    const { token } = opened.json<{ token: string }>();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const second = await coordinator.post(
      `${base()}/${session.id}/ballots`,
      {},
      { 'idempotency-key': 'tablet-1-abc' },
    );
    expectError(second, 400, { code: 'validation', field: 'Idempotency-Key' });
    expect((await coordinator.post(`${base()}/${session.id}/ballots`)).statusCode).toBe(201);
    expectError(await coordinator.post(`${base()}/${session.id}/ballots`), 409, {
      code: 'conflict',
      field: 'participants',
    });

    // The ballot is read and written by its token only, without a session.
    const anonymous = new TestAgent(t, '10.1.0.9');
    const view = (await anonymous.get(ballotUrl(token))).json<BallotView>();
    expect(view).toMatchObject({ submitted: false, open: true, scores: [] });
    const [first, second2] = view.domains[0]!.items;
    const saved = await put(anonymous, ballotUrl(token), {
      scores: [
        { itemId: first!.id, score: 3 },
        { itemId: second2!.id, score: null },
      ],
    });
    expect(saved.json<BallotView>().scores).toHaveLength(2);
    expectError(await put(anonymous, ballotUrl(token), { scores: [{ itemId: session.id, score: 1 }] }), 400, {
      code: 'validation',
      field: 'scores.0.itemId',
    });
    const handed = await put(anonymous, ballotUrl(token), {
      scores: [{ itemId: first!.id, score: 4 }],
      submit: true,
    });
    expect(handed.json<BallotView>()).toMatchObject({ submitted: true, open: false, scores: [] });
    expect((await anonymous.get(ballotUrl(token))).json<BallotView>().scores).toEqual([]);
    expectError(await put(anonymous, ballotUrl(token), { scores: [], submit: true }), 409, {
      code: 'conflict',
    });
    const detail = (await coordinator.get(`${base()}/${session.id}`)).json<AssessmentDetail>();
    expect(detail.ballots).toEqual({ opened: 2, submitted: 1 });
  });

  it('answers 404 to a wrong token and slows down guessing', async () => {
    const guesser = new TestAgent(t, '10.1.0.66');
    const wrong = 'A'.repeat(43);
    expectError(await guesser.get(ballotUrl(wrong)), 404, { code: 'not_found' });
    for (let i = 0; i < 25; i++) await guesser.get(ballotUrl(wrong));
    expectError(await guesser.get(ballotUrl(wrong)), 429, { code: 'too_many_attempts' });
  });

  it('shows the spread (counts per level) only once scoring is closed with at least 3 ballots', async () => {
    const a = await buildAssessment(t, { orgId, status: 'scoring' });
    const item = a.itemIds[0]!;
    for (const score of [1, 4])
      await buildBallot(t, { orgId, assessmentId: a.id, submitted: true, scores: [{ itemId: item, score }] });
    await buildBallot(t, {
      orgId,
      assessmentId: a.id,
      submitted: false,
      scores: [{ itemId: item, score: 2 }],
    });
    await move(a.id, 'consensus');
    let detail = (await coordinator.get(`${base()}/${a.id}`)).json<AssessmentDetail>();
    expect(detail.spreadVisible).toBe(false);
    expect(detail.domains[0]!.items[0]!.spread).toBeNull();
    await buildBallot(t, {
      orgId,
      assessmentId: a.id,
      submitted: true,
      scores: [{ itemId: item, score: null }],
    });
    detail = (await coordinator.get(`${base()}/${a.id}`)).json<AssessmentDetail>();
    expect(detail.spreadVisible).toBe(true);
    expect(detail.domains[0]!.items[0]!.spread).toEqual({ '1': 1, '2': 0, '3': 0, '4': 1, na: 1 });
  });
});

describe('individual scores cannot be linked to a participant by any route', () => {
  it('two users score; no answer, audit row or column ties a ballot or a score to a person', async () => {
    const ana = await buildUser(t, { orgId, role: 'promotora' });
    const bea = await buildUser(t, { orgId, role: 'analyst' });
    const agents = [await signIn(t, ana, '10.2.0.1'), await signIn(t, bea, '10.2.0.2')];
    const session = await createSession([
      { role: 'promotora', count: 1 },
      { role: 'staff', count: 2 },
    ]);
    await move(session.id, 'scoring');
    const answers: string[] = [];
    const tokens: string[] = [];
    for (const [index, agent] of agents.entries()) {
      const opened = await agent.post(`${base()}/${session.id}/ballots`);
      answers.push(opened.body);
      const { token } = opened.json<{ token: string }>();
      tokens.push(token);
      const view = (await agent.get(ballotUrl(token))).json<BallotView>();
      const scores = view.domains
        .flatMap((d) => d.items)
        .map((item) => ({ itemId: item.id, score: index === 0 ? 1 : 4 }));
      const saved = await put(agent, ballotUrl(token), { scores, submit: true });
      answers.push(saved.body);
    }
    await buildBallot(t, { orgId, assessmentId: session.id, submitted: true, scores: [] });
    await move(session.id, 'consensus');
    for (const agent of [coordinator, ...agents]) {
      answers.push((await agent.get(base())).body);
      answers.push((await agent.get(`${base()}/${session.id}`)).body);
      answers.push((await agent.get(`${base()}/${session.id}/results`)).body);
      answers.push((await agent.get(`/api/orgs/${orgId}/audit?limit=200`)).body);
    }

    const ballotRows = await t.deps.pool.query<{ id: string }>(
      'select id from capacity_ballots where assessment_id = $1',
      [session.id],
    );
    expect(ballotRows.rows).toHaveLength(3);
    const ballotIds = ballotRows.rows.map((row) => row.id);
    // No answer names a ballot: a ballot id can never sit next to a user id.
    for (const body of answers) for (const id of ballotIds) expect(body).not.toContain(id);
    // Individual scores are answered only as counts per level (the spread), never per ballot.
    const detail = (await coordinator.get(`${base()}/${session.id}`)).json<AssessmentDetail>();
    expect(detail.domains[0]!.items[0]!.spread).toEqual({ '1': 1, '2': 0, '3': 0, '4': 1, na: 0 });
    expect(JSON.stringify(detail)).not.toMatch(/ballotId|userId|"score":\s*\d,\s*"user/);
    // The audit log holds neither ballot ids nor tokens; a ballot's scores are audited without a user.
    const audit = await t.db.select().from(auditLog);
    const auditText = JSON.stringify(audit);
    for (const id of ballotIds) expect(auditText).not.toContain(id);
    for (const token of tokens) expect(await findInDatabase(t.deps.pool, token)).toEqual([]);
    const ballotAudits = audit.filter((row) => row.action.startsWith('capacity_ballot.submitted'));
    expect(ballotAudits.length).toBeGreaterThanOrEqual(2);
    expect(ballotAudits.every((row) => row.actorUserId === null)).toBe(true);
    // …and without the address tag that the same phone's signed-in requests carry.
    expect(ballotAudits.every((row) => row.ipTag === null)).toBe(true);
    // Ballots and individual scores hold no user column and no reference to users.
    const columns = await t.deps.pool.query<{ table_name: string; column_name: string }>(
      `select table_name, column_name from information_schema.columns
        where table_name in ('capacity_ballots', 'capacity_individual_scores') order by 1, 2`,
    );
    expect(columns.rows.map((row) => `${row.table_name}.${row.column_name}`)).toEqual([
      'capacity_ballots.assessment_id',
      'capacity_ballots.created_at',
      'capacity_ballots.id',
      'capacity_ballots.org_id',
      'capacity_ballots.submitted_at',
      'capacity_ballots.token_hash',
      'capacity_individual_scores.ballot_id',
      'capacity_individual_scores.item_id',
      'capacity_individual_scores.org_id',
      'capacity_individual_scores.score',
    ]);
    const fks = await t.deps.pool.query<{ target: string }>(
      `select confrelid::regclass::text as target from pg_constraint
        where contype = 'f' and conrelid in ('capacity_ballots'::regclass, 'capacity_individual_scores'::regclass)`,
    );
    expect(fks.rows.map((row) => row.target)).not.toContain('users');
    // Ballot times are whole days and ids are random (not time-ordered UUIDv7).
    const times = await t.deps.pool.query<{ created_at: Date; submitted_at: Date | null; id: string }>(
      'select id, created_at, submitted_at from capacity_ballots where assessment_id = $1',
      [session.id],
    );
    for (const row of times.rows) {
      expect(
        row.created_at.getUTCHours() + row.created_at.getUTCMinutes() + row.created_at.getUTCMilliseconds(),
      ).toBe(0);
      expect(row.id[14]).toBe('4');
    }
  });
});

describe('consensus with evidence', () => {
  it('records a score with an encrypted justification and an evidence file, downloads it (audited)', async () => {
    const a = await buildAssessment(t, { orgId, status: 'consensus' });
    const item = a.itemIds[2]!;
    const url = `${base()}/${a.id}/consensus/${item}`;
    expectError(await promotora.request({ method: 'PUT', url, body: { score: 2 } }), 403, {
      code: 'forbidden',
    });
    expectError(await put(coordinator, url, { score: 5 }), 400, { code: 'validation', field: 'score' });
    expectError(
      await coordinator.post(`${url}/evidence`, {
        fileName: 'a.pdf',
        contentType: 'application/pdf',
        contentBase64: PDF_BYTES.toString('base64'),
      }),
      409,
      { code: 'conflict', field: 'score' },
    );
    const marker = 'JUSTIFICACION-ACTAS-AL-DIA-7731';
    expect((await put(coordinator, url, { score: 3, justification: marker })).statusCode).toBe(200);
    expect(await findInDatabase(t.deps.pool, marker)).toEqual([]);
    const uploaded = await coordinator.post(`${url}/evidence`, {
      fileName: 'acta-asamblea-marzo.pdf',
      contentType: 'application/pdf',
      contentBase64: PDF_BYTES.toString('base64'),
    });
    expect(uploaded.statusCode, uploaded.body).toBe(201);
    const fileId = uploaded.json<{ id: string }>().id;
    expect(await findInDatabase(t.deps.pool, 'acta-asamblea-marzo')).toEqual([]);
    const detail = (await analyst.get(`${base()}/${a.id}`)).json<AssessmentDetail>();
    const decided = detail.domains.flatMap((d) => d.items).find((i) => i.id === item)!.consensus!;
    expect(decided).toMatchObject({ score: 3, justification: marker });
    expect(decided.evidence).toMatchObject([
      { id: fileId, fileName: 'acta-asamblea-marzo.pdf', contentType: 'application/pdf' },
    ]);
    const download = await analyst.get(`${base()}/${a.id}/evidence/${fileId}`);
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(PDF_BYTES)).toBe(true);
    const reads = await t.db.select().from(auditLog).where(eq(auditLog.resourceId, a.id));
    expect(reads.filter((row) => row.sensitiveRead).map((row) => row.action)).toEqual(
      expect.arrayContaining(['capacity_assessment.read', 'capacity_evidence.downloaded']),
    );
    expect(JSON.stringify(reads)).not.toContain(marker);
    expectError(await analyst.get(`${base()}/${a.id}/evidence/${a.itemIds[0]}`), 404, { code: 'not_found' });
    // N/A is a consensus too; completing needs every item decided.
    for (const itemId of a.itemIds)
      await put(coordinator, `${base()}/${a.id}/consensus/${itemId}`, { score: null });
    expect((await move(a.id, 'completed')).json<AssessmentDetail>().status).toBe('completed');
    expectError(await put(coordinator, url, { score: 1 }), 409, { code: 'conflict', field: 'status' });
  });
});

describe('results, comparison and the PDF report', () => {
  it('computes domain scores (mean without N/A), strengths, weaknesses and compares with the previous one by key', async () => {
    const own = await buildOrganization(t);
    const boss = await signIn(t, await buildUser(t, { orgId: own.id, role: 'coordinator' }));
    const before = await buildAssessment(t, {
      orgId: own.id,
      status: 'completed',
      heldOn: '2025-11-01',
      scores: [1, 2],
    });
    const now = await buildAssessment(t, {
      orgId: own.id,
      status: 'completed',
      heldOn: '2026-11-01',
      scores: [3, 4, null],
    });
    const results = (
      await boss.get(`/api/orgs/${own.id}/capacity/assessments/${now.id}/results`)
    ).json<AssessmentResults>();
    expect(results.previous).toMatchObject({ id: before.id, heldOn: '2025-11-01' });
    const governance = results.domains.find((d) => d.key === 'governance')!;
    const govItems = results.items.filter((i) => i.domainKey === 'governance');
    const numbers = govItems.map((i) => i.score).filter((s): s is 1 | 2 | 3 | 4 => s !== null);
    expect(governance.score).toBe(
      Math.round((numbers.reduce((x, y) => x + y, 0) / numbers.length) * 100) / 100,
    );
    expect(governance.comparison).toMatchObject({ inPrevious: true });
    expect(governance.comparison!.delta).toBeGreaterThan(0);
    expect(results.items[0]!.comparison).toMatchObject({
      current: 3,
      previous: 1,
      delta: 2,
      inPrevious: true,
    });
    expect(results.strengths.length).toBeGreaterThan(0);
    expect(results.weaknesses).toEqual([]);
    const first = (
      await boss.get(`/api/orgs/${own.id}/capacity/assessments/${before.id}/results`)
    ).json<AssessmentResults>();
    expect(first.previous).toBeNull();
    expect(first.weaknesses.length).toBeGreaterThan(0);

    const report = await boss.get(`/api/orgs/${own.id}/capacity/assessments/${now.id}/report`);
    expect(report.statusCode).toBe(200);
    expect(report.headers['content-type']).toBe('application/pdf');
    expect(report.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    writeFileSync('/tmp/6B-report.pdf', report.rawPayload);
  });

  it('lists the actions of the plan completed since the previous assessment on the next one', async () => {
    const own = await buildOrganization(t);
    const boss = await signIn(t, await buildUser(t, { orgId: own.id, role: 'coordinator' }));
    const before = await buildAssessment(t, { orgId: own.id, status: 'completed', heldOn: '2025-06-01' });
    const next = await buildAssessment(t, { orgId: own.id, status: 'consensus', heldOn: '2026-06-01' });
    const key = before.itemKeys[1]!;
    await buildAction(t, {
      orgId: own.id,
      itemKeys: [key],
      title: 'Actas al día',
      status: 'done',
      completedOn: '2025-12-10',
    });
    await buildAction(t, {
      orgId: own.id,
      itemKeys: [key],
      title: 'Todavía en curso',
      status: 'in_progress',
    });
    await buildAction(t, {
      orgId: own.id,
      itemKeys: [key],
      title: 'Hecha antes',
      status: 'done',
      completedOn: '2025-01-10',
    });
    const results = (
      await boss.get(`/api/orgs/${own.id}/capacity/assessments/${next.id}/results`)
    ).json<AssessmentResults>();
    expect(results.completedActions.map((a) => a.title)).toEqual(['Actas al día']);
    expect(results.completedActions[0]!.itemKeys).toEqual([key]);
  });
});
