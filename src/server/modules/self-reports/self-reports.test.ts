import { and, eq, inArray, like } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { auditLog } from '../../platform/audit/audit.tables';
import { authThrottle } from '../../platform/auth/auth.tables';
import { throttleKey } from '../../platform/auth/throttle';
import { allRoutes } from '../../routes';
import { signIn, TestAgent } from '../../testing/agent';
import { findInDatabase } from '../../testing/db-search';
import { buildOrganization, buildUser } from '../../testing/factories';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { hrSelfReportMessages, hrSelfReports } from './self-reports.tables';

let t: TestApp;
let orgId: string;
let paralegal: TestAgent;
let coordinator: TestAgent;
let ipSeq = 0;
/** A fresh client address, so one test's rate limits never reach another's. */
const reporter = () => new TestAgent(t, `10.55.${Math.floor(ipSeq / 250)}.${(ipSeq++ % 250) + 1}`);

beforeAll(async () => {
  t = await createTestApp();
  orgId = (await buildOrganization(t, { name: 'Mujeres en Acción' })).id;
  paralegal = await signIn(t, await buildUser(t, { orgId, role: 'paralegal' }));
  coordinator = await signIn(t, await buildUser(t, { orgId, role: 'coordinator' }));
});
afterAll(() => t.close());

const settingsUrl = () => `/api/orgs/${orgId}/self-report-settings`;
const inbox = () => `/api/orgs/${orgId}/self-reports`;

async function openForm(): Promise<string> {
  const response = await coordinator.request({ method: 'PUT', url: settingsUrl(), body: { enabled: true } });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<{ token: string }>().token;
}

async function submit(token: string, body: Record<string, unknown>, agent = reporter()) {
  return agent.post(`/api/public/self-report/${token}`, body);
}

describe('the public form', () => {
  it('opens with a random link that names the organization, closes, and renews', async () => {
    const before = await coordinator.get(settingsUrl());
    expect(before.json()).toEqual({ enabled: false, token: null, updatedAt: null });
    const token = await openForm();
    expect(token).toMatch(/^[A-Za-z0-9_-]{22}$/);
    const form = await reporter().get(`/api/public/self-report/${token}`);
    expect(form.statusCode).toBe(200);
    expect(form.json()).toEqual({ organizationName: 'Mujeres en Acción' });

    await coordinator.request({ method: 'PUT', url: settingsUrl(), body: { enabled: false } });
    expect((await reporter().get(`/api/public/self-report/${token}`)).statusCode).toBe(404);
    expect((await openForm()) === token).toBe(true); // reopening keeps the link

    const renewed = await coordinator.post(`${settingsUrl()}/renew-link`);
    expect(renewed.statusCode).toBe(200);
    const fresh = renewed.json<{ token: string; enabled: boolean }>();
    expect(fresh.enabled).toBe(true);
    expect(fresh.token).not.toBe(token);
    expect((await reporter().get(`/api/public/self-report/${token}`)).statusCode).toBe(404);
    expect((await reporter().get(`/api/public/self-report/${fresh.token}`)).statusCode).toBe(200);
  });

  it('only coordinators and administrators manage the link; paralegals read the inbox', async () => {
    expect((await paralegal.get(settingsUrl())).statusCode).toBe(403);
    const admin = await signIn(t, await buildUser(t, { orgId, role: 'admin' }));
    expect((await admin.get(settingsUrl())).statusCode).toBe(200);
    expect((await admin.get(inbox())).statusCode).toBe(403);
    const promotora = await signIn(t, await buildUser(t, { orgId, role: 'promotora' }));
    expect((await promotora.get(inbox())).statusCode).toBe(403);
  });

  it('refuses a cross-site post and unknown fields', async () => {
    const token = await openForm();
    const foreign = await reporter().post(
      `/api/public/self-report/${token}`,
      { whatHappened: 'x' },
      { origin: 'https://evil.example' },
    );
    expect(foreign.statusCode).toBe(403);
    expect(foreign.json().error.code).toBe('csrf');
    const extra = await submit(token, { whatHappened: 'x', name: 'María' });
    expect(extra.statusCode).toBe(400);
    expect(extra.json().error).toMatchObject({ code: 'validation', field: 'name' });
    const empty = await submit(token, { whatHappened: '   ' });
    expect(empty.json().error).toMatchObject({ code: 'validation', field: 'whatHappened' });
  });
});

describe('a report and its claim code', () => {
  it('answers a claim code once, and the conversation goes both ways', async () => {
    const token = await openForm();
    const sent = await submit(token, {
      occurredOn: '2026-11-20',
      occurredPrecision: 'day',
      areaText: 'Terminal de buses',
      whatHappened: 'Dos policías me quitaron los condones y el dinero.',
      actTypes: ['police_extortion', 'condom_confiscation'],
      wantsContact: true,
    });
    expect(sent.statusCode, sent.body).toBe(201);
    const { claimCode } = sent.json<{ claimCode: string }>();
    expect(Object.keys(sent.json())).toEqual(['claimCode']);
    expect(claimCode).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/);

    const claim = await reporter().post('/api/public/self-report/claim', { code: claimCode });
    expect(claim.statusCode).toBe(200);
    expect(claim.json()).toMatchObject({
      organizationName: 'Mujeres en Acción',
      status: 'new',
      messages: [],
    });

    // The inbox lists it without any text; the detail holds the text and is an audited read.
    const list = await paralegal.get(inbox());
    const summary = list.json().selfReports.find((r: { status: string }) => r.status === 'new');
    expect(summary).toMatchObject({
      actTypes: ['police_extortion', 'condom_confiscation'],
      occurredOn: '2026-11-20',
      wantsContact: true,
      awaitingReply: true,
      messageCount: 0,
    });
    expect(list.body).not.toContain('policías');
    const detail = await paralegal.get(`${inbox()}/${summary.id}`);
    expect(detail.json()).toMatchObject({
      whatHappened: 'Dos policías me quitaron los condones y el dinero.',
      areaText: 'Terminal de buses',
    });
    const reads = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.resourceId, summary.id), eq(auditLog.sensitiveRead, true)));
    expect(reads.map((row) => row.action)).toEqual(['self_report.read']);

    // Staff answer → the reporter reads it (typed in lower case, without dashes).
    const reply = await paralegal.post(`${inbox()}/${summary.id}/messages`, {
      body: 'Hola, podemos acompañarte a poner la denuncia.',
    });
    expect(reply.statusCode, reply.body).toBe(201);
    expect(reply.json()).toMatchObject({ status: 'in_review', awaitingReply: false, messageCount: 1 });
    const typed = claimCode.toLowerCase().replace(/-/g, ' ');
    const read = await reporter().post('/api/public/self-report/claim', { code: typed });
    expect(read.json()).toMatchObject({
      status: 'in_review',
      messages: [{ sender: 'staff', body: 'Hola, podemos acompañarte a poner la denuncia.' }],
    });
    expect(read.body).not.toContain('staffName'); // who answered stays inside the organization

    const back = await reporter().post('/api/public/self-report/claim/messages', {
      code: claimCode,
      body: 'Sí, gracias. Puedo el martes.',
    });
    expect(back.statusCode, back.body).toBe(201);
    expect(back.json().messages.map((m: { sender: string }) => m.sender)).toEqual(['staff', 'reporter']);
    const seen = await paralegal.get(`${inbox()}/${summary.id}`);
    expect(seen.json()).toMatchObject({ awaitingReply: true, messageCount: 2 });
    expect(seen.json().messages[1]).toMatchObject({
      sender: 'reporter',
      body: 'Sí, gracias. Puedo el martes.',
    });

    // Closed: the reporter still reads it but cannot write.
    const closed = await paralegal.post(`${inbox()}/${summary.id}/close`);
    expect(closed.json().status).toBe('closed');
    const after = await reporter().post('/api/public/self-report/claim/messages', {
      code: claimCode,
      body: 'otra cosa',
    });
    expect(after.statusCode).toBe(409);
    expect((await reporter().post('/api/public/self-report/claim', { code: claimCode })).json().status).toBe(
      'closed',
    );

    // Reply and close answer the text and the conversation too: each is a sensitive read.
    const allReads = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.resourceId, summary.id), eq(auditLog.sensitiveRead, true)));
    expect(allReads.map((row) => [row.action, row.details])).toEqual([
      ['self_report.read', {}],
      ['self_report.read', { via: 'reply' }],
      ['self_report.read', {}],
      ['self_report.read', { via: 'close' }],
    ]);
  });

  it('answers a wrong code exactly like a wrong link', async () => {
    const token = await openForm();
    const agent = reporter();
    const wrongCode = await agent.post('/api/public/self-report/claim', { code: 'AAAA-BBBB-CCCC-DDDD' });
    const wrongLink = await agent.post(`/api/public/self-report/${token}x`, { whatHappened: 'hola' });
    const altered = `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`;
    const wrongForm = await agent.get(`/api/public/self-report/${altered}`);
    expect(wrongCode.statusCode).toBe(404);
    expect(wrongLink.statusCode).toBe(404);
    expect(wrongForm.statusCode).toBe(404);
    expect(wrongLink.body).toBe(wrongCode.body);
    expect(wrongForm.body).toBe(wrongCode.body);
    const malformed = await agent.post('/api/public/self-report/claim', { code: 'hola' });
    expect(malformed.json().error).toMatchObject({ code: 'validation', field: 'code' });
  });

  it('another organization’s report answers 404 under this organization', async () => {
    const otherOrg = (await buildOrganization(t)).id;
    const otherCoordinator = await signIn(t, await buildUser(t, { orgId: otherOrg, role: 'coordinator' }));
    const otherToken = (
      await otherCoordinator.request({
        method: 'PUT',
        url: `/api/orgs/${otherOrg}/self-report-settings`,
        body: { enabled: true },
      })
    ).json().token;
    await submit(otherToken, { whatHappened: 'En otra organización' });
    const theirs = (await otherCoordinator.get(`/api/orgs/${otherOrg}/self-reports`)).json().selfReports[0];
    expect((await paralegal.get(`${inbox()}/${theirs.id}`)).statusCode).toBe(404);
    expect((await paralegal.post(`${inbox()}/${theirs.id}/messages`, { body: 'x' })).statusCode).toBe(404);
    expect((await paralegal.get(inbox())).body).not.toContain(theirs.id);
  });
});

/** The newest report's id, as the inbox lists it after `send` (reports keep only their hour). */
async function newReportId(send: () => Promise<unknown>): Promise<string> {
  const ids = async () =>
    new Set<string>((await paralegal.get(inbox())).json().selfReports.map((r: { id: string }) => r.id));
  const before = await ids();
  await send();
  const added = [...(await ids())].filter((id) => !before.has(id));
  expect(added).toHaveLength(1);
  return added[0]!;
}

describe('nothing ties a reporter’s address or moment to her report', () => {
  it('flags every public self-report route to audit without an address tag', () => {
    const publicRoutes = allRoutes.filter((spec) => spec.url.startsWith('/api/public/self-report'));
    expect(publicRoutes.length).toBeGreaterThanOrEqual(4);
    for (const spec of publicRoutes) expect(spec.anonymousAudit, spec.url).toBe(true);
  });

  it('writes audit rows without an address tag, random ids and times cut to the hour', async () => {
    const token = await openForm();
    const hour = 60 * 60_000;
    // Somewhere in the middle of an hour, so that cutting to the hour is seen.
    const later = t.clock.now().getTime() + hour;
    t.clock.set(new Date(later - (later % hour) + 37 * 60_000 + 12_345)); // held still from here
    paralegal = await signIn(t, await buildUser(t, { orgId, role: 'paralegal' }));
    coordinator = await signIn(t, await buildUser(t, { orgId, role: 'coordinator' }));
    const sentAt = t.clock.now();
    const hourStart = new Date(sentAt.getTime() - (sentAt.getTime() % hour));
    let claimCode = '';
    const id = await newReportId(async () => {
      claimCode = (await submit(token, { whatHappened: 'Me siguieron hasta la casa.' })).json().claimCode;
    });
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const [report] = await t.db.select().from(hrSelfReports).where(eq(hrSelfReports.id, id));
    expect(report!.createdAt).toEqual(hourStart);
    expect(report!.updatedAt).toEqual(hourStart);

    t.clock.advance(60_000);
    const first = await reporter().post('/api/public/self-report/claim/messages', {
      code: claimCode,
      body: 'Una cosa más.',
    });
    expect(first.statusCode, first.body).toBe(201);
    t.clock.advance(60_000);
    const replyAt = t.clock.now();
    await paralegal.post(`${inbox()}/${id}/messages`, { body: 'Te llamamos.' });
    t.clock.advance(60_000);
    const second = await reporter().post('/api/public/self-report/claim/messages', {
      code: claimCode,
      body: 'Gracias.',
    });
    expect(second.json().createdAt).toBe(hourStart.toISOString());
    const messages = await t.db
      .select()
      .from(hrSelfReportMessages)
      .where(eq(hrSelfReportMessages.reportId, id));
    const bySender = (sender: string) => messages.filter((m) => m.sender === sender);
    for (const message of bySender('reporter')) expect(message.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4/);
    // Her first message keeps the hour; her second comes just after the team's reply, in order.
    expect(bySender('reporter').map((m) => m.createdAt.getTime())).toEqual(
      expect.arrayContaining([hourStart.getTime(), replyAt.getTime() + 1]),
    );
    expect(second.json().messages.map((m: { body: string }) => m.body)).toEqual([
      'Una cosa más.',
      'Te llamamos.',
      'Gracias.',
    ]);
    const [after] = await t.db.select().from(hrSelfReports).where(eq(hrSelfReports.id, id));
    expect(after!.updatedAt).toEqual(replyAt); // her message does not move it to its own moment

    await reporter().post('/api/public/self-report/claim', { code: claimCode });
    await reporter().post('/api/public/self-report/claim', { code: 'AAAA-BBBB-CCCC-DDDD' });
    const rows = await t.db
      .select()
      .from(auditLog)
      .where(
        inArray(auditLog.action, [
          'self_report.submitted',
          'self_report.claim_read',
          'self_report.reporter_wrote',
        ]),
      );
    expect(rows.length).toBeGreaterThanOrEqual(4);
    for (const row of rows) expect(row, row.action).toMatchObject({ ipTag: null, resourceId: null });
  });
});

describe('conversion into a case', () => {
  it('opens a case from the report (channel self_report), once, and the reporter sees it', async () => {
    const token = await openForm();
    let claimCode = '';
    const id = await newReportId(async () => {
      claimCode = (
        await submit(token, {
          occurredOn: '2026-10-01',
          occurredPrecision: 'month',
          areaText: 'Parque central',
          whatHappened: 'Me llevaron a la delegación toda la noche.',
          actTypes: ['arbitrary_detention', 'other'],
          wantsContact: true,
        })
      ).json().claimCode;
    });
    const converted = await paralegal.post(`${inbox()}/${id}/convert`);
    expect(converted.statusCode, converted.body).toBe(201);
    const { caseId, reference } = converted.json();
    expect(reference).toMatch(/^C-\d{4}-\d{4}$/);
    expect((await paralegal.post(`${inbox()}/${id}/convert`)).json().caseId).toBe(caseId);

    const theCase = await paralegal.get(`/api/orgs/${orgId}/cases/${caseId}`);
    expect(theCase.statusCode, theCase.body).toBe(200);
    expect(theCase.json()).toMatchObject({
      intakeChannel: 'self_report',
      selfReportId: id,
      occurredOn: '2026-10-01',
      occurredPrecision: 'month',
      narrative: 'Me llevaron a la delegación toda la noche.\n\n[Parque central]',
    });
    expect((await paralegal.get(`${inbox()}/${id}`)).json()).toMatchObject({ status: 'converted', caseId });
    const claim = await reporter().post('/api/public/self-report/claim', { code: claimCode });
    expect(claim.json().status).toBe('converted');
    expect(claim.body).not.toContain(caseId);
    expect((await paralegal.post(`${inbox()}/${id}/close`)).statusCode).toBe(409);
  });

  it('asks for an act type when she ticked none the case list knows', async () => {
    const token = await openForm();
    const id = await newReportId(() =>
      submit(token, { whatHappened: 'Algo que no sé cómo llamar.', actTypes: ['other'] }),
    );
    const refused = await paralegal.post(`${inbox()}/${id}/convert`);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error).toMatchObject({ code: 'validation', field: 'actTypes' });
    const chosen = await paralegal.post(`${inbox()}/${id}/convert`, { actTypes: ['threats'] });
    expect(chosen.statusCode, chosen.body).toBe(201);
  });
});

describe('at rest', () => {
  it('keeps no report text, message or claim code in plain text anywhere in the database', async () => {
    const token = await openForm();
    const story = 'RELATO-PLANTADO-7Q3 en la calle once';
    const place = 'LUGAR-PLANTADO-7Q3';
    const message = 'MENSAJE-PLANTADO-7Q3';
    const answer = 'RESPUESTA-PLANTADA-7Q3';
    let claimCode = '';
    const id = await newReportId(async () => {
      claimCode = (await submit(token, { whatHappened: story, areaText: place })).json().claimCode;
    });
    await reporter().post('/api/public/self-report/claim/messages', { code: claimCode, body: message });
    await paralegal.post(`${inbox()}/${id}/messages`, { body: answer });
    for (const needle of [
      'RELATO-PLANTADO-7Q3',
      place,
      message,
      answer,
      claimCode,
      claimCode.replace(/-/g, ''),
      token,
    ])
      expect(await findInDatabase(t.deps.pool, needle), needle).toEqual([]);
  });
});

describe('rate limits', () => {
  // These tests move the clock past the session idle timeout: sign in again before each.
  beforeEach(async () => {
    paralegal = await signIn(t, await buildUser(t, { orgId, role: 'paralegal' }));
    coordinator = await signIn(t, await buildUser(t, { orgId, role: 'coordinator' }));
  });

  it('locks an address after 10 wrong codes, even for the right one, and not other addresses', async () => {
    const token = await openForm();
    const { claimCode } = (await submit(token, { whatHappened: 'Un cliente me golpeó.' })).json();
    const guesser = reporter();
    for (let i = 0; i < 10; i++) {
      const miss = await guesser.post('/api/public/self-report/claim', { code: `ZZZZ-ZZZZ-ZZZZ-ZZ${i}0` });
      expect(miss.statusCode).toBe(404);
    }
    const locked = await guesser.post('/api/public/self-report/claim', { code: claimCode });
    expect(locked.statusCode).toBe(429);
    expect(locked.json().error.code).toBe('too_many_attempts');
    expect((await guesser.get(`/api/public/self-report/${token}`)).statusCode).toBe(429);
    expect((await reporter().post('/api/public/self-report/claim', { code: claimCode })).statusCode).toBe(
      200,
    );
    t.clock.advance(16 * 60_000);
    expect((await guesser.post('/api/public/self-report/claim', { code: claimCode })).statusCode).toBe(200);
  });

  it('counts an IPv6 client by its /64, an IPv4 one by its address', async () => {
    const token = await openForm();
    for (let i = 0; i < 10; i++) {
      const agent = new TestAgent(t, `2001:db8:55:1::${i + 1}`); // a new address each time, same /64
      expect(
        (await agent.post('/api/public/self-report/claim', { code: 'ZZZZ-ZZZZ-ZZZZ-ZZZZ' })).statusCode,
      ).toBe(404);
    }
    const sameNetwork = new TestAgent(t, '2001:db8:55:1:ffff::99');
    expect((await sameNetwork.get(`/api/public/self-report/${token}`)).statusCode).toBe(429);
    expect(
      (await new TestAgent(t, '2001:db8:55:2::1').get(`/api/public/self-report/${token}`)).statusCode,
    ).toBe(200);
  });

  it('forgets throttle rows once their window has passed', async () => {
    const token = await openForm();
    const early = reporter();
    expect((await submit(token, { whatHappened: 'primero' }, early)).statusCode).toBe(201);
    const earlyKey = await throttleKey(t.deps.keyring, 'self_report_address', early.ip);
    const keys = async () =>
      (
        await t.db
          .select({ key: authThrottle.key })
          .from(authThrottle)
          .where(like(authThrottle.key, 'self\\_report\\_%'))
      ).map((row) => row.key);
    expect(await keys()).toContain(earlyKey);
    t.clock.advance(61 * 60_000);
    const late = reporter();
    expect((await submit(token, { whatHappened: 'después' }, late)).statusCode).toBe(201);
    const left = await keys();
    expect(left).not.toContain(earlyKey);
    expect(left).toContain(await throttleKey(t.deps.keyring, 'self_report_address', late.ip));
  });

  it('takes at most 10 reports an hour from one address', async () => {
    const token = await openForm();
    const agent = reporter();
    for (let i = 0; i < 10; i++)
      expect((await submit(token, { whatHappened: `reporte ${i}` }, agent)).statusCode).toBe(201);
    const refused = await submit(token, { whatHappened: 'uno más' }, agent);
    expect(refused.statusCode).toBe(429);
    expect((await submit(token, { whatHappened: 'otra persona' })).statusCode).toBe(201);
    t.clock.advance(61 * 60_000);
    expect((await submit(token, { whatHappened: 'una hora después' }, agent)).statusCode).toBe(201);
  });
});
