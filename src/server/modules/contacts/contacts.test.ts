import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, TestAgent } from '../../testing/agent';
import { expectError } from '../../testing/expect-error';
import { buildOrganization, buildUser, type BuiltUser } from '../../testing/factories';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { buildMember } from '../members/members.factory';
import { buildSite } from '../sites/sites.factories';
import { buildStockPoint } from './contacts.factory';
import { countContactsBySite, summarizeMemberContacts } from './contacts-summary.repo';

/** Contacts: services and referrals, corrections and voids with history, new vs repeat, row scope. */
let t: TestApp;
let orgId: string;
let otherOrgId: string;
let ana: BuiltUser;
let bea: BuiltUser;
let asAna: TestAgent;
let asBea: TestAgent;
let coordinator: TestAgent;
let paralegal: TestAgent;
let outsider: TestAgent;
let today: string;
beforeAll(async () => {
  t = await createTestApp();
  orgId = (await buildOrganization(t)).id;
  otherOrgId = (await buildOrganization(t)).id;
  ana = await buildUser(t, { orgId, role: 'promotora' });
  bea = await buildUser(t, { orgId, role: 'promotora' });
  asAna = await signIn(t, ana);
  asBea = await signIn(t, bea);
  coordinator = await signIn(t, await buildUser(t, { orgId, role: 'coordinator' }));
  paralegal = await signIn(t, await buildUser(t, { orgId, role: 'paralegal' }));
  outsider = await signIn(t, await buildUser(t, { orgId: otherOrgId, role: 'admin' }));
  today = t.clock.now().toISOString().slice(0, 10);
});
afterAll(() => t.close());

const base = () => `/api/orgs/${orgId}/contacts`;
const memberOf = (user: BuiltUser) => buildMember(t, { orgId, assignedUserId: user.userId });
const daysAgo = (n: number) => new Date(t.clock.now().getTime() - n * 86_400_000).toISOString().slice(0, 10);

describe('POST /api/orgs/:orgId/contacts', () => {
  it('answers 401, 403 to another organization and to a paralegal', async () => {
    const body = { contactedOn: today, anonymousCount: 1 };
    expectError(await new TestAgent(t, '10.12.0.1').post(base(), body), 401, { code: 'unauthenticated' });
    expectError(await outsider.post(base(), body), 403, { code: 'forbidden' });
    expectError(await paralegal.post(base(), body), 403, { code: 'forbidden' });
  });

  it.each([
    [{}, 'contactedOn'],
    [{ contactedOn: '2026-13-01', anonymousCount: 1 }, 'contactedOn'],
    [{ contactedOn: '1999-12-31', anonymousCount: 1 }, 'contactedOn'],
    [{ contactedOn: '2026-01-01' }, 'memberId'],
    [{ contactedOn: '2026-01-01', anonymousCount: 0 }, 'anonymousCount'],
    [{ contactedOn: '2026-01-01', anonymousCount: 1, condoms: -1 }, 'condoms'],
    [{ contactedOn: '2026-01-01', anonymousCount: 1, condoms: 1001 }, 'condoms'],
    [{ contactedOn: '2026-01-01', anonymousCount: 1, infoTopics: ['astrology'] }, 'infoTopics.0'],
    [{ contactedOn: '2026-01-01', anonymousCount: 1, infoTopics: ['prep', 'prep'] }, 'infoTopics'],
    [{ contactedOn: '2026-01-01', anonymousCount: 1, needs: ['yacht'] }, 'needs.0'],
    [
      { contactedOn: '2026-01-01', anonymousCount: 1, referrals: [{ service: 'hiv_test' }] },
      'referrals.0.facilityType',
    ],
    [{ contactedOn: '2026-01-01', anonymousCount: 1, extra: 1 }, 'extra'],
  ])('answers 400 naming the field for %j', async (body, field) => {
    expectError(await asAna.post(base(), body), 400, { code: 'validation', field });
  });

  it('refuses a date in the future and a member with a tally, with a message naming the field', async () => {
    const future = new Date(t.clock.now().getTime() + 2 * 86_400_000).toISOString().slice(0, 10);
    const response = await asAna.post(base(), { contactedOn: future, anonymousCount: 1 });
    expectError(response, 400, { code: 'validation', field: 'contactedOn' });
    expect(response.json().error.message).toBe(
      'Revise el campo «Fecha del contacto»: no puede estar en el futuro',
    );
    const member = await memberOf(ana);
    expectError(
      await asAna.post(base(), { contactedOn: today, memberId: member.id, anonymousCount: 2 }),
      400,
      {
        code: 'validation',
        field: 'anonymousCount',
      },
    );
  });

  it('records a member contact with services and referrals; a retry with the same id answers the same contact', async () => {
    const member = await memberOf(ana);
    const site = await buildSite(t, { orgId, workerUserIds: [ana.userId] });
    const body = {
      id: '01900000-0000-7000-8000-00000000c001',
      contactedOn: today,
      siteId: site.id,
      memberId: member.id,
      condoms: 20,
      lubricant: 5,
      hivSelfTests: 1,
      infoTopics: ['prep', 'violence_safety'],
      needs: ['legal_support'],
      referrals: [
        { service: 'hiv_test', facilityType: 'public' },
        { service: 'legal', facilityType: 'ngo' },
      ],
    };
    const created = await asAna.post(base(), body);
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      id: body.id,
      memberId: member.id,
      memberDisplayCode: member.displayCode,
      promotoraUserId: ana.userId,
      anonymousCount: null,
      firstContact: true,
      condoms: 20,
      lubricant: 5,
      hivSelfTests: 1,
      infoTopics: ['prep', 'violence_safety'],
      needs: ['legal_support'],
      effective: true,
      voided: false,
    });
    expect(created.json().referrals).toEqual([
      expect.objectContaining({
        service: 'hiv_test',
        facilityType: 'public',
        status: 'referred',
        result: null,
      }),
      expect.objectContaining({ service: 'legal', facilityType: 'ngo', status: 'referred' }),
    ]);
    const again = await asAna.post(base(), body);
    expect(again.statusCode).toBe(201);
    expect(again.json()).toEqual(created.json());
    const list = (await asAna.get(`${base()}?memberId=${member.id}`)).json().contacts;
    expect(list).toHaveLength(1);
  });

  it('records an anonymous tally; refuses a site she does not work and another promotora as author', async () => {
    const tally = await asAna.post(base(), { contactedOn: today, anonymousCount: 3, condoms: 30 });
    expect(tally.json()).toMatchObject({ memberId: null, anonymousCount: 3, firstContact: null });
    const site = await buildSite(t, { orgId });
    expectError(await asAna.post(base(), { contactedOn: today, anonymousCount: 1, siteId: site.id }), 400, {
      code: 'validation',
      field: 'siteId',
    });
    expectError(
      await asAna.post(base(), { contactedOn: today, anonymousCount: 1, promotoraUserId: bea.userId }),
      400,
      { code: 'validation', field: 'promotoraUserId' },
    );
  });

  it('lets a coordinator record for a promotora of the organization, not for anyone else', async () => {
    const member = await memberOf(bea);
    const made = await coordinator.post(base(), {
      contactedOn: today,
      memberId: member.id,
      promotoraUserId: bea.userId,
    });
    expect(made.json()).toMatchObject({ promotoraUserId: bea.userId });
    const stranger = await buildUser(t, { orgId: otherOrgId, role: 'promotora' });
    expectError(
      await coordinator.post(base(), {
        contactedOn: today,
        anonymousCount: 1,
        promotoraUserId: stranger.userId,
      }),
      400,
      { code: 'validation', field: 'promotoraUserId' },
    );
  });

  it('answers 404 for a member outside her caseload or of another organization; merged members resolve', async () => {
    const beas = await memberOf(bea);
    expectError(await asAna.post(base(), { contactedOn: today, memberId: beas.id }), 404, {
      code: 'not_found',
    });
    const foreign = await buildMember(t, { orgId: otherOrgId });
    expectError(await coordinator.post(base(), { contactedOn: today, memberId: foreign.id }), 404, {
      code: 'not_found',
    });
    const kept = await memberOf(ana);
    const merged = await memberOf(ana);
    await t.deps.pool.query('update members set merged_into_id = $1 where org_id = $2 and id = $3', [
      kept.id,
      orgId,
      merged.id,
    ]);
    const contact = await asAna.post(base(), { contactedOn: today, memberId: merged.id });
    expect(contact.json()).toMatchObject({ memberId: kept.id, memberDisplayCode: kept.displayCode });
    const keptHistory = (await asAna.get(`${base()}?memberId=${kept.id}`)).json().contacts;
    expect(keptHistory.map((c: { id: string }) => c.id)).toEqual([contact.json().id]);
  });
});

describe('new vs repeat, corrections, voids and history', () => {
  it('derives new vs repeat from the first effective contact and moves it when that one is voided', async () => {
    const member = await memberOf(ana);
    const first = (
      await asAna.post(base(), { contactedOn: daysAgo(10), memberId: member.id, condoms: 5 })
    ).json();
    const second = (
      await asAna.post(base(), { contactedOn: daysAgo(2), memberId: member.id, condoms: 7 })
    ).json();
    expect(first.firstContact).toBe(true);
    expect(second.firstContact).toBe(false);
    const voided = await asAna.post(`${base()}/${first.id}/corrections`, { voided: true });
    expect(voided.statusCode).toBe(201);
    expect(voided.json()).toMatchObject({ voided: true, effective: false, supersedesId: first.id });
    const list = (await asAna.get(`${base()}?memberId=${member.id}`)).json().contacts;
    expect(list.map((c: { id: string }) => c.id)).toEqual([second.id]);
    expect(list[0].firstContact).toBe(true);
    const history = (await asAna.get(`${base()}?memberId=${member.id}&history=1`)).json().contacts;
    expect(history).toHaveLength(3);
    expect(history.find((c: { id: string }) => c.id === first.id)).toMatchObject({
      effective: false,
      supersededById: voided.json().id,
    });
  });

  it('corrects by a new event that supersedes; the chain is visible and only the latest counts', async () => {
    const member = await memberOf(ana);
    const original = (
      await asAna.post(base(), {
        contactedOn: daysAgo(1),
        memberId: member.id,
        condoms: 10,
        referrals: [{ service: 'prep', facilityType: 'ngo' }],
      })
    ).json();
    const referralId = original.referrals[0].id;
    await asAna.post(`/api/orgs/${orgId}/referrals/${referralId}/events`, {
      status: 'attended',
      recordedOn: today,
    });
    const fixed = await asAna.post(`${base()}/${original.id}/corrections`, { condoms: 12, lubricant: 4 });
    expect(fixed.statusCode).toBe(201);
    expect(fixed.json()).toMatchObject({
      supersedesId: original.id,
      condoms: 12,
      lubricant: 4,
      contactedOn: daysAgo(1),
    });
    // Referrals follow the correction with their outcomes.
    expect(fixed.json().referrals).toEqual([expect.objectContaining({ id: referralId, status: 'attended' })]);
    expectError(await asAna.post(`${base()}/${original.id}/corrections`, { condoms: 1 }), 409, {
      code: 'conflict',
    });
    const detail = (await asAna.get(`${base()}/${original.id}`)).json();
    expect(detail.history.map((c: { id: string }) => c.id)).toEqual([original.id, fixed.json().id]);
    expect(detail.contact).toMatchObject({ effective: false, supersededById: fixed.json().id });
    const [summary] = [
      ...(
        await summarizeMemberContacts(t.db, orgId, [member.id], { monthStart: daysAgo(40), today })
      ).values(),
    ];
    expect(summary).toEqual({ lastContactOn: daysAgo(1), condomsThisMonth: 12 });
  });

  it('turns a tally into a member contact; refuses a void with other fields', async () => {
    const member = await memberOf(ana);
    const tally = (await asAna.post(base(), { contactedOn: today, anonymousCount: 1 })).json();
    const fixed = await asAna.post(`${base()}/${tally.id}/corrections`, { memberId: member.id });
    expect(fixed.json()).toMatchObject({ memberId: member.id, anonymousCount: null });
    expectError(
      await asAna.post(`${base()}/${fixed.json().id}/corrections`, { voided: true, condoms: 1 }),
      400,
      {
        code: 'validation',
        field: 'condoms',
      },
    );
  });

  it('the database refuses UPDATE and DELETE on contacts and their events', async () => {
    const contact = (await asAna.post(base(), { contactedOn: today, anonymousCount: 1 })).json();
    await expect(
      t.deps.pool.query('update contacts set condoms = 99 where id = $1', [contact.id]),
    ).rejects.toThrow(/append-only/);
    await expect(t.deps.pool.query('delete from contacts where id = $1', [contact.id])).rejects.toThrow(
      /append-only/,
    );
    await expect(t.deps.pool.query('truncate contacts cascade')).rejects.toThrow(/append-only/);
    for (const table of ['contact_referrals', 'referral_events', 'stock_receipts'])
      await expect(t.deps.pool.query(`truncate ${table}`)).rejects.toThrow(/append-only/);
    const referred = (
      await asAna.post(base(), {
        contactedOn: today,
        anonymousCount: 1,
        referrals: [{ service: 'sti', facilityType: 'public' }],
      })
    ).json();
    await asAna.post(`/api/orgs/${orgId}/referrals/${referred.referrals[0].id}/events`, {
      status: 'attended',
      recordedOn: today,
    });
    await expect(
      t.deps.pool.query("update contact_referrals set service = 'pep' where contact_id = $1", [referred.id]),
    ).rejects.toThrow(/append-only/);
    await expect(
      t.deps.pool.query('delete from referral_events where referral_id = $1', [referred.referrals[0].id]),
    ).rejects.toThrow(/append-only/);
  });
});

describe('row scope', () => {
  it('a promotora neither lists, reads nor corrects another promotora’s contacts or tallies', async () => {
    const beas = await memberOf(bea);
    const contact = (await asBea.post(base(), { contactedOn: today, memberId: beas.id })).json();
    const tally = (await asBea.post(base(), { contactedOn: today, anonymousCount: 2 })).json();
    const anaList = (await asAna.get(`${base()}?history=1&limit=200`)).json().contacts;
    const ids = anaList.map((c: { id: string }) => c.id);
    expect(ids).not.toContain(contact.id);
    expect(ids).not.toContain(tally.id);
    expect(
      anaList.every(
        (c: { promotoraUserId: string; memberId: string | null }) =>
          c.promotoraUserId === ana.userId || c.memberId !== null,
      ),
    ).toBe(true);
    for (const id of [contact.id, tally.id]) {
      expectError(await asAna.get(`${base()}/${id}`), 404, { code: 'not_found' });
      expectError(await asAna.post(`${base()}/${id}/corrections`, { voided: true }), 404, {
        code: 'not_found',
      });
    }
    expect((await asAna.get(`${base()}?memberId=${beas.id}`)).json().contacts).toEqual([]);
    const coordinatorIds = (await coordinator.get(`${base()}?limit=200`))
      .json()
      .contacts.map((c: { id: string }) => c.id);
    expect(coordinatorIds).toEqual(expect.arrayContaining([contact.id, tally.id]));
    expect((await paralegal.get(base())).json().contacts).toEqual([]); // no cases yet: nobody linked
    expectError(await outsider.get(base()), 403, { code: 'forbidden' });
  });
});

describe('referral outcomes', () => {
  it('referred → attended → result; refuses a result before attendance and a date before the referral', async () => {
    const member = await memberOf(ana);
    const contact = (
      await asAna.post(base(), {
        contactedOn: daysAgo(3),
        memberId: member.id,
        referrals: [{ service: 'hiv_test', facilityType: 'community' }],
      })
    ).json();
    const referralId = contact.referrals[0].id;
    const events = `/api/orgs/${orgId}/referrals/${referralId}/events`;
    expect(
      (await asAna.get(`/api/orgs/${orgId}/referrals`)).json().referrals.map((r: { id: string }) => r.id),
    ).toContain(referralId);
    expectError(
      await asAna.post(events, { status: 'result', result: 'result_known', recordedOn: today }),
      409,
      {
        code: 'conflict',
        field: 'status',
      },
    );
    expectError(await asAna.post(events, { status: 'result', recordedOn: today }), 400, {
      code: 'validation',
      field: 'result',
    });
    expectError(await asAna.post(events, { status: 'attended', recordedOn: daysAgo(5) }), 400, {
      code: 'validation',
      field: 'recordedOn',
    });
    expectError(await asBea.post(events, { status: 'attended', recordedOn: today }), 404, {
      code: 'not_found',
    });
    const attended = await asAna.post(events, { status: 'attended', recordedOn: daysAgo(1) });
    expect(attended.statusCode).toBe(201);
    expect(attended.json()).toMatchObject({ id: referralId, status: 'attended', statusOn: daysAgo(1) });
    const result = await asAna.post(events, { status: 'result', result: 'result_known', recordedOn: today });
    expect(result.json()).toMatchObject({
      status: 'result',
      result: 'result_known',
      memberDisplayCode: member.displayCode,
    });
    const open = (await asAna.get(`/api/orgs/${orgId}/referrals`)).json().referrals;
    expect(open.map((r: { id: string }) => r.id)).not.toContain(referralId);
    const all = (await asAna.get(`/api/orgs/${orgId}/referrals?state=all`)).json().referrals;
    expect(all.map((r: { id: string }) => r.id)).toContain(referralId);
  });
});

describe('figures other modules read', () => {
  it('counts effective contacts per site in a month', async () => {
    const site = await buildSite(t, { orgId, workerUserIds: [ana.userId] });
    await asAna.post(base(), { contactedOn: today, anonymousCount: 1, siteId: site.id });
    const voided = (
      await asAna.post(base(), { contactedOn: today, anonymousCount: 1, siteId: site.id })
    ).json();
    await asAna.post(`${base()}/${voided.id}/corrections`, { voided: true });
    const counts = await countContactsBySite(t.db, orgId, today.slice(0, 7), [site.id]);
    expect(counts.get(site.id)).toBe(1);
  });

  it('refuses an unknown stock point', async () => {
    const point = await buildStockPoint(t, { orgId: otherOrgId });
    expectError(
      await asAna.post(base(), { contactedOn: today, anonymousCount: 1, stockPointId: point.id }),
      400,
      {
        code: 'validation',
        field: 'stockPointId',
      },
    );
  });
});
