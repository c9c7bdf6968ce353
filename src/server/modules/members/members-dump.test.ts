import crypto from 'node:crypto';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normalizeUicAnswer, type UicAnswers } from '../../../domain/uic';
import { buildApp } from '../../app';
import { idempotencyKeys } from '../../platform/idempotency/idempotency.tables';
import { auditLog } from '../../platform/audit/audit.tables';
import { TestAgent } from '../../testing/agent';
import { findInDatabase } from '../../testing/db-search';
import { buildOrganization, buildUser } from '../../testing/factories';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { updateNetworkUicRecipeId } from '../registry-settings/registry-settings.repo';
import { testUic, type UicRecipeKey } from './members.test-support';

/**
 * Issue 3, "a database dump after creating members with known UIC answers contains neither the UIC
 * nor any answer in plain text". Members are registered through the API with distinctive answers,
 * under every shipped recipe (with and without fallbacks), through every route that takes a UIC —
 * with an Idempotency-Key, a duplicate refusal and a malformed code too. Then every column of every
 * table (audit details, the idempotency store included), every answer body and every log line is
 * searched for the code and for each answer, as typed and normalized. A value stored in clear on
 * purpose is the control that proves the search sees what the API wrote.
 */
let t: TestApp;
const logs: string[] = [];
const bodies: string[] = [];

const PLANTED: { recipe: UicRecipeKey; answers: UicAnswers; dateInCode?: string }[] = [
  {
    recipe: 'default',
    answers: { motherFirstName: 'Zenobia Quilina', fatherFirstName: 'Xochipilli', birthDate: '1987-03-14' },
    dateInCode: '14031987',
  },
  {
    // Father unknown: the own initials stand in (a fallback).
    recipe: 'default',
    answers: {
      motherFirstName: 'Wenceslaa',
      ownFirstNameInitial: 'Q',
      ownSurnameInitial: 'J',
      birthDate: '1969-12-01',
    },
    dateInCode: '01121969',
  },
  {
    recipe: 'philippines',
    answers: {
      motherFirstName: 'Józefína',
      fatherFirstName: 'Quetzalli',
      birthOrder: '7',
      birthDate: '1991-11-23',
    },
    dateInCode: '11231991',
  },
  {
    // Birth order and birth date unknown: 99 and 99999999.
    recipe: 'philippines',
    answers: { motherFirstName: 'Yolotzin', fatherFirstName: 'Zbigniewo' },
  },
  {
    recipe: 'pasmo',
    answers: { surname: 'Brzęczyszczykiewicz', sexCode: 'T', birthDate: '1979-08-05' },
    dateInCode: '05081979',
  },
  {
    // Surname withheld: the first name stands in.
    recipe: 'pasmo',
    answers: { ownFirstName: 'Kwabenaqui', sexCode: 'F', birthDate: '1983-02' },
  },
];

/** What must never be found: each code, and each answer of at least 4 characters as typed and normalized. */
function needlesOf(entry: (typeof PLANTED)[number], code: string): string[] {
  const needles = new Set<string>([code]);
  for (const answer of Object.values(entry.answers)) {
    if (!answer || answer.length < 4) continue;
    needles.add(answer);
    needles.add(normalizeUicAnswer(answer));
  }
  if (entry.dateInCode) needles.add(entry.dateInCode);
  return [...needles];
}

beforeAll(async () => {
  t = await createTestApp();
  // The same app with its request log captured, as `npm start` would write it (most verbose level).
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      logs.push(chunk.toString('utf8'));
      done();
    },
  });
  t = { ...t, app: await buildApp(t.deps, { logger: { level: 'trace', stream } }) };
});
afterAll(async () => {
  await t.app.close();
  await t.close();
});

describe('no UIC and no UIC answer in the database, the answers or the logs', () => {
  it('finds none of them anywhere after registering members under every recipe', async () => {
    const needles: string[] = [];
    const control = `CONTROL-${crypto.randomBytes(8).toString('hex')}`;
    const agents = new Map<UicRecipeKey, { agent: TestAgent; orgId: string }>();
    for (const recipe of ['default', 'philippines', 'pasmo'] as const) {
      const org = await buildOrganization(t);
      const orgId = org.id;
      await updateNetworkUicRecipeId(t.db, org.networkId, recipe);
      const user = await buildUser(t, { orgId, role: 'promotora' });
      agents.set(recipe, { agent: await new TestAgent(t).signIn(user), orgId });
    }
    for (const entry of PLANTED) {
      const { agent, orgId } = agents.get(entry.recipe)!;
      const uic = testUic(entry.recipe, entry.answers);
      needles.push(...needlesOf(entry, uic.code));
      const members = `/api/orgs/${orgId}/members`;
      const record = <R extends { body: string }>(response: R): R => {
        bodies.push(response.body);
        return response;
      };
      record(await agent.post(`${members}/check-duplicate`, { uic }));
      const created = record(
        await agent.post(
          members,
          { uic, servedBeforeOrg: control },
          { 'idempotency-key': `k-${crypto.randomUUID()}` },
        ),
      );
      expect(created.statusCode, created.body).toBe(201);
      expect(created.json().uicFallbacks).toEqual(uic.fallbacksUsed);
      const duplicate = record(await agent.post(members, { uic }));
      expect(duplicate.statusCode).toBe(409);
      record(await agent.post(members, { uic, confirmedDistinct: true }));
      record(await agent.post(`${members}/check-duplicate`, { uic }));
      // A malformed code (lower case, with the typed answers) is refused without being repeated.
      const typed = Object.values(entry.answers).join(' ');
      needles.push(typed);
      record(await agent.post(members, { uic: { ...uic, code: typed } }));
    }
    expect(PLANTED.some((entry) => testUic(entry.recipe, entry.answers).fallbacksUsed.length > 0)).toBe(true);

    expect(await findInDatabase(t.deps.pool, control), 'the control is stored in clear').not.toEqual([]);
    expect(logs.length).toBeGreaterThan(0);
    const idempotencyRows = await t.db.select().from(idempotencyKeys);
    expect(idempotencyRows.length).toBeGreaterThan(0);
    const auditRows = await t.db.select().from(auditLog);
    expect(auditRows.some((row) => row.action === 'member.created')).toBe(true);

    for (const needle of needles) {
      expect(await findInDatabase(t.deps.pool, needle), `"${needle}" in the database`).toEqual([]);
      expect(await findInDatabase(t.deps.pool, needle.toLowerCase()), `"${needle}" in the database`).toEqual(
        [],
      );
      for (const body of bodies)
        expect(body.toUpperCase(), 'an answer body').not.toContain(needle.toUpperCase());
      for (const line of logs) expect(line.toUpperCase(), 'a log line').not.toContain(needle.toUpperCase());
    }
  }, 120_000);
});
