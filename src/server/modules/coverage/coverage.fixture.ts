import { and, eq } from 'drizzle-orm';
import { newId } from '../../../domain/ids';
import { buildLocalGroup, buildOrganization, buildUser, type BuiltUser } from '../../testing/factories';
import type { TestApp } from '../../testing/test-app';
import { buildContact, buildStockPoint } from '../contacts/contacts.factory';
import { insertReferrals } from '../contacts/contacts.repo';
import { insertReferralEvent } from '../contacts/referrals.repo';
import { buildMember } from '../members/members.factory';
import { members } from '../members/members.tables';
import { buildEstimate, buildSite } from '../sites/sites.factories';
import { siteReports, sites } from '../sites/sites.tables';

/**
 * The hand-computed coverage fixture (issue 4, "Done when" #1): one organization, 2 local groups,
 * 4 sites with estimates, 11 member records (one merged into another), contacts over January–April
 * 2026 with a voided and a corrected contact, anonymous tallies, referrals with outcomes, a zero
 * return and a silent site. coverage.test.ts holds the expected figures, computed by hand.
 *
 *   Local group A: S1 (estimate 20/30/40), S2 (10/15/20)   promotora P1
 *   Local group B: S3 (8/10/12),           S4 (4/5/6)      promotora P2
 *
 *   F = full package (condoms 10, lubricant 2, an information topic); N = nothing given.
 *
 *   member  Jan        Feb            Mar                              Apr
 *   M1      S1 F       S1 F           S1 N                             S1 F
 *   M11     —          —              S2 F    (merged into M1 by `mergeDuplicate`)
 *   M2      —          S1 N           S1 condoms 5 + S1 lubricant 3 & STI referral (received)
 *   M3      —          S1 F (voided)  —                                S1 N
 *   M4      —          —              S1 N, corrected to condoms 8, lubricant 1, topic
 *   M5      S2 F       S2 F           S2 F                             S2 F
 *   M6      —          S3 F           —                                S2 condoms 10, lubricant 2, PrEP referral (no outcome)
 *   M7      —          S3 F           S3 F                             S3 F (from stock point SP, never stocked)
 *   M8      S3 N       —              —                                —
 *   M9      —          —              S3 condoms 10, lubricant 2, HIV-test referral (result known)
 *                                        + legal referral (service denied)
 *   M10     —          —              —                                no site, F (P2)
 *   tallies: S1 Feb 5 people, S1 Apr 3 people (P1).  S4: "nothing to report" for Feb, silent Mar–Apr.
 *
 * Every member needs 44 condoms a month (10 partners a week × 1 act × 52 / 12, rounded up).
 * The roll-up work extends this fixture to country and network levels: pass `networkId` /
 * `countryCode` to place the organization.
 */
export interface CoverageFixture {
  orgId: string;
  coordinator: BuiltUser;
  promotoras: { p1: BuiltUser; p2: BuiltUser };
  localGroups: { a: string; b: string };
  sites: { s1: string; s2: string; s3: string; s4: string };
  members: Record<'m1' | 'm2' | 'm3' | 'm4' | 'm5' | 'm6' | 'm7' | 'm8' | 'm9' | 'm10' | 'm11', string>;
  stockPointId: string;
  /** Marks M11 as a duplicate merged into M1 (as the members module does). */
  mergeDuplicate: () => Promise<void>;
}

const FULL = { condoms: 10, lubricant: 2, infoTopics: ['hiv_prevention'] };
const NONE = { condoms: 0, lubricant: 0, infoTopics: [] as string[] };

export async function buildCoverageFixture(
  t: TestApp,
  options: { networkId?: string; countryCode?: string } = {},
): Promise<CoverageFixture> {
  t.clock.set(new Date('2026-01-01T09:00:00Z'));
  const org = await buildOrganization(t, {
    ...(options.networkId ? { networkId: options.networkId } : {}),
    ...(options.countryCode ? { countryCode: options.countryCode } : {}),
  });
  const orgId = org.id;
  const coordinator = await buildUser(t, { orgId, role: 'coordinator' });
  const p1 = await buildUser(t, { orgId, role: 'promotora' });
  const p2 = await buildUser(t, { orgId, role: 'promotora' });
  const a = (await buildLocalGroup(t, { orgId, name: 'Colectivo A' })).id;
  const b = (await buildLocalGroup(t, { orgId, name: 'Colectivo B' })).id;

  const site = async (name: string, localGroupId: string, low: number, point: number, high: number) => {
    const built = await buildSite(t, { orgId, name });
    await t.db
      .update(sites)
      .set({ localGroupId })
      .where(and(eq(sites.orgId, orgId), eq(sites.id, built.id)));
    await buildEstimate(t, { orgId, siteId: built.id, low, point, high, estimatedOn: '2025-12-15' });
    return built.id;
  };
  const s1 = await site('S1 Parque', a, 20, 30, 40);
  const s2 = await site('S2 Terminal', a, 10, 15, 20);
  const s3 = await site('S3 Mercado', b, 8, 10, 12);
  const s4 = await site('S4 Hotel', b, 4, 5, 6);

  const m: Record<string, string> = {};
  for (const key of ['m1', 'm2', 'm3', 'm4', 'm5', 'm6', 'm7', 'm8', 'm9', 'm10', 'm11'])
    m[key] = (await buildMember(t, { orgId })).id;

  const contact = (
    member: string | null,
    siteId: string | null,
    on: string,
    promotora: BuiltUser,
    values: Record<string, unknown> = FULL,
  ) =>
    buildContact(t, {
      orgId,
      promotoraUserId: promotora.userId,
      memberId: member,
      anonymousCount: member ? null : 1,
      siteId,
      contactedOn: on,
      hivSelfTests: 0,
      ...values,
    });
  const referral = async (contactId: string, service: 'sti' | 'prep' | 'hiv_test' | 'legal') => {
    const id = newId();
    await insertReferrals(t.db, [
      { orgId, id, originId: id, contactId, service, facilityType: 'public', createdAt: t.clock.now() },
    ]);
    return id;
  };
  const outcome = async (
    referralId: string,
    result: 'service_received' | 'result_known' | 'service_denied',
  ) => {
    for (const status of ['attended', 'result'] as const)
      await insertReferralEvent(t.db, {
        orgId,
        id: newId(),
        referralId,
        status,
        result: status === 'result' ? result : null,
        recordedOn: '2026-04-10',
        recordedBy: p2.userId,
        createdAt: t.clock.now(),
      });
  };

  // M1 and its duplicate M11.
  await contact(m.m1!, s1, '2026-01-12', p1);
  await contact(m.m1!, s1, '2026-02-09', p1);
  await contact(m.m1!, s1, '2026-03-09', p1, NONE);
  await contact(m.m1!, s1, '2026-04-06', p1);
  await contact(m.m11!, s2, '2026-03-20', p1);
  // M2: the package over two contacts of March.
  await contact(m.m2!, s1, '2026-02-16', p1, NONE);
  await contact(m.m2!, s1, '2026-03-02', p1, { condoms: 5, lubricant: 0, infoTopics: [] });
  const m2b = await contact(m.m2!, s1, '2026-03-23', p1, { condoms: 0, lubricant: 3, infoTopics: [] });
  await outcome(await referral(m2b.id, 'sti'), 'service_received');
  // M3: February voided.
  const voided = await contact(m.m3!, s1, '2026-02-16', p1);
  await contact(m.m3!, s1, '2026-02-16', p1, { supersedesId: voided.id, voided: true });
  await contact(m.m3!, s1, '2026-04-13', p1, NONE);
  // M4: corrected.
  const wrong = await contact(m.m4!, s1, '2026-03-16', p1, NONE);
  await contact(m.m4!, s1, '2026-03-16', p1, {
    condoms: 8,
    lubricant: 1,
    infoTopics: ['sti'],
    supersedesId: wrong.id,
  });
  // M5 every month.
  for (const on of ['2026-01-14', '2026-02-11', '2026-03-11', '2026-04-08']) await contact(m.m5!, s2, on, p1);
  // M6 moves from S3 (local group B) to S2 (local group A).
  await contact(m.m6!, s3, '2026-02-20', p2);
  const m6 = await contact(m.m6!, s2, '2026-04-17', p1, { condoms: 10, lubricant: 2, infoTopics: [] });
  await referral(m6.id, 'prep');
  // M7 regular at S3; April from a stock point that never received stock.
  const point = await buildStockPoint(t, { orgId, name: 'Centro comunitario' });
  await contact(m.m7!, s3, '2026-02-05', p2);
  await contact(m.m7!, s3, '2026-03-05', p2);
  await contact(m.m7!, s3, '2026-04-02', p2, { ...FULL, stockPointId: point.id });
  // M8 only before the period.
  await contact(m.m8!, s3, '2026-01-22', p2, NONE);
  // M9: HIV test (result known) and legal referral (denied).
  const m9 = await contact(m.m9!, s3, '2026-03-26', p2, { condoms: 10, lubricant: 2, infoTopics: [] });
  await outcome(await referral(m9.id, 'hiv_test'), 'result_known');
  await outcome(await referral(m9.id, 'legal'), 'service_denied');
  // M10 without a site.
  await contact(m.m10!, null, '2026-04-21', p2);
  // Anonymous tallies at S1.
  await contact(null, s1, '2026-02-09', p1, { ...FULL, anonymousCount: 5 });
  await contact(null, s1, '2026-04-06', p1, { ...FULL, anonymousCount: 3 });
  // S4 files "nothing to report" for February and stays silent afterwards.
  await t.db.insert(siteReports).values({
    orgId,
    id: newId(),
    siteId: s4,
    month: '2026-02-01',
    status: 'nothing_to_report',
    reportedBy: p2.userId,
    createdAt: t.clock.now(),
  });

  t.clock.set(new Date('2026-05-04T10:00:00Z'));
  return {
    orgId,
    coordinator,
    promotoras: { p1, p2 },
    localGroups: { a, b },
    sites: { s1, s2, s3, s4 },
    members: m,
    stockPointId: point.id,
    mergeDuplicate: async () => {
      await t.db
        .update(members)
        .set({ mergedIntoId: m.m1! })
        .where(and(eq(members.orgId, orgId), eq(members.id, m.m11!)));
    },
  };
}
