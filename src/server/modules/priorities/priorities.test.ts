import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  ConsultationDetail,
  PriorityBallotView,
  PriorityResults,
} from '../../../domain/priorities.schemas';
import { auditLog } from '../../platform/audit/audit.tables';
import { signIn, TestAgent } from '../../testing/agent';
import { findInDatabase } from '../../testing/db-search';
import { expectError } from '../../testing/expect-error';
import { buildLocalGroup, buildOrganization, buildUser } from '../../testing/factories';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { buildConsultation, buildPriorityBallot } from './priorities.factories';

/** Shared priorities: consultations, needs, decisions, minutes, and the anonymous priority vote. */
let t: TestApp;
let orgId: string;
let otherOrgId: string;
let coordinator: TestAgent;
let promotora: TestAgent;
let viewer: TestAgent;
let outsider: TestAgent;

beforeAll(async () => {
  t = await createTestApp();
  orgId = (await buildOrganization(t)).id;
  otherOrgId = (await buildOrganization(t)).id;
  coordinator = await signIn(t, await buildUser(t, { orgId, role: 'coordinator' }), '10.3.0.1');
  promotora = await signIn(t, await buildUser(t, { orgId, role: 'promotora' }), '10.3.0.2');
  viewer = await signIn(t, await buildUser(t, { orgId, role: 'viewer' }), '10.3.0.3');
  outsider = await signIn(t, await buildUser(t, { orgId: otherOrgId, role: 'coordinator' }), '10.3.0.4');
});
afterAll(() => t.close());

const base = () => `/api/orgs/${orgId}/priorities/consultations`;
const ballotUrl = (token: string) => `/api/public/priority-ballots/${token}`;
const anonymous = (ip = '10.3.9.9') => new TestAgent(t, ip);
const put = (agent: TestAgent, url: string, body: unknown) => agent.request({ method: 'PUT', url, body });

describe('consultations', () => {
  it('answers 401, 403 to another organization and 403 to a role that may not create', async () => {
    const body = { title: 'Consulta', kind: 'consultation', heldOn: '2026-11-20' };
    expectError(await anonymous().get(base()), 401, { code: 'unauthenticated' });
    expectError(await outsider.get(base()), 403, { code: 'forbidden' });
    expectError(await promotora.post(base(), body), 403, { code: 'forbidden' });
    expectError(await outsider.post(base(), body), 403, { code: 'forbidden' });
  });

  it.each([
    [{ kind: 'assembly', heldOn: '2026-11-20' }, 'title'],
    [{ title: 'X', kind: 'march', heldOn: '2026-11-20' }, 'kind'],
    [{ title: 'X', kind: 'assembly', heldOn: '20-11-2026' }, 'heldOn'],
    [{ title: 'X', kind: 'assembly', heldOn: '2026-11-20', extra: 1 }, 'extra'],
  ])('answers 400 naming the field for %j', async (body, field) => {
    expectError(await coordinator.post(base(), body), 400, { code: 'validation', field });
  });

  it('refuses another organization’s local group (400 localGroupId) and accepts its own', async () => {
    const foreign = await buildLocalGroup(t, { orgId: otherOrgId });
    const own = await buildLocalGroup(t, { orgId });
    const body = { title: 'Asamblea', kind: 'assembly', heldOn: '2026-11-20' };
    expectError(await coordinator.post(base(), { ...body, localGroupId: foreign.id }), 400, {
      code: 'validation',
      field: 'localGroupId',
    });
    const created = await coordinator.post(base(), { ...body, localGroupId: own.id });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ localGroupId: own.id, votingStatus: 'not_started', needs: [] });
  });

  it('records needs and decisions, keeps minutes encrypted and shows them only to roles that may read them', async () => {
    const created = (
      await coordinator.post(base(), {
        title: 'Consulta zona sur',
        kind: 'consultation',
        heldOn: '2026-11-21',
      })
    ).json<ConsultationDetail>();
    const url = `${base()}/${created.id}`;
    expectError(await coordinator.post(`${url}/needs`, { text: ' ' }), 400, {
      code: 'validation',
      field: 'text',
    });
    expect((await coordinator.post(`${url}/needs`, { text: 'Vivienda digna' })).statusCode).toBe(201);
    expect((await coordinator.post(`${url}/decisions`, { text: 'Ir al municipio' })).statusCode).toBe(201);
    const minutes = `ACTA-CONFIDENCIAL-${process.pid}`;
    const patched = await coordinator.patch(url, { minutes });
    expect(patched.json()).toMatchObject({ minutes, needCount: 1, decisionCount: 1 });
    expect(await findInDatabase(t.deps.pool, minutes)).toEqual([]);
    const seen = (await viewer.get(url)).json<ConsultationDetail>();
    expect(seen.needs.map((n) => n.text)).toEqual(['Vivienda digna']);
    expect(seen).not.toHaveProperty('minutes');
    expect((await promotora.get(url)).json()).toMatchObject({ minutes });
    const reads = (await t.db.select().from(auditLog)).filter(
      (row) => row.action === 'consultation.read' && row.resourceId === created.id,
    );
    expect(reads.length).toBeGreaterThanOrEqual(1);
    expect(reads.every((row) => row.sensitiveRead)).toBe(true);
    await buildConsultation(t, { orgId, needs: ['Otra'], decision: 'Otra decisión' });
    const list = (await viewer.get(base())).json<{ consultations: { id: string }[] }>().consultations;
    expect(list.find((c) => c.id === created.id)).toMatchObject({ needCount: 1, decisionCount: 1 });
    expect(JSON.stringify(list)).not.toContain(minutes);
  });

  it('answers 404 for another organization’s consultation and 400 for a malformed id', async () => {
    const theirs = await buildConsultation(t, { orgId: otherOrgId });
    expectError(await coordinator.get(`${base()}/${theirs.id}`), 404, { code: 'not_found' });
    expectError(await coordinator.patch(`${base()}/${theirs.id}`, { title: 'x' }), 404, {
      code: 'not_found',
    });
    expectError(await coordinator.post(`${base()}/${theirs.id}/needs`, { text: 'x' }), 404, {
      code: 'not_found',
    });
    expectError(await coordinator.post(`${base()}/${theirs.id}/ballots`), 404, { code: 'not_found' });
    expectError(await coordinator.get(`${base()}/${theirs.id}/results`), 404, { code: 'not_found' });
    expectError(await coordinator.get(`${base()}/123`), 400, { code: 'validation', field: 'consultationId' });
  });
});

describe('the vote', () => {
  it('opens only with two needs, then freezes the needs; facilitators only', async () => {
    const one = await buildConsultation(t, { orgId, needs: ['Solo una'] });
    const open = { status: 'open', topN: 3, participants: 5 };
    expectError(await promotora.post(`${base()}/${one.id}/voting`, open), 403, { code: 'forbidden' });
    expectError(await coordinator.post(`${base()}/${one.id}/voting`, open), 409, {
      code: 'conflict',
      field: 'needs',
    });
    expectError(
      await coordinator.post(`${base()}/${one.id}/voting`, { status: 'open', topN: 0, participants: 5 }),
      400,
      {
        code: 'validation',
        field: 'topN',
      },
    );
    const c = await buildConsultation(t, { orgId, needs: ['A', 'B'] });
    const opened = (await coordinator.post(`${base()}/${c.id}/voting`, open)).json<ConsultationDetail>();
    expect(opened).toMatchObject({ votingStatus: 'open', topN: 2, participants: 5 });
    expectError(await coordinator.post(`${base()}/${c.id}/needs`, { text: 'Tarde' }), 409, {
      code: 'conflict',
      field: 'votingStatus',
    });
    expectError(await coordinator.post(`${base()}/${c.id}/voting`, open), 409, {
      code: 'conflict',
      field: 'status',
    });
  });

  it('hands ballots out up to the participants, takes one ranking per token, refuses replays and bad rankings', async () => {
    const c = await buildConsultation(t, { orgId, needs: ['Vivienda', 'Salud', 'Seguridad'] });
    await coordinator.post(`${base()}/${c.id}/voting`, { status: 'open', topN: 2, participants: 2 });
    expectError(await viewer.post(`${base()}/${c.id}/ballots`), 403, { code: 'forbidden' });
    expectError(
      await coordinator.post(`${base()}/${c.id}/ballots`, {}, { 'idempotency-key': 'papeleta-1234' }),
      400,
      {
        code: 'validation',
        field: 'Idempotency-Key',
      },
    );
    const tokens: string[] = [];
    for (let i = 0; i < 2; i++) {
      const opened = await coordinator.post(`${base()}/${c.id}/ballots`);
      expect(opened.statusCode).toBe(201);
      tokens.push(opened.json<{ token: string }>().token);
    }
    expectError(await coordinator.post(`${base()}/${c.id}/ballots`), 409, {
      code: 'conflict',
      field: 'participants',
    });
    const phone = anonymous('10.3.5.1');
    const view = (await phone.get(ballotUrl(tokens[0]!))).json<PriorityBallotView>();
    expect(view).toMatchObject({ topN: 2, open: true, submitted: false });
    expect(view.needs.map((n) => n.text)).toEqual(['Vivienda', 'Salud', 'Seguridad']);
    const [vivienda, salud, seguridad] = c.needIds as [string, string, string];
    expectError(await put(phone, ballotUrl(tokens[0]!), { ranking: [vivienda, vivienda] }), 400, {
      code: 'validation',
      field: 'ranking.1',
    });
    expectError(await put(phone, ballotUrl(tokens[0]!), { ranking: [vivienda, salud, seguridad] }), 400, {
      code: 'validation',
      field: 'ranking',
    });
    const foreign = await buildConsultation(t, { orgId: otherOrgId });
    expectError(await put(phone, ballotUrl(tokens[0]!), { ranking: [foreign.needIds[0]!] }), 400, {
      code: 'validation',
      field: 'ranking.0',
    });
    const handed = await put(phone, ballotUrl(tokens[0]!), { ranking: [salud, vivienda] });
    expect(handed.json()).toMatchObject({ submitted: true, open: false });
    // A replay of the same ballot (same token, same body) is refused and counts once.
    expectError(await put(phone, ballotUrl(tokens[0]!), { ranking: [salud, vivienda] }), 409, {
      code: 'conflict',
      field: 'ranking',
    });
    const detail = (await coordinator.get(`${base()}/${c.id}`)).json<ConsultationDetail>();
    expect(detail.ballots).toEqual({ opened: 2, submitted: 1 });
    // Results only after close; after close no ballot is taken any more.
    expectError(await coordinator.get(`${base()}/${c.id}/results`), 409, {
      code: 'conflict',
      field: 'votingStatus',
    });
    await coordinator.post(`${base()}/${c.id}/voting`, { status: 'closed' });
    expectError(await put(phone, ballotUrl(tokens[1]!), { ranking: [salud] }), 409, {
      code: 'conflict',
      field: 'ranking',
    });
    const few = (await viewer.get(`${base()}/${c.id}/results`)).json<PriorityResults>();
    expect(few).toEqual({ submitted: 1, minimumBallots: 3, method: 'borda', rows: [] });
  });

  it('answers Borda totals after close with enough ballots (hand-checked)', async () => {
    const c = await buildConsultation(t, {
      orgId,
      needs: ['Vivienda', 'Salud', 'Seguridad'],
      votingStatus: 'open',
      topN: 2,
    });
    const [v, s, g] = c.needIds as [string, string, string];
    // Top 2: first = 2 points, second = 1. Vivienda 2+1+2 = 5 (2 firsts), Salud 1+2 = 3 (1 first),
    // Seguridad 1+2 = 3 (1 first): Salud and Seguridad share rank 2, Salud listed first (raised first).
    for (const ranking of [[v, s], [s, v], [v, g], [g]])
      await buildPriorityBallot(t, { orgId, consultationId: c.id, ranking });
    await buildPriorityBallot(t, { orgId, consultationId: c.id }); // opened, never handed in
    await coordinator.post(`${base()}/${c.id}/voting`, { status: 'closed' });
    const results = (await promotora.get(`${base()}/${c.id}/results`)).json<PriorityResults>();
    expect(results.submitted).toBe(4);
    expect(results.rows).toEqual([
      { needId: v, text: 'Vivienda', points: 5, firstChoices: 2, rank: 1 },
      { needId: s, text: 'Salud', points: 3, firstChoices: 1, rank: 2 },
      { needId: g, text: 'Seguridad', points: 3, firstChoices: 1, rank: 2 },
    ]);
  });

  it('a wrong token counts against the address and is throttled', async () => {
    const guesser = anonymous('10.3.7.7');
    const wrong = 'x'.repeat(43);
    expectError(await guesser.get(ballotUrl(wrong)), 404, { code: 'not_found' });
    expectError(await guesser.get(ballotUrl('short')), 400, { code: 'validation', field: 'token' });
    for (let i = 0; i < 25; i++) await guesser.get(ballotUrl(wrong));
    expectError(await guesser.get(ballotUrl(wrong)), 429, { code: 'too_many_attempts' });
  });
});

describe('no ballot can be linked to a user, a session or an address', () => {
  it('on a shared device and on own phones: no answer, audit row or column ties a ranking to anyone', async () => {
    const c = await buildConsultation(t, { orgId, needs: ['Vivienda', 'Salud', 'Seguridad'] });
    await coordinator.post(`${base()}/${c.id}/voting`, { status: 'open', topN: 3, participants: 10 });
    const answers: string[] = [];
    const tokens: string[] = [];
    // Shared device: the facilitator's signed-in tablet opens each ballot and the voter hands it in there.
    for (const ranking of [c.needIds, [...c.needIds].reverse()]) {
      const opened = await coordinator.post(`${base()}/${c.id}/ballots`);
      answers.push(opened.body);
      const { token } = opened.json<{ token: string }>();
      tokens.push(token);
      answers.push((await put(coordinator, ballotUrl(token), { ranking })).body);
    }
    // Own phone: a link, opened by an anonymous browser.
    const link = (await coordinator.post(`${base()}/${c.id}/ballots`)).json<{ token: string }>().token;
    tokens.push(link);
    answers.push((await put(anonymous('10.3.8.8'), ballotUrl(link), { ranking: [c.needIds[1]!] })).body);
    await coordinator.post(`${base()}/${c.id}/voting`, { status: 'closed' });
    for (const agent of [coordinator, promotora]) {
      answers.push((await agent.get(base())).body);
      answers.push((await agent.get(`${base()}/${c.id}`)).body);
      answers.push((await agent.get(`${base()}/${c.id}/results`)).body);
    }
    answers.push((await coordinator.get(`/api/orgs/${orgId}/audit?limit=200`)).body);

    const rows = await t.deps.pool.query<{ id: string; created_at: Date; submitted_at: Date | null }>(
      'select id, created_at, submitted_at from priority_ballots where consultation_id = $1',
      [c.id],
    );
    expect(rows.rows).toHaveLength(3);
    for (const body of answers) for (const row of rows.rows) expect(body).not.toContain(row.id);
    for (const token of tokens) expect(await findInDatabase(t.deps.pool, token)).toEqual([]);
    // Ids are random v4 (not time-ordered), times whole UTC days.
    for (const row of rows.rows) {
      expect(row.id[14]).toBe('4');
      for (const at of [row.created_at, row.submitted_at!]) expect(at.getTime() % 86_400_000).toBe(0);
    }
    const audit = await t.db.select().from(auditLog);
    const auditText = JSON.stringify(audit);
    for (const row of rows.rows) expect(auditText).not.toContain(row.id);
    const handedIn = audit.filter(
      (row) => row.action === 'priority_ballot.submitted' && row.resourceId === c.id,
    );
    expect(handedIn).toHaveLength(3);
    expect(handedIn.every((row) => row.actorUserId === null && row.ipTag === null)).toBe(true);
    expect(handedIn.every((row) => Object.keys(row.details).length === 0)).toBe(true);
    // The ballot table holds no user, session or address column and no reference to users.
    const columns = await t.deps.pool.query<{ column_name: string }>(
      `select column_name from information_schema.columns where table_name = 'priority_ballots' order by 1`,
    );
    expect(columns.rows.map((row) => row.column_name)).toEqual([
      'consultation_id',
      'created_at',
      'id',
      'org_id',
      'ranking',
      'submitted_at',
      'token_hash',
    ]);
    const fks = await t.deps.pool.query<{ target: string }>(
      `select confrelid::regclass::text as target from pg_constraint where contype = 'f' and conrelid = 'priority_ballots'::regclass`,
    );
    expect(fks.rows.map((row) => row.target).sort()).toEqual(['consultations', 'organizations']);
  });
});
