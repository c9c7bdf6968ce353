import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IndicatorFilterValues } from '../../../domain/indicator-filters';
import { newId } from '../../../domain/ids';
import { buildLocalGroup, buildOrganization, buildUser } from '../../testing/factories';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { buildAction } from '../capacity-actions/capacity-actions.factory';
import { buildCase } from '../cases/cases.factory';
import { hrCases } from '../cases/cases.tables';
import { buildContact } from '../contacts/contacts.factory';
import { contactReferrals, referralEvents } from '../contacts/contacts.tables';
import { buildGrant } from '../grants/grants.factories';
import { buildMember } from '../members/members.factory';
import { members } from '../members/members.tables';
import { buildSite } from '../sites/sites.factories';
import { siteReports } from '../sites/sites.tables';
import { findIndicatorSource, INDICATOR_SOURCES } from './indicator-sources';

/**
 * Each source on a small hand-built fixture of March 2026 (values counted by hand in the comments),
 * with records just outside the month and another organization's records that must never count.
 */
let t: TestApp;
let orgId: string;
let site1: string;
let site2: string;
let groupId: string;

const at = (day: string) => new Date(`${day}T12:00:00Z`);

async function addReferral(
  contactId: string,
  service: 'hiv_test' | 'sti',
  events: ('attended' | 'not_attended')[],
) {
  const id = newId();
  await t.db.insert(contactReferrals).values({
    orgId,
    id,
    originId: id,
    contactId,
    service,
    facilityType: 'public',
    createdAt: t.clock.now(),
  });
  for (const [i, status] of events.entries())
    await t.db.insert(referralEvents).values({
      orgId,
      id: newId(),
      referralId: id,
      status,
      result: null,
      recordedOn: `2026-03-2${i}`,
      recordedBy: null,
      createdAt: t.clock.now(),
    });
}

async function setMember(id: string, values: Partial<typeof members.$inferInsert>) {
  await t.db.update(members).set(values).where(eq(members.id, id));
}

beforeAll(async () => {
  t = await createTestApp();
  orgId = (await buildOrganization(t)).id;
  const promotora = (await buildUser(t, { orgId, role: 'promotora' })).userId;
  site1 = (await buildSite(t, { orgId })).id;
  site2 = (await buildSite(t, { orgId })).id;
  groupId = (await buildLocalGroup(t, { orgId })).id;

  // Members: m1 (group G, street) and m2 (online) registered in March; m3 merged into m1; m4
  // registered in February; m5 removed.
  const m1 = (await buildMember(t, { orgId })).id;
  const m2 = (await buildMember(t, { orgId })).id;
  const m3 = (await buildMember(t, { orgId })).id;
  const m4 = (await buildMember(t, { orgId })).id;
  const m5 = (await buildMember(t, { orgId })).id;
  await setMember(m1, { localGroupId: groupId, workSettings: ['street'], createdAt: at('2026-03-05') });
  await setMember(m2, { workSettings: ['online'], createdAt: at('2026-03-31') });
  await setMember(m3, { mergedIntoId: m1, createdAt: at('2026-03-06') });
  await setMember(m4, { createdAt: at('2026-02-20') });
  await setMember(m5, { deletedAt: at('2026-03-09'), createdAt: at('2026-03-08') });

  const contact = (values: Partial<Parameters<typeof buildContact>[1]>) =>
    buildContact(t, { orgId, promotoraUserId: promotora, ...values });
  const c1 = await contact({
    memberId: m1,
    siteId: site1,
    contactedOn: '2026-03-02',
    condoms: 10,
    lubricant: 2,
  });
  await addReferral(c1.id, 'hiv_test', ['attended']);
  await addReferral(c1.id, 'sti', []);
  await contact({ memberId: m1, siteId: site2, contactedOn: '2026-03-10', condoms: 5, lubricant: 0 });
  const c3 = await contact({
    memberId: m2,
    siteId: site1,
    contactedOn: '2026-03-15',
    condoms: 3,
    lubricant: 1,
  });
  await addReferral(c3.id, 'hiv_test', ['attended', 'not_attended']);
  await contact({ memberId: m3, siteId: site1, contactedOn: '2026-03-20', condoms: 4, lubricant: 4 });
  await contact({ siteId: site1, contactedOn: '2026-03-21', condoms: 6, lubricant: 0, anonymousCount: 3 });
  await contact({ memberId: m2, siteId: site1, contactedOn: '2026-03-25', condoms: 100, voided: true });
  const c7 = await contact({
    memberId: m2,
    siteId: site1,
    contactedOn: '2026-03-26',
    condoms: 50,
    lubricant: 9,
  });
  await addReferral(c7.id, 'sti', ['attended']);
  const c8 = await contact({
    memberId: m2,
    siteId: site1,
    contactedOn: '2026-03-26',
    condoms: 7,
    lubricant: 1,
    supersedesId: c7.id,
  });
  await addReferral(c8.id, 'sti', ['not_attended', 'attended']);
  await contact({ memberId: m1, siteId: site1, contactedOn: '2026-04-01', condoms: 9, lubricant: 9 });

  // Cases: opened in March with record consent, without it, and in February.
  const opened = (await buildCase(t, { orgId })).id;
  const refused = (await buildCase(t, { orgId, consents: { record: false } })).id;
  const earlier = (await buildCase(t, { orgId })).id;
  for (const [id, day] of [
    [opened, '2026-03-10'],
    [refused, '2026-03-11'],
    [earlier, '2026-02-10'],
  ] as const)
    await t.db
      .update(hrCases)
      .set({ createdAt: at(day) })
      .where(eq(hrCases.id, id));

  for (const [siteId, month] of [
    [site1, '2026-03-01'],
    [site2, '2026-03-01'],
    [site1, '2026-04-01'],
  ] as const)
    await t.db.insert(siteReports).values({
      orgId,
      id: newId(),
      siteId,
      month,
      status: 'nothing_to_report',
      reportedBy: null,
      createdAt: t.clock.now(),
    });

  await buildAction(t, { orgId, status: 'done', completedOn: '2026-03-15' });
  await buildAction(t, { orgId, status: 'done', completedOn: '2026-04-02' });
  await buildAction(t, { orgId, status: 'planned' });
  await buildGrant(t, {
    orgId,
    reports: [
      { dueOn: '2026-03-31', submittedOn: '2026-03-30' },
      { dueOn: '2026-02-28', submittedOn: '2026-02-27' },
      { dueOn: '2026-06-30' },
    ],
  });

  // Another organization's March records, which no count may include.
  const otherOrgId = (await buildOrganization(t)).id;
  const otherPromotora = (await buildUser(t, { orgId: otherOrgId, role: 'promotora' })).userId;
  const otherMember = (await buildMember(t, { orgId: otherOrgId })).id;
  await setMember(otherMember, { createdAt: at('2026-03-03') });
  await buildContact(t, {
    orgId: otherOrgId,
    promotoraUserId: otherPromotora,
    memberId: otherMember,
    contactedOn: '2026-03-03',
    condoms: 1000,
    lubricant: 1000,
    referrals: 2,
  });
  await buildAction(t, { orgId: otherOrgId, status: 'done', completedOn: '2026-03-15' });
  await buildGrant(t, { orgId: otherOrgId, reports: [{ dueOn: '2026-03-31', submittedOn: '2026-03-30' }] });
});
afterAll(() => t.close());

async function countOf(
  key: string,
  filters: IndicatorFilterValues = {},
  from = '2026-03-01',
  to = '2026-03-31',
) {
  const source = findIndicatorSource(key);
  if (!source) throw new Error(`no source ${key}`);
  return source.count(t.db, orgId, from, to, filters);
}

describe('indicator sources on a hand-counted March 2026', () => {
  it('members reached: distinct members of effective contacts, a merged record counted as its target', async () => {
    expect(await countOf('members_reached')).toBe(2); // m1 (with m3's contact) and m2
    expect(await countOf('members_reached', { siteId: site2 })).toBe(1); // m1
    expect(await countOf('members_reached', { localGroupId: groupId })).toBe(1); // m1 (m3 counts as m1)
    expect(await countOf('members_reached', { workSetting: 'online' })).toBe(1); // m2
    expect(await countOf('members_reached', {}, '2026-04-01', '2026-04-30')).toBe(1);
  });

  it('contacts, condoms and lubricant: effective contacts only (no voided, no superseded)', async () => {
    expect(await countOf('contacts')).toBe(6); // c1 c2 c3 c4 tally c8
    expect(await countOf('contacts', { siteId: site1 })).toBe(5);
    expect(await countOf('condoms_distributed')).toBe(35); // 10 + 5 + 3 + 4 + 6 + 7
    expect(await countOf('condoms_distributed', { siteId: site1 })).toBe(30);
    expect(await countOf('lubricant_distributed')).toBe(8); // 2 + 0 + 1 + 4 + 0 + 1
  });

  it('referrals made and completed (latest outcome attended) on effective contacts', async () => {
    expect(await countOf('referrals_made')).toBe(4); // c1 ×2, c3, c8 (c7's is superseded)
    expect(await countOf('referrals_made', { service: 'hiv_test' })).toBe(2);
    expect(await countOf('referrals_made', { siteId: site2 })).toBe(0);
    expect(await countOf('referrals_completed')).toBe(2); // c1 hiv_test, c8 (not attended → attended)
    expect(await countOf('referrals_completed', { service: 'sti' })).toBe(1);
  });

  it('members registered: not merged away, not removed, by local group and setting', async () => {
    expect(await countOf('members_registered')).toBe(2); // m1 and m2
    expect(await countOf('members_registered', { localGroupId: groupId })).toBe(1);
    expect(await countOf('members_registered', { workSetting: 'online' })).toBe(1);
    expect(await countOf('members_registered', {}, '2026-02-01', '2026-02-28')).toBe(1); // m4
  });

  it('cases opened with record consent, zero returns, capacity actions done, grant reports submitted', async () => {
    expect(await countOf('hr_cases_opened')).toBe(1);
    expect(await countOf('hr_cases_opened', {}, '2026-01-01', '2026-03-31')).toBe(2);
    expect(await countOf('zero_returns')).toBe(2);
    expect(await countOf('zero_returns', { siteId: site1 })).toBe(1);
    expect(await countOf('capacity_actions_done')).toBe(1);
    expect(await countOf('grant_reports_submitted')).toBe(1);
    expect(await countOf('grant_reports_submitted', {}, '2026-01-01', '2026-12-31')).toBe(2);
  });

  it('every source has a unique key, its label key and filters within the shared set', () => {
    const keys = INDICATOR_SOURCES.map((source) => source.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const source of INDICATOR_SOURCES) expect(source.labelKey).toBe(`indicators.sources.${source.key}`);
  });
});
