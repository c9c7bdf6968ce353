import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CoverageReport, CoverageRow } from '../../../domain/coverage.schemas';
import { signIn } from '../../testing/agent';
import { buildOrganization, buildUser } from '../../testing/factories';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { buildCoverageFixture, type CoverageFixture } from './coverage.fixture';
import { computeCoverage } from './coverage.service';

let t: TestApp;
let f: CoverageFixture;
beforeAll(async () => {
  t = await createTestApp();
  f = await buildCoverageFixture(t);
});
afterAll(() => t.close());

const PERIOD = { from: '2026-02', to: '2026-04' } as const;
const compute = (
  query: Partial<Parameters<typeof computeCoverage>[2]> & { level: CoverageRow['unit']['level'] },
) => computeCoverage(t.db, f.orgId, { ...PERIOD, ...query }, t.clock.now());
const rowOf = (report: CoverageReport, id: string | null) => {
  const row = report.rows.find((r) => r.unit.id === id);
  if (!row) throw new Error(`no row ${id}`);
  return row;
};
/** The count indicators of a row (coverage fractions are checked separately). */
const counts = (row: CoverageRow) => ({
  reached: row.reached,
  reachedWithPackage: row.reachedWithPackage,
  anonymousContacts: row.anonymousContacts,
  contacts: row.contacts,
  regularContact: row.regularContact,
  newMembers: row.newMembers,
  repeatMembers: row.repeatMembers,
  condomsGiven: row.condomsGiven,
  lubricantGiven: row.lubricantGiven,
  condomsNeeded: row.condomsNeeded,
  memberMonthsWithNeed: row.memberMonthsWithNeed,
  referralsMade: row.referralsMade,
  referralsCompleted: row.referralsCompleted,
  hivTestedKnowsResult: row.hivTestedKnowsResult,
  promotorasActive: row.promotorasActive,
  membersPerPromotora: row.membersPerPromotora,
  estimate: row.estimate,
  reportingSites: row.reportingSites,
});
const expectCoverage = (row: CoverageRow, low: number, point: number, high: number) => {
  expect(row.coverage.low).toBeCloseTo(low, 10);
  expect(row.coverage.point).toBeCloseTo(point, 10);
  expect(row.coverage.high).toBeCloseTo(high, 10);
};

describe('hand-computed fixture, February–April 2026, default package', () => {
  it('before the merge, the duplicate M11 counts as a tenth person', async () => {
    const report = await compute({ level: 'organization' });
    // M1 M2 M3 M4 M5 M6 M7 M9 M10 M11; all but M3 met the package in some month.
    expect(report.total.reached).toBe(10);
    expect(report.total.reachedWithPackage).toBe(9);
  });

  describe('after M11 is merged into M1', () => {
    beforeAll(() => f.mergeDuplicate());

    it('site level', async () => {
      const report = await compute({ level: 'site' });
      expect(report.package).toMatchObject({ name: 'Paquete mínimo', version: 1 });
      expect(report.months).toEqual(['2026-02', '2026-03', '2026-04']);
      expect(report.rows.map((r) => r.unit.name)).toEqual([
        'S1 Parque',
        'S2 Terminal',
        'S3 Mercado',
        'S4 Hotel',
        null,
      ]);

      // S1: M1 (Feb F, Mar N, Apr F), M2 (Feb N; Mar condoms 5 + lubricant 3 + STI referral), M3 (Feb voided,
      // Apr N), M4 (Mar corrected to F). Package: M1, M2, M4. Regular (Feb, Mar, Apr): M1. New: M2, M3, M4
      // (M1 first came in January). Contacts 3+3+1+1 = 8; condoms 20+5+0+8 = 33; lubricant 4+3+0+1 = 8;
      // member-months 3+2+1+1 = 7 → need 7 × 44 = 308. Tallies 5 + 3.
      const s1 = rowOf(report, f.sites.s1);
      expect(counts(s1)).toEqual({
        reached: 4,
        reachedWithPackage: 3,
        anonymousContacts: 8,
        contacts: 8,
        regularContact: 1,
        newMembers: 3,
        repeatMembers: 1,
        condomsGiven: 33,
        lubricantGiven: 8,
        condomsNeeded: 308,
        memberMonthsWithNeed: 7,
        referralsMade: 1,
        referralsCompleted: 1,
        hivTestedKnowsResult: 0,
        promotorasActive: 1,
        membersPerPromotora: 4,
        estimate: { low: 20, point: 30, high: 40, sites: 1, sitesWithEstimate: 1 },
        reportingSites: { reporting: 3, zeroReturns: 0, silent: 0 },
      });
      expectCoverage(s1, 3 / 40, 3 / 30, 3 / 20); // low = ÷ high estimate

      // S2: M5 (Feb, Mar, Apr F), M1 through M11 (Mar F), M6 (Apr, PrEP referral: not in the package).
      // Package: M5, M1. Regular: M5. New: M6 (first contact in February, at S3). Contacts 3+1+1 = 5;
      // condoms 30+10+10; lubricant 6+2+2; member-months 3+1+1 = 5 → 220.
      const s2 = rowOf(report, f.sites.s2);
      expect(counts(s2)).toEqual({
        reached: 3,
        reachedWithPackage: 2,
        anonymousContacts: 0,
        contacts: 5,
        regularContact: 1,
        newMembers: 1,
        repeatMembers: 2,
        condomsGiven: 50,
        lubricantGiven: 10,
        condomsNeeded: 220,
        memberMonthsWithNeed: 5,
        referralsMade: 1,
        referralsCompleted: 0,
        hivTestedKnowsResult: 0,
        promotorasActive: 1,
        membersPerPromotora: 3,
        estimate: { low: 10, point: 15, high: 20, sites: 1, sitesWithEstimate: 1 },
        reportingSites: { reporting: 3, zeroReturns: 0, silent: 0 },
      });
      expectCoverage(s2, 2 / 20, 2 / 15, 2 / 10);

      // S3: M7 (Feb, Mar, Apr F), M9 (Mar, HIV-test referral with result known + legal denied), M6 (Feb F).
      // M8 only in January: not reached. All three new; package all three; regular M7.
      const s3 = rowOf(report, f.sites.s3);
      expect(counts(s3)).toEqual({
        reached: 3,
        reachedWithPackage: 3,
        anonymousContacts: 0,
        contacts: 5,
        regularContact: 1,
        newMembers: 3,
        repeatMembers: 0,
        condomsGiven: 50,
        lubricantGiven: 10,
        condomsNeeded: 220,
        memberMonthsWithNeed: 5,
        referralsMade: 2,
        referralsCompleted: 1,
        hivTestedKnowsResult: 1,
        promotorasActive: 1,
        membersPerPromotora: 3,
        estimate: { low: 8, point: 10, high: 12, sites: 1, sitesWithEstimate: 1 },
        reportingSites: { reporting: 3, zeroReturns: 0, silent: 0 },
      });
      expectCoverage(s3, 3 / 12, 3 / 10, 3 / 8);

      // S4: nothing reached; "nothing to report" in February, silent in March and April.
      const s4 = rowOf(report, f.sites.s4);
      expect(s4.reached).toBe(0);
      expect(s4.promotorasActive).toBe(0);
      expect(s4.membersPerPromotora).toBeNull();
      expect(s4.reportingSites).toEqual({ reporting: 0, zeroReturns: 1, silent: 2 });
      expectCoverage(s4, 0, 0, 0);

      // No site: M10 in April (P2).
      const none = rowOf(report, null);
      expect(none).toMatchObject({ reached: 1, reachedWithPackage: 1, newMembers: 1, promotorasActive: 1 });
      expect(none.estimate).toEqual({ low: 0, point: 0, high: 0, sites: 0, sitesWithEstimate: 0 });
      expect(none.coverage).toEqual({ low: null, point: null, high: null });
    });

    it('local group level: people are counted once, months are combined across sites', async () => {
      const report = await compute({ level: 'local_group' });
      expect(report.rows.map((r) => r.unit.name)).toEqual(['Colectivo A', 'Colectivo B', null]);

      // A = S1 + S2: M1 M2 M3 M4 M5 M6 = 6 people (S1 4 + S2 3 = 7 counts M1 twice). Package: M1 M2 M4 M5
      // (M6 only came to A in April, without the package). Regular: M1 (S1 Feb, S1+S2 Mar, S1 Apr), M5.
      // Member-months: M1 3 (March once), M2 2, M3 1, M4 1, M5 3, M6 1 = 11 → 484 (not 308 + 220).
      const a = rowOf(report, f.localGroups.a);
      expect(counts(a)).toEqual({
        reached: 6,
        reachedWithPackage: 4,
        anonymousContacts: 8,
        contacts: 13,
        regularContact: 2,
        newMembers: 4,
        repeatMembers: 2,
        condomsGiven: 83,
        lubricantGiven: 18,
        condomsNeeded: 484,
        memberMonthsWithNeed: 11,
        referralsMade: 2,
        referralsCompleted: 1,
        hivTestedKnowsResult: 0,
        promotorasActive: 1,
        membersPerPromotora: 6,
        estimate: { low: 30, point: 45, high: 60, sites: 2, sitesWithEstimate: 2 },
        reportingSites: { reporting: 6, zeroReturns: 0, silent: 0 },
      });
      expectCoverage(a, 4 / 60, 4 / 45, 4 / 30);

      // B = S3 + S4: the S3 figures, S4's estimate and reporting added.
      const b = rowOf(report, f.localGroups.b);
      expect(counts(b)).toEqual({
        reached: 3,
        reachedWithPackage: 3,
        anonymousContacts: 0,
        contacts: 5,
        regularContact: 1,
        newMembers: 3,
        repeatMembers: 0,
        condomsGiven: 50,
        lubricantGiven: 10,
        condomsNeeded: 220,
        memberMonthsWithNeed: 5,
        referralsMade: 2,
        referralsCompleted: 1,
        hivTestedKnowsResult: 1,
        promotorasActive: 1,
        membersPerPromotora: 3,
        estimate: { low: 12, point: 15, high: 18, sites: 2, sitesWithEstimate: 2 },
        reportingSites: { reporting: 3, zeroReturns: 1, silent: 2 },
      });
      expectCoverage(b, 3 / 18, 3 / 15, 3 / 12);
      expect(rowOf(report, null)).toMatchObject({ reached: 1, reachedWithPackage: 1, promotorasActive: 1 });
    });

    it('organization level and total', async () => {
      const report = await compute({ level: 'organization' });
      expect(report.rows).toEqual([report.total]);
      // People: M1 M2 M3 M4 M5 M6 M7 M9 M10 = 9 (M8 only January, M11 is M1). Package: all but M3 = 8
      // (M6 through S3 in February). Regular: M1, M5, M7 (M6 missed March, M2 April). New: M2 M3 M4 M6 M7
      // M9 M10. Contacts 8+5+5+1 = 19; condoms 33+50+50+10 = 143; lubricant 8+10+10+2 = 30. Member-months
      // M1 3, M2 2, M3 1, M4 1, M5 3, M6 2, M7 3, M9 1, M10 1 = 17 → 748. Referrals: STI (received),
      // PrEP (none), HIV test (result known), legal (denied) → 4 made, 2 completed, 1 knows result.
      expect(counts(report.total)).toEqual({
        reached: 9,
        reachedWithPackage: 8,
        anonymousContacts: 8,
        contacts: 19,
        regularContact: 3,
        newMembers: 7,
        repeatMembers: 2,
        condomsGiven: 143,
        lubricantGiven: 30,
        condomsNeeded: 748,
        memberMonthsWithNeed: 17,
        referralsMade: 4,
        referralsCompleted: 2,
        hivTestedKnowsResult: 1,
        promotorasActive: 2,
        membersPerPromotora: 4.5,
        estimate: { low: 42, point: 60, high: 78, sites: 4, sitesWithEstimate: 4 },
        reportingSites: { reporting: 9, zeroReturns: 1, silent: 2 },
      });
      expectCoverage(report.total, 8 / 78, 8 / 60, 8 / 42);
      expect(report.caseloadNorm).toBe(50);

      // Month by month: Feb M1 M2 M5 M6 M7 (package all but M2); Mar M1 (S1 N + S2 F) M2 M4 M5 M7 M9, all
      // with the package; Apr M1 M3 M5 M6 M7 M10 (package M1 M5 M7 M10).
      expect(report.trend).toEqual([
        {
          month: '2026-02',
          reached: 5,
          reachedWithPackage: 4,
          coveragePoint: 4 / 60,
          reportingSites: { reporting: 3, zeroReturns: 1, silent: 0 },
        },
        {
          month: '2026-03',
          reached: 6,
          reachedWithPackage: 6,
          coveragePoint: 6 / 60,
          reportingSites: { reporting: 3, zeroReturns: 0, silent: 1 },
        },
        {
          month: '2026-04',
          reached: 6,
          reachedWithPackage: 4,
          coveragePoint: 4 / 60,
          reportingSites: { reporting: 3, zeroReturns: 0, silent: 1 },
        },
      ]);
      // The stock point handed out condoms and lubricant it never received.
      expect(report.stockOuts).toEqual([
        { stockPointId: f.stockPointId, name: 'Centro comunitario', items: ['condoms', 'lubricant'] },
      ]);
    });

    it('a unit answers the same figures alone as inside its level; the total stays whole', async () => {
      const all = await compute({ level: 'site' });
      const alone = await compute({ level: 'site', siteId: f.sites.s1 });
      expect(alone.rows).toEqual([rowOf(all, f.sites.s1)]);
      expect(alone.total).toEqual(all.total);
      // S1 alone, month by month: Feb M1 M2 (M3's contact was voided); Mar M1 M2 M4; Apr M1 M3.
      expect(alone.trend.map((p) => p.reached)).toEqual([2, 3, 2]);
      expect(alone.trend.map((p) => p.reachedWithPackage)).toEqual([1, 2, 1]); // M1's March package came from S2
      const groupSites = await compute({ level: 'site', localGroupId: f.localGroups.b });
      expect(groupSites.rows.map((r) => r.unit.id)).toEqual([f.sites.s3, f.sites.s4]);
      expect(groupSites.rows).toEqual([rowOf(all, f.sites.s3), rowOf(all, f.sites.s4)]);
    });

    it('a single month', async () => {
      const march = await compute({ level: 'organization', from: '2026-03', to: '2026-03' });
      // Regular = Jan, Feb and Mar: M1, M5 (M7 started in February).
      expect(march.total).toMatchObject({
        reached: 6,
        reachedWithPackage: 6,
        regularContact: 2,
        newMembers: 2,
      });
    });

    it('writes after a read mark their month and the next read sees them', async () => {
      const before = await compute({ level: 'organization' });
      const { buildContact } = await import('../contacts/contacts.factory');
      await buildContact(t, {
        orgId: f.orgId,
        promotoraUserId: f.promotoras.p2.userId,
        memberId: f.members.m8,
        anonymousCount: null,
        siteId: f.sites.s4,
        contactedOn: '2026-04-28',
      });
      const after = await compute({ level: 'organization' });
      expect(after.total.reached).toBe(before.total.reached + 1);
      expect(after.total.reachedWithPackage).toBe(before.total.reachedWithPackage + 1);
      // M8 first came in January: a repeat member.
      expect(after.total.repeatMembers).toBe(before.total.repeatMembers + 1);
    });
  });
});

describe('GET /api/orgs/:orgId/coverage', () => {
  const url = (orgId: string, query = 'from=2026-02&to=2026-04&level=site') =>
    `/api/orgs/${orgId}/coverage?${query}`;

  it('401 without a session', async () => {
    const response = await t.app.inject({ method: 'GET', url: url(f.orgId) });
    expect(response.statusCode).toBe(401);
  });

  it('400 names the field', async () => {
    const agent = await signIn(t, f.coordinator);
    const bad = await agent.request({
      method: 'GET',
      url: url(f.orgId, 'from=2026-05&to=2026-04&level=site'),
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ error: { field: 'to' } });
    const level = await agent.request({
      method: 'GET',
      url: url(f.orgId, 'from=2026-02&to=2026-04&level=country'),
    });
    expect(level.statusCode).toBe(400);
    expect(level.json()).toMatchObject({ error: { field: 'level' } });
  });

  it('403 for a promotora and for another organization', async () => {
    const promotora = await signIn(t, f.promotoras.p1);
    expect((await promotora.request({ method: 'GET', url: url(f.orgId) })).statusCode).toBe(403);
    const other = await buildOrganization(t);
    const outsider = await signIn(t, await buildUser(t, { orgId: other.id, role: 'coordinator' }));
    expect((await outsider.request({ method: 'GET', url: url(f.orgId) })).statusCode).toBe(403);
  });

  it("404 for another organization's site, local group or package", async () => {
    const other = await buildCoverageFixture(t);
    const agent = await signIn(t, f.coordinator);
    for (const query of [
      `from=2026-02&to=2026-04&level=site&siteId=${other.sites.s1}`,
      `from=2026-02&to=2026-04&level=site&localGroupId=${other.localGroups.a}`,
    ]) {
      const response = await agent.request({ method: 'GET', url: url(f.orgId, query) });
      expect(response.statusCode, query).toBe(404);
    }
    const otherAgent = await signIn(t, other.coordinator);
    const packages = (
      await otherAgent.request({ method: 'GET', url: `/api/orgs/${other.orgId}/coverage/packages` })
    ).json();
    const response = await agent.request({
      method: 'GET',
      url: url(f.orgId, `from=2026-02&to=2026-04&level=site&packageId=${packages.packages[0].id}`),
    });
    expect(response.statusCode).toBe(404);
  });

  it('answers an analyst and audits the read', async () => {
    const analyst = await buildUser(t, { orgId: f.orgId, role: 'analyst' });
    const agent = await signIn(t, analyst);
    const response = await agent.request({
      method: 'GET',
      url: url(f.orgId, 'from=2026-02&to=2026-04&level=local_group'),
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().rows).toHaveLength(3);
    const { auditLog } = await import('../../platform/audit/audit.tables');
    const { eq } = await import('drizzle-orm');
    const rows = await t.db.select().from(auditLog).where(eq(auditLog.action, 'coverage.read'));
    expect(rows.some((row) => row.actorUserId === analyst.userId)).toBe(true);
  });
});

describe('defined packages', () => {
  const base = () => `/api/orgs/${f.orgId}/coverage/packages`;

  it('401 without a session', async () => {
    expect((await t.app.inject({ method: 'GET', url: base() })).statusCode).toBe(401);
  });

  it('lists the default package first; a coordinator creates one and edits its rule into version 2', async () => {
    const agent = await signIn(t, f.coordinator);
    const list = await agent.request({ method: 'GET', url: base() });
    expect(list.statusCode).toBe(200);
    expect(list.json().packages[0]).toMatchObject({ name: 'Paquete mínimo', isDefault: true, version: 1 });

    const created = await agent.request({
      method: 'POST',
      url: base(),
      body: {
        name: 'Fondo Mundial KP-1c',
        funderLabel: 'Fondo Mundial',
        rule: { minContacts: 1, allOf: ['condoms'], anyOf: [] },
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id as string;

    // Same rule in another order: no new version.
    const same = await agent.request({
      method: 'PATCH',
      url: `${base()}/${id}`,
      body: { rule: { minContacts: 1, allOf: ['condoms'], anyOf: [] }, funderLabel: 'Global Fund' },
    });
    expect(same.json()).toMatchObject({ version: 1, funderLabel: 'Global Fund' });

    const edited = await agent.request({
      method: 'PATCH',
      url: `${base()}/${id}`,
      body: { rule: { minContacts: 2, allOf: ['condoms', 'lubricant'], anyOf: ['info'] } },
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json().version).toBe(2);
    expect(edited.json().versions.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    expect(edited.json().versions[1].rule).toEqual({ minContacts: 1, allOf: ['condoms'], anyOf: [] });

    // The report names the version that produced it. Version 2 needs two contacts in one month with
    // condoms, lubricant and information: M1 in March (S1 N + S2 F) has them; M2's two March contacts
    // have no information; everyone else has one contact a month → 1.
    const report = await computeCoverage(
      t.db,
      f.orgId,
      { ...PERIOD, level: 'organization', packageId: id },
      t.clock.now(),
    );
    expect(report.package).toMatchObject({ id, version: 2, funderLabel: 'Global Fund' });
    expect(report.total.reachedWithPackage).toBe(1);
  });

  it('400 names the field; 409 on a duplicate name', async () => {
    const agent = await signIn(t, f.coordinator);
    const bad = await agent.request({
      method: 'POST',
      url: base(),
      body: { name: 'X', rule: { minContacts: 40, allOf: [], anyOf: [] } },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ error: { field: 'rule.minContacts' } });
    const dup = await agent.request({
      method: 'POST',
      url: base(),
      body: { name: 'PAQUETE mínimo', rule: { minContacts: 1, allOf: [], anyOf: [] } },
    });
    expect(dup.statusCode).toBe(409);
  });

  it('403 for an analyst writing and for another organization; 404 for its package', async () => {
    const analyst = await signIn(t, await buildUser(t, { orgId: f.orgId, role: 'analyst' }));
    expect((await analyst.request({ method: 'GET', url: base() })).statusCode).toBe(200);
    const write = await analyst.request({
      method: 'POST',
      url: base(),
      body: { name: 'Otro', rule: { minContacts: 1, allOf: [], anyOf: [] } },
    });
    expect(write.statusCode).toBe(403);
    const other = await buildOrganization(t);
    const otherCoordinator = await buildUser(t, { orgId: other.id, role: 'coordinator' });
    const outsider = await signIn(t, otherCoordinator);
    expect((await outsider.request({ method: 'GET', url: base() })).statusCode).toBe(403);
    const theirs = (
      await outsider.request({ method: 'GET', url: `/api/orgs/${other.id}/coverage/packages` })
    ).json().packages[0].id as string;
    const agent = await signIn(t, f.coordinator);
    expect((await agent.request({ method: 'GET', url: `${base()}/${theirs}` })).statusCode).toBe(404);
    const patch = await agent.request({ method: 'PATCH', url: `${base()}/${theirs}`, body: { name: 'Mío' } });
    expect(patch.statusCode).toBe(404);
  });

  it('the default package cannot be archived', async () => {
    const agent = await signIn(t, f.coordinator);
    const id = (await agent.request({ method: 'GET', url: base() })).json().packages[0].id as string;
    const response = await agent.request({
      method: 'PATCH',
      url: `${base()}/${id}`,
      body: { archived: true },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ error: { field: 'archived' } });
  });
});
