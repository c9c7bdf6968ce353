import crypto from 'node:crypto';
import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../../domain/ids';
import { auditLog } from '../../platform/audit/audit.tables';
import { signIn, type TestAgent } from '../../testing/agent';
import { expectError } from '../../testing/expect-error';
import { buildOrganization, buildUser, type BuiltUser } from '../../testing/factories';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { areas } from '../areas/areas.tables';
import { sites } from '../sites/sites.tables';
import { UIC_LOOKUP_LIMIT } from './member-uic';
import { buildMember } from './members.factory';
import { members } from './members.tables';
import { testUic } from './members.test-support';

let t: TestApp;
let orgId: string;
let networkId: string;
let coordinator: BuiltUser;
let coord: TestAgent;
let ana: BuiltUser;
let promotoraA: TestAgent;
let bea: BuiltUser;
let promotoraB: TestAgent;
let areaId: string;

const url = (path = '') => `/api/orgs/${orgId}/members${path}`;
const CODE = /^[34679ACDEFGHJKMNPQRTUVWXY]{3}-[34679ACDEFGHJKMNPQRTUVWXY]{3}$/;

async function buildSite(name = `Zona ${crypto.randomUUID().slice(0, 8)}`) {
  const now = t.clock.now();
  const id = newId();
  await t.db
    .insert(sites)
    .values({ orgId, id, areaId, name, typology: 'street', createdAt: now, updatedAt: now });
  return id;
}

beforeAll(async () => {
  t = await createTestApp();
  const org = await buildOrganization(t);
  orgId = org.id;
  networkId = org.networkId;
  coordinator = await buildUser(t, { orgId, role: 'coordinator' });
  coord = await signIn(t, coordinator);
  ana = await buildUser(t, { orgId, role: 'promotora' });
  promotoraA = await signIn(t, ana);
  bea = await buildUser(t, { orgId, role: 'promotora' });
  promotoraB = await signIn(t, bea);
  areaId = newId();
  const now = t.clock.now();
  await t.db.insert(areas).values({
    orgId,
    id: areaId,
    level: 'country',
    name: 'El Salvador',
    countryCode: 'SV',
    createdAt: now,
    updatedAt: now,
  });
});
afterAll(() => t.close());

describe('POST /members', () => {
  it('registers a member in the promotora’s caseload with a random display code, keeping no UIC', async () => {
    const uic = testUic();
    const response = await promotoraA.post(url(), { uic, ageBand: '18_24', genderIdentity: 'trans_woman' });
    expect(response.statusCode, response.body).toBe(201);
    const member = response.json();
    expect(member).toMatchObject({
      assignedUserId: ana.userId,
      ageBand: '18_24',
      genderIdentity: 'trans_woman',
      uicRecipeId: uic.recipeId,
      uicFallbacks: [],
      priority: false,
      possibleDuplicates: [],
      mergedIntoId: null,
    });
    expect(member.displayCode).toMatch(CODE);
    expect(response.body).not.toContain(uic.code);
    const [row] = await t.db.select().from(members).where(eq(members.id, member.id));
    expect(row!.uicHash.equals(t.deps.uic.hash(networkId, uic.code))).toBe(true);
    expect(row!.displayCode).toBe(member.displayCode.replace('-', ''));
  });

  it('answers a retried create with the same record, and refuses the id for another code', async () => {
    const id = newId();
    const uic = testUic();
    const first = await promotoraA.post(url(), { id, uic });
    const again = await promotoraA.post(url(), { id, uic });
    expect(first.statusCode).toBe(201);
    expect(again.statusCode).toBe(201);
    expect(again.json().displayCode).toBe(first.json().displayCode);
    expectError(await promotoraA.post(url(), { id, uic: testUic() }), 409, { code: 'conflict', field: 'id' });
    expectError(await promotoraB.post(url(), { id, uic }), 409, { code: 'conflict', field: 'id' });
  });

  it('refuses a bad code naming the field, without repeating what was typed', async () => {
    const uic = { ...testUic(), code: 'maria-garcía 01' };
    const response = await promotoraA.post(url(), { uic });
    expectError(response, 400, { code: 'validation', field: 'uic.code' });
    expect(response.body).not.toMatch(/maria/i);
  });

  it('needs a session, an allowed role and the own organization', async () => {
    const anonymous = await t.app.inject({ method: 'POST', url: url(), payload: { uic: testUic() } });
    expect(anonymous.statusCode).toBe(401);
    const analyst = await signIn(t, await buildUser(t, { orgId, role: 'analyst' }));
    expectError(await analyst.post(url(), { uic: testUic() }), 403, { code: 'forbidden' });
    const elsewhere = (await buildOrganization(t)).id;
    expectError(await coord.post(`/api/orgs/${elsewhere}/members`, { uic: testUic() }), 403, {
      code: 'forbidden',
    });
  });

  it('lets a coordinator assign any active promotora, and nobody else', async () => {
    const ok = await coord.post(url(), { uic: testUic(), assignedUserId: bea.userId });
    expect(ok.json().assignedUserId).toBe(bea.userId);
    const unassigned = await coord.post(url(), { uic: testUic() });
    expect(unassigned.json().assignedUserId).toBeNull();
    expectError(await coord.post(url(), { uic: testUic(), assignedUserId: coordinator.userId }), 400, {
      code: 'validation',
      field: 'assignedUserId',
    });
    expectError(await promotoraA.post(url(), { uic: testUic(), assignedUserId: bea.userId }), 400, {
      code: 'validation',
      field: 'assignedUserId',
    });
  });
});

describe('possible duplicates', () => {
  it('check-duplicate answers the matches; a create with the same code is refused until confirmed', async () => {
    const uic = testUic();
    const first = (await promotoraA.post(url(), { uic })).json();
    const check = await promotoraA.post(url('/check-duplicate'), { uic });
    expect(check.statusCode).toBe(200);
    expect(check.json()).toEqual({ matches: [{ id: first.id, displayCode: first.displayCode }] });
    expect(check.body).not.toContain(uic.code);
    expect((await promotoraA.post(url('/check-duplicate'), { uic: testUic() })).json()).toEqual({
      matches: [],
    });

    const refused = await promotoraA.post(url(), { uic });
    expectError(refused, 409, { code: 'possible_duplicate' });
    expect(refused.json().error.details).toEqual({
      matches: [{ id: first.id, displayCode: first.displayCode }],
    });
    expect(refused.body).not.toContain(uic.code);
    expect(
      await t.db
        .select()
        .from(members)
        .where(eq(members.uicHash, (await hashOf(first.id))!)),
    ).toHaveLength(1);

    const confirmed = await promotoraA.post(url(), { uic, confirmedDistinct: true });
    expect(confirmed.statusCode).toBe(201);
    expect(confirmed.json().possibleDuplicates).toEqual([]);
    expect((await promotoraA.get(url(`/${first.id}`))).json().possibleDuplicates).toEqual([]);
  });

  it('audits a create refused as a possible duplicate like a check, naming the members matched', async () => {
    const probing = await buildUser(t, { orgId, role: 'promotora' });
    const agent = await signIn(t, probing);
    const uic = testUic();
    const registered = await coord.post(url(), { uic });
    expect(registered.statusCode).toBe(201);
    expectError(await agent.post(url(), { uic }), 409, { code: 'possible_duplicate' });
    expect((await agent.post(url('/check-duplicate'), { uic })).statusCode).toBe(200);
    const rows = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.actorUserId, probing.userId), eq(auditLog.action, 'member.duplicate_checked')));
    // Both lookups name the member they matched: "who looked her up" can be answered.
    expect(rows.map((row) => row.details)).toEqual([
      { matches: 1, matchedIds: registered.json().id },
      { matches: 1, matchedIds: registered.json().id },
    ]);
  });

  it('limits how many codes one account looks up, and audits the first refusal', async () => {
    const probing = await buildUser(t, { orgId, role: 'promotora' });
    const agent = await signIn(t, probing);
    for (let i = 0; i < UIC_LOOKUP_LIMIT.max; i++) {
      const response = await agent.post(url('/check-duplicate'), { uic: testUic() });
      expect(response.statusCode, response.body).toBe(200);
    }
    expectError(await agent.post(url('/check-duplicate'), { uic: testUic() }), 429, {
      code: 'too_many_attempts',
    });
    expectError(await agent.post(url(), { uic: testUic() }), 429, { code: 'too_many_attempts' });
    const refusals = await t.db
      .select()
      .from(auditLog)
      .where(
        and(eq(auditLog.actorUserId, probing.userId), eq(auditLog.action, 'member.uic_lookups_throttled')),
      );
    expect(refusals).toHaveLength(1);
    // Others are not held back by her.
    expect((await promotoraB.post(url('/check-duplicate'), { uic: testUic() })).statusCode).toBe(200);
  });

  it('shows matching members on the detail until someone says they are different people', async () => {
    const uicHash = crypto.randomBytes(32);
    const one = await buildMember(t, { orgId, assignedUserId: ana.userId, uicHash });
    const two = await buildMember(t, { orgId, assignedUserId: ana.userId, uicHash });
    const detail = (await promotoraA.get(url(`/${one.id}`))).json();
    expect(detail.possibleDuplicates).toEqual([{ id: two.id, displayCode: expect.stringMatching(CODE) }]);
    const decided = await promotoraA.post(url(`/${one.id}/not-duplicate`), { otherMemberId: two.id });
    expect(decided.statusCode, decided.body).toBe(200);
    expect(decided.json()).toEqual({ matches: [] });
    expect((await promotoraA.get(url(`/${two.id}`))).json().possibleDuplicates).toEqual([]);
    const unrelated = await buildMember(t, { orgId, assignedUserId: ana.userId });
    expectError(
      await promotoraA.post(url(`/${one.id}/not-duplicate`), { otherMemberId: unrelated.id }),
      404,
      {
        code: 'not_found',
      },
    );
  });

  it('merges a member into another: sites and consents move, the merged one leaves the lists', async () => {
    const siteA = await buildSite();
    const siteB = await buildSite();
    const merged = await buildMember(t, {
      orgId,
      assignedUserId: ana.userId,
      siteIds: [siteA, siteB],
      consent: { recordedBy: ana.userId },
    });
    const kept = await buildMember(t, { orgId, assignedUserId: bea.userId, siteIds: [siteB] });
    const earlier = await buildMember(t, { orgId, assignedUserId: ana.userId });
    expect((await coord.post(url(`/${earlier.id}/merge`), { intoMemberId: merged.id })).statusCode).toBe(200);

    expectError(await promotoraA.post(url(`/${merged.id}/merge`), { intoMemberId: kept.id }), 403, {
      code: 'forbidden',
    });
    const response = await coord.post(url(`/${merged.id}/merge`), { intoMemberId: kept.id });
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    expect(body.mergedId).toBe(merged.id);
    expect(body.kept.usualSiteIds.sort()).toEqual([siteA, siteB].sort());
    expect(body.kept.consents.services).toMatchObject({ granted: true, memberId: kept.id });

    const mergedNow = (await coord.get(url(`/${merged.id}`))).json();
    expect(mergedNow).toMatchObject({ mergedIntoId: kept.id, usualSiteIds: [], assignedUserId: bea.userId });
    // Merges stay one step long: what was merged into `merged` now points at `kept`, and follows
    // its promotora too (its contacts count for the kept member, out of Ana's caseload now).
    expect((await coord.get(url(`/${earlier.id}`))).json()).toMatchObject({
      mergedIntoId: kept.id,
      assignedUserId: bea.userId,
    });
    expectError(await promotoraA.get(url(`/${earlier.id}`)), 404, { code: 'not_found' });
    // Reassigning the kept member takes the records merged into it along.
    const reassigned = await coord.patch(url(`/${kept.id}`), { assignedUserId: ana.userId });
    expect(reassigned.statusCode, reassigned.body).toBe(200);
    for (const id of [merged.id, earlier.id])
      expect((await promotoraA.get(url(`/${id}`))).json().assignedUserId).toBe(ana.userId);
    expectError(await promotoraB.get(url(`/${merged.id}`)), 404, { code: 'not_found' });
    await coord.patch(url(`/${kept.id}`), { assignedUserId: bea.userId });
    const listed = (await coord.get(url('?limit=200'))).json().members.map((m: { id: string }) => m.id);
    expect(listed).toContain(kept.id);
    expect(listed).not.toContain(merged.id);

    expectError(await coord.post(url(`/${kept.id}/merge`), { intoMemberId: kept.id }), 400, {
      code: 'validation',
      field: 'intoMemberId',
    });
    expectError(await coord.post(url(`/${kept.id}/merge`), { intoMemberId: merged.id }), 409, {
      code: 'conflict',
      field: 'intoMemberId',
    });
    const [audit] = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'member.merged'), eq(auditLog.resourceId, merged.id)));
    expect(audit!.details).toEqual({ intoMemberId: kept.id, sitesMoved: 1, consentsMoved: 1 });
  });
});

describe('merging concurrently', () => {
  it('two opposite merges of the same pair never merge both records into each other', async () => {
    for (let round = 0; round < 5; round++) {
      const a = await buildMember(t, { orgId, assignedUserId: ana.userId });
      const b = await buildMember(t, { orgId, assignedUserId: ana.userId });
      const answers = await Promise.all([
        coord.post(url(`/${a.id}/merge`), { intoMemberId: b.id }),
        coord.post(url(`/${b.id}/merge`), { intoMemberId: a.id }),
      ]);
      expect(answers.map((response) => response.statusCode).sort()).toEqual([200, 409]);
      const rows = await t.db
        .select({ id: members.id, mergedIntoId: members.mergedIntoId })
        .from(members)
        .where(and(eq(members.orgId, orgId), inArray(members.id, [a.id, b.id])));
      expect(rows.filter((row) => row.mergedIntoId === null)).toHaveLength(1);
    }
  });
});

async function hashOf(id: string) {
  const [row] = await t.db.select({ h: members.uicHash }).from(members).where(eq(members.id, id));
  return row?.h;
}

describe('consent per purpose', () => {
  it('keeps every grant and withdrawal; the member shows the latest of each purpose', async () => {
    const member = await buildMember(t, { orgId, assignedUserId: ana.userId });
    const consents = url(`/${member.id}/consents`);
    const granted = await promotoraA.post(consents, {
      purpose: 'services',
      granted: true,
      recordedOn: '2024-03-01',
    });
    expect(granted.statusCode, granted.body).toBe(201);
    expect(granted.json()).toMatchObject({
      purpose: 'services',
      granted: true,
      recordedOn: '2024-03-01',
      recordedBy: `Persona ${ana.username}`,
      recordedByUserId: ana.userId,
    });
    await promotoraA.post(consents, {
      purpose: 'advocacy_anonymized',
      granted: true,
      recordedOn: '2024-03-01',
    });
    await promotoraA.post(consents, { purpose: 'services', granted: false, recordedOn: '2024-05-02' });
    const history = (await promotoraA.get(consents)).json().consents;
    expect(history.map((e: { purpose: string; granted: boolean }) => [e.purpose, e.granted])).toEqual([
      ['services', true],
      ['advocacy_anonymized', true],
      ['services', false],
    ]);
    const detail = (await promotoraA.get(url(`/${member.id}`))).json();
    expect(detail.consents.services).toMatchObject({ granted: false, recordedOn: '2024-05-02' });
    expect(detail.consents.advocacy_anonymized).toMatchObject({ granted: true });
    expect(detail.consents.network_aggregates).toBeNull();
  });

  it('refuses a future date, an unknown purpose, and another promotora', async () => {
    const member = await buildMember(t, { orgId, assignedUserId: ana.userId });
    const consents = url(`/${member.id}/consents`);
    expectError(
      await promotoraA.post(consents, { purpose: 'services', granted: true, recordedOn: '2999-01-01' }),
      400,
      {
        code: 'validation',
        field: 'recordedOn',
      },
    );
    expectError(await promotoraA.post(consents, { purpose: 'marketing', granted: true }), 400, {
      code: 'validation',
      field: 'purpose',
    });
    expectError(await promotoraB.post(consents, { purpose: 'services', granted: true }), 404, {
      code: 'not_found',
    });
    expectError(await promotoraB.get(consents), 404, { code: 'not_found' });
  });

  it('keeps the history in the database: no event can be edited or removed', async () => {
    const member = await buildMember(t, {
      orgId,
      assignedUserId: ana.userId,
      consent: { recordedBy: ana.userId },
    });
    await expect(
      t.deps.pool.query('update member_consents set granted = false where member_id = $1', [member.id]),
    ).rejects.toThrow(/append-only/);
    await expect(
      t.deps.pool.query('delete from member_consents where member_id = $1', [member.id]),
    ).rejects.toThrow(/append-only/);
  });

  it('answers a retried event with the first one', async () => {
    const member = await buildMember(t, { orgId, assignedUserId: ana.userId });
    const id = newId();
    const body = { id, purpose: 'network_aggregates', granted: true };
    const first = await promotoraA.post(url(`/${member.id}/consents`), body);
    const again = await promotoraA.post(url(`/${member.id}/consents`), body);
    expect(again.json()).toEqual(first.json());
    expect((await promotoraA.get(url(`/${member.id}/consents`))).json().consents).toHaveLength(1);
  });
});

describe('attributes', () => {
  it('binds encrypted fields to their record: notes copied onto another member do not decrypt', async () => {
    const source = await buildMember(t, { orgId, assignedUserId: ana.userId, notes: 'de otra persona' });
    const target = await buildMember(t, { orgId, assignedUserId: ana.userId });
    const [row] = await t.db
      .select({ notesEnc: members.notesEnc })
      .from(members)
      .where(and(eq(members.orgId, orgId), eq(members.id, source.id)));
    await t.db
      .update(members)
      .set({ notesEnc: row!.notesEnc })
      .where(and(eq(members.orgId, orgId), eq(members.id, target.id)));
    const response = await coord.get(url(`/${target.id}`));
    expectError(response, 500, { code: 'crypto_integrity' });
    expect(response.body).not.toContain('de otra persona');
  });

  it('makes a member a priority when more than 3 risk flags apply', async () => {
    const flags = ['violence_recent', 'new_to_sex_work', 'under_25', 'many_clients'];
    const three = await promotoraA.post(url(), { uic: testUic(), riskFlags: flags.slice(0, 3) });
    expect(three.json().priority).toBe(false);
    const four = await promotoraA.patch(url(`/${three.json().id}`), { riskFlags: flags });
    expect(four.json()).toMatchObject({ priority: true, riskFlags: flags });
    const back = await promotoraA.patch(url(`/${three.json().id}`), { riskFlags: flags.slice(1) });
    expect(back.json().priority).toBe(false);
  });

  it('refuses flags the organization does not define, and more than 8', async () => {
    expectError(await promotoraA.post(url(), { uic: testUic(), riskFlags: ['not_a_flag'] }), 400, {
      code: 'validation',
      field: 'riskFlags',
    });
    const nine = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'];
    expectError(await promotoraA.post(url(), { uic: testUic(), riskFlags: nine }), 400, {
      code: 'validation',
      field: 'riskFlags',
    });
  });

  it('refuses nationality, migration status and contact channel while the settings do not record them', async () => {
    for (const [field, value] of [
      ['nationality', 'VE'],
      ['migrantStatus', 'irregular'],
      ['contactChannel', 'por el grupo de WhatsApp'],
    ] as const) {
      const response = await promotoraA.post(url(), { uic: testUic(), [field]: value });
      expectError(response, 400, { code: 'validation', field });
      expect(response.json().error.message).toMatch(/ajustes del registro/);
    }
  });

  it('computes the monthly condom need, keeps usual sites and audits changed field names only', async () => {
    const site = await buildSite();
    const created = await promotoraA.post(url(), {
      uic: testUic(),
      partnersPerWeek: 10,
      actsPerPartner: 2,
      usualSiteIds: [site],
      workSettings: ['street', 'hotel'],
      leadershipRoles: ['peer_educator'],
      servedBeforeOrg: 'Otra organización',
      firstContactOn: '2024-02-10',
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({
      monthlyCondomNeed: 87,
      usualSiteIds: [site],
      firstContactOn: '2024-02-10',
    });
    const id = created.json().id;
    const secret = `nota-${crypto.randomUUID()}`;
    const patched = await promotoraA.patch(url(`/${id}`), { notes: secret, partnersPerWeek: null });
    expect(patched.json()).toMatchObject({ notes: secret, monthlyCondomNeed: null });
    const [audit] = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'member.updated'), eq(auditLog.resourceId, id)));
    expect(audit!.details).toEqual({ fields: 'partnersPerWeek,notes' });
    expectError(await promotoraA.patch(url(`/${id}`), { usualSiteIds: [newId()] }), 400, {
      code: 'validation',
      field: 'usualSiteIds',
    });
  });

  it('hides notes from analysts', async () => {
    const member = await buildMember(t, { orgId, assignedUserId: ana.userId, notes: 'nota privada' });
    const analyst = await signIn(t, await buildUser(t, { orgId, role: 'analyst' }));
    const view = (await analyst.get(url(`/${member.id}`))).json();
    expect(view).not.toHaveProperty('notes');
    expect(view).not.toHaveProperty('contactChannel');
    expect((await coord.get(url(`/${member.id}`))).json().notes).toBe('nota privada');
  });
});

describe('list', () => {
  it('searches by display code (any case, with or without dash), site, flag, priority and promotora', async () => {
    const site = await buildSite();
    const target = await buildMember(t, {
      orgId,
      assignedUserId: bea.userId,
      siteIds: [site],
      riskFlags: ['violence_recent', 'under_25', 'no_id_document', 'substance_use'],
    });
    const other = await buildMember(t, { orgId, assignedUserId: bea.userId, riskFlags: ['under_25'] });
    const ids = async (query: string): Promise<string[]> =>
      (await coord.get(url(`?limit=200&${query}`)))
        .json<{ members: { id: string }[] }>()
        .members.map((m) => m.id);
    const code = target.displayCode;
    expect(
      await ids(`q=${encodeURIComponent(`${code.slice(0, 3)}-${code.slice(3, 4)}`.toLowerCase())}`),
    ).toContain(target.id);
    expect(await ids(`q=${code}`)).toEqual([target.id]);
    expect(await ids(`siteId=${site}`)).toEqual([target.id]);
    expect(await ids('flag=substance_use')).toContain(target.id);
    expect(await ids('flag=substance_use')).not.toContain(other.id);
    expect(await ids('priority=true')).toContain(target.id);
    expect(await ids('priority=true')).not.toContain(other.id);
    expect(await ids(`assignedUserId=${bea.userId}`)).toEqual(expect.arrayContaining([target.id, other.id]));
    expect(await ids(`assignedUserId=${ana.userId}`)).not.toContain(target.id);
  });

  it('pages with a cursor, newest first', async () => {
    const page1 = (await coord.get(url('?limit=2'))).json();
    expect(page1.members).toHaveLength(2);
    const page2 = (await coord.get(url(`?limit=2&cursor=${page1.nextCursor}`))).json();
    expect(page2.members[0].id < page1.members[1].id).toBe(true);
    expectError(await coord.get(url('?limit=0')), 400, { code: 'validation', field: 'limit' });
  });
});

describe('who viewed a member', () => {
  it('audits detail reads and lists them for coordinators', async () => {
    const member = await buildMember(t, { orgId, assignedUserId: ana.userId });
    await promotoraA.get(url(`/${member.id}`));
    await coord.get(url(`/${member.id}`));
    const viewers = await coord.get(url(`/${member.id}/viewers`));
    expect(viewers.statusCode).toBe(200);
    expect(
      viewers
        .json()
        .viewers.map((v: { role: string }) => v.role)
        .sort(),
    ).toEqual(['coordinator', 'promotora']);
    expectError(await promotoraA.get(url(`/${member.id}/viewers`)), 403, { code: 'forbidden' });
    const elsewhere = await buildOrganization(t);
    const foreign = await buildMember(t, { orgId: elsewhere.id });
    expectError(await coord.get(url(`/${foreign.id}/viewers`)), 404, { code: 'not_found' });
  });
});

describe('row scope', () => {
  it('a promotora reaches only her caseload: list, detail, changes, consents, duplicates', async () => {
    const hers = await buildMember(t, { orgId, assignedUserId: bea.userId, notes: 'de Bea' });
    const mine = await buildMember(t, { orgId, assignedUserId: ana.userId, uicHash: hers.uicHash });
    const listed = (await promotoraA.get(url('?limit=200'))).json().members.map((m: { id: string }) => m.id);
    expect(listed).toContain(mine.id);
    expect(listed).not.toContain(hers.id);
    expect((await promotoraA.get(url(`?q=${hers.displayCode}`))).json().members).toEqual([]);
    expectError(await promotoraA.get(url(`/${hers.id}`)), 404, { code: 'not_found' });
    expectError(await promotoraA.patch(url(`/${hers.id}`), { ageBand: 'u18' }), 404, { code: 'not_found' });
    expectError(await promotoraA.get(url(`/${hers.id}/consents`)), 404, { code: 'not_found' });
    expectError(
      await promotoraA.post(url(`/${hers.id}/consents`), { purpose: 'services', granted: true }),
      404,
      {
        code: 'not_found',
      },
    );
    expectError(await promotoraA.post(url(`/${hers.id}/not-duplicate`), { otherMemberId: mine.id }), 404, {
      code: 'not_found',
    });
    expectError(await promotoraA.post(url(`/${hers.id}/merge`), { intoMemberId: mine.id }), 403, {
      code: 'forbidden',
    });
  });

  it('a paralegal reaches no member until human-rights cases exist; a viewer none at all', async () => {
    const member = await buildMember(t, { orgId, assignedUserId: ana.userId });
    const paralegal = await signIn(t, await buildUser(t, { orgId, role: 'paralegal' }));
    const list = await paralegal.get(url());
    expect(list.statusCode).toBe(200);
    expect(list.json().members).toEqual([]);
    expectError(await paralegal.get(url(`/${member.id}`)), 404, { code: 'not_found' });
    const viewer = await signIn(t, await buildUser(t, { orgId, role: 'viewer' }));
    expectError(await viewer.get(url()), 403, { code: 'forbidden' });
    expectError(await viewer.get(url(`/${member.id}`)), 403, { code: 'forbidden' });
  });
});
