import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { distinctFigures } from '../../../domain/aggregates/regional-rollup';
import type { RegionalCoverage } from '../../../domain/coverage-shares.schemas';
import { signIn, type TestAgent } from '../../testing/agent';
import { buildOrganization, buildUser, type BuiltUser } from '../../testing/factories';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { buildContact } from '../contacts/contacts.factory';
import { buildCoverageFixture, type CoverageFixture } from '../coverage/coverage.fixture';
import { buildMember } from '../members/members.factory';
import { members } from '../members/members.tables';
import { upsertRegistrySettings } from '../registry-settings/registry-settings.repo';
import { buildEstimate, buildSite } from '../sites/sites.factories';
import { loadRollupShares } from './coverage-shares.service';

/**
 * The hand-computed fixture at country and network level (issue 4, "Done when" #1): the engine's
 * organization A (El Salvador, coverage.fixture.ts) plus B (El Salvador) and C (Guatemala) in the same
 * network. Two mobile people — A's M5 and M7 — are also reached by B and by C (same keyed hash).
 * Every organization's threshold is 2, so the hand counts are published (a count of 1 shows "<2").
 * Period: February–April 2026 (whole months), the default package (full = condoms 10, lubricant 2,
 * an information topic; every member needs 44 condoms a month).
 *
 *   B (SV), site T1 (estimate 10/20/30): B1 Feb F, Mar F, Apr F; B2 Mar F; B3 = M5 Apr F; B4 = M7 Apr F
 *   C (GT), site U1 (estimate 5/10/15):  C1 Mar F; C2 Mar F; C3 = M5 Apr F; C4 = M7 Apr F
 *
 *   A: reached 9, package 8, regular 3, new 7, contacts 19, condoms 143, lubricant 30, need 748,
 *      referrals 4 made / 2 completed, estimates 42/60/78 (coverage.test.ts).
 *   B: reached 4, package 4, regular 1 (B1), new 4, contacts 6, condoms 60, lubricant 12,
 *      need 6 member-months × 44 = 264, referrals 0, estimates 10/20/30.
 *   C: reached 4, package 4, regular 0, new 4, contacts 4, condoms 40, lubricant 8, need 176,
 *      referrals 0, estimates 5/10/15.
 *
 *   SV = A + B: reached 13 counted by organizations, 11 people (M5, M7 once); GT = C: 4, 4 people.
 *   Region: 17 counted, 13 people (A's 9 + B1, B2 + C1, C2); the countries' 11 + 4 = 15 leaves 2
 *   people in both countries (≥ 2, so the region's union is published).
 */
let t: TestApp;
let f: CoverageFixture;
let networkId: string;
let regionalId: string;
let networkAnalyst: TestAgent;
const PERIOD = { periodStart: '2026-02', periodEnd: '2026-04' };
const FULL = { condoms: 10, lubricant: 2, infoTopics: ['hiv_prevention'] };

/** Keyed hashes whose first 12 bits differ: each person in her own register (linear counting exact). */
function personHash(i: number): Buffer {
  const hash = Buffer.alloc(32, 0xa5);
  hash.writeUInt16BE((i << 4) | 0x3, 0);
  hash.writeUInt32BE((0x7f4a7c15 ^ (i * 2654435761)) >>> 0, 4);
  return hash;
}

async function setThreshold(orgId: string) {
  await upsertRegistrySettings(t.db, {
    orgId,
    dueAfterDays: 30,
    riskFlags: [],
    recordMigrantStatus: false,
    recordContactChannel: false,
    caseloadNorm: 50,
    smallCellThreshold: 2,
    updatedAt: t.clock.now(),
  });
}

/** A small organization: one site with an estimate and members reached on the given days (all full). */
async function buildSmallOrg(
  countryCode: string,
  estimate: [number, number, number],
  people: { hash: Buffer; days: string[] }[],
): Promise<BuiltUser> {
  const orgId = (await buildOrganization(t, { networkId, countryCode })).id;
  const promotora = await buildUser(t, { orgId, role: 'promotora' });
  const site = await buildSite(t, { orgId, name: `Sitio ${countryCode}` });
  const [low, point, high] = estimate;
  await buildEstimate(t, { orgId, siteId: site.id, low, point, high, estimatedOn: '2025-12-15' });
  for (const person of people) {
    const member = await buildMember(t, { orgId, uicHash: person.hash });
    for (const day of person.days)
      await buildContact(t, {
        orgId,
        promotoraUserId: promotora.userId,
        memberId: member.id,
        siteId: site.id,
        contactedOn: day,
        hivSelfTests: 0,
        ...FULL,
      });
  }
  await setThreshold(orgId);
  return buildUser(t, { orgId, role: 'coordinator' });
}

async function approve(user: BuiltUser) {
  const agent = await signIn(t, user);
  const base = `/api/orgs/${user.orgId}/coverage-shares`;
  const preview = await agent.get(`${base}/preview?periodStart=2026-02&periodEnd=2026-04`);
  expect(preview.statusCode, preview.body).toBe(200);
  const approved = await agent.post(base, { ...PERIOD, previewDigest: preview.json().previewDigest });
  expect(approved.statusCode, approved.body).toBe(201);
}

const totalOf = (totals: { metric: string; count: unknown }[]) =>
  Object.fromEntries(totals.map((x) => [x.metric, x.count]));

beforeAll(async () => {
  t = await createTestApp();
  const regional = await buildOrganization(t, { level: 'regional', countryCode: null });
  networkId = regional.networkId;
  regionalId = regional.id;
  f = await buildCoverageFixture(t, { networkId, countryCode: 'SV' });
  await f.mergeDuplicate();
  // Give A's people known hashes (the engine never reads them): M1..M11 are people 1..11.
  for (const [i, key] of (
    ['m1', 'm2', 'm3', 'm4', 'm5', 'm6', 'm7', 'm8', 'm9', 'm10', 'm11'] as const
  ).entries())
    await t.db
      .update(members)
      .set({ uicHash: personHash(i + 1) })
      .where(and(eq(members.orgId, f.orgId), eq(members.id, f.members[key])));
  await setThreshold(f.orgId);
  await setThreshold(regionalId);
  const m5 = personHash(5);
  const m7 = personHash(7);
  const b = await buildSmallOrg(
    'SV',
    [10, 20, 30],
    [
      { hash: personHash(21), days: ['2026-02-10', '2026-03-10', '2026-04-10'] },
      { hash: personHash(22), days: ['2026-03-12'] },
      { hash: m5, days: ['2026-04-14'] },
      { hash: m7, days: ['2026-04-15'] },
    ],
  );
  const c = await buildSmallOrg(
    'GT',
    [5, 10, 15],
    [
      { hash: personHash(31), days: ['2026-03-03'] },
      { hash: personHash(32), days: ['2026-03-04'] },
      { hash: m5, days: ['2026-04-20'] },
      { hash: m7, days: ['2026-04-21'] },
    ],
  );
  await approve(f.coordinator);
  await approve(b);
  await approve(c);
  networkAnalyst = await signIn(t, await buildUser(t, { orgId: regionalId, role: 'network_analyst' }));
}, 180_000);
afterAll(() => t.close());

describe('hand-computed fixture at country and network level (Feb–Apr 2026)', () => {
  let view: RegionalCoverage;
  beforeAll(async () => {
    const response = await networkAnalyst.get(
      `/api/orgs/${regionalId}/network/coverage?periodStart=2026-02&periodEnd=2026-04`,
    );
    expect(response.statusCode, response.body).toBe(200);
    view = response.json();
  });

  it('each organization publishes its own hand counts', () => {
    expect(view.threshold).toBe(2);
    const a = view.organizations.find((o) => o.orgId === f.orgId)!;
    expect(totalOf(a.totals)).toMatchObject({
      reached: 9,
      reached_with_package: 8,
      regular_contact: 3,
      new_members: 7,
      contacts: 19,
      condoms_given: 143,
      lubricant_given: 30,
      condoms_needed: 748,
      referrals_made: 4,
      referrals_completed: 2,
      estimate_low: 42,
      estimate_point: 60,
      estimate_high: 78,
    });
  });

  it('countries side by side: exact sums of the published numbers', () => {
    expect(view.countries.map((c) => [c.countryCode, c.organizations])).toEqual([
      ['GT', 1],
      ['SV', 2],
    ]);
    const [gt, sv] = view.countries;
    expect(totalOf(sv!.totals)).toEqual({
      reached: 13,
      reached_with_package: 12,
      regular_contact: '*', // B's regular contact is 1, published "<2": the sum cannot be published
      new_members: 11,
      contacts: 25,
      referrals_made: 4,
      referrals_completed: 2,
      condoms_given: 203,
      lubricant_given: 42,
      condoms_needed: 1012,
      estimate_low: 52,
      estimate_point: 80,
      estimate_high: 108,
    });
    expect(totalOf(gt!.totals)).toMatchObject({
      reached: 4,
      reached_with_package: 4,
      regular_contact: 0,
      contacts: 4,
      condoms_given: 40,
      condoms_needed: 176,
      estimate_point: 10,
    });
    expect(sv!.distinct).toEqual({ sumOfOrganizations: 13, union: 11, removedPercent: 15.4 });
    expect(gt!.distinct).toEqual({ sumOfOrganizations: 4, union: 4, removedPercent: 0 });
  });

  it('the region: sums, coverage from published numbers, people counted once', () => {
    expect(view.region.organizations).toBe(3);
    expect(totalOf(view.region.totals)).toMatchObject({
      reached: 17,
      reached_with_package: 16,
      contacts: 29,
      condoms_given: 243,
      condoms_needed: 1188,
      estimate_low: 57,
      estimate_point: 90,
      estimate_high: 123,
    });
    expect(view.region.percents).toEqual({
      coverageLow: 13, // 16 / 123
      coveragePoint: 17.8, // 16 / 90
      coverageHigh: 28.1, // 16 / 57
      condomsVsNeed: 20.5, // 243 / 1188
      referralsCompleted: 50,
    });
    expect(view.region.distinct).toEqual({ sumOfOrganizations: 17, union: 13, removedPercent: 23.5 });
  });

  it('the union of the sketches equals the hand count exactly (linear counting at this size)', async () => {
    const shares = await loadRollupShares(t.db, t.deps.keyring, networkId, null);
    expect(distinctFigures(shares)).toEqual({ sumOfOrganizations: 17, union: 13 });
    const sv = shares.filter((s) => s.countryCode === 'SV');
    expect(distinctFigures(sv)).toEqual({ sumOfOrganizations: 13, union: 11 });
  });
});
