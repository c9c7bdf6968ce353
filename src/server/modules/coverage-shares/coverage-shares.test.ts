import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CoverageSharePayload } from '../../../domain/coverage-shares.schemas';
import { signIn, TestAgent } from '../../testing/agent';
import { expectError } from '../../testing/expect-error';
import { buildLocalGroup, buildOrganization, buildUser } from '../../testing/factories';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { auditLog } from '../../platform/audit/audit.tables';
import { buildContact } from '../contacts/contacts.factory';
import { buildMember } from '../members/members.factory';
import { buildAreaPath, buildEstimate, buildSite } from '../sites/sites.factories';
import { sites } from '../sites/sites.tables';
import { coverageNetworkShares } from './coverage-shares.tables';

let t: TestApp;
let regionalId: string;
let svId: string;
let gtId: string;
let foreignNationalId: string;
let foreignRegionalId: string;
let coordinator: TestAgent;
let analyst: TestAgent;
let gtCoordinator: TestAgent;
let networkAnalyst: TestAgent;
let nationalNetworkAnalyst: TestAgent;
let foreignNetworkAnalyst: TestAgent;
/** Member ids, display codes, hashes and site names: none may reach the network. */
const markers: string[] = [];
const PERIOD = { periodStart: '2026-01', periodEnd: '2026-02' };
const shares = (o = svId) => `/api/orgs/${o}/coverage-shares`;
const network = (o = regionalId) => `/api/orgs/${o}/network/coverage`;
const anonymous = () => new TestAgent(t, '10.14.0.1');

/**
 * Keyed member hashes with distinct first 12 bits, so that each person lands in her own register of
 * the 4,096 and linear counting is exact at these sizes.
 */
function memberHash(i: number): Buffer {
  const hash = Buffer.alloc(32, 0x5a);
  hash.writeUInt16BE((i << 4) | 0x8, 0);
  hash.writeUInt32BE((0x9e3779b1 ^ i) >>> 0, 4);
  return hash;
}

const memberIds = new Map<string, string>();
/** A contact with member number `member` of the organization (created on first contact). */
async function reach(
  orgId: string,
  promotora: string,
  member: number,
  siteId: string | null,
  day = '2026-01-15',
) {
  let memberId = memberIds.get(`${orgId}:${member}`);
  if (!memberId) {
    const uicHash = memberHash(member);
    const row = await buildMember(t, { orgId, assignedUserId: promotora, uicHash });
    markers.push(row.id, row.displayCode, uicHash.toString('hex'), uicHash.toString('base64'));
    memberId = row.id;
    memberIds.set(`${orgId}:${member}`, memberId);
  }
  await buildContact(t, { orgId, promotoraUserId: promotora, memberId, siteId, contactedOn: day });
}

/** Every published count in a response: never 1..threshold−1 as a number. */
function publishedCounts(value: unknown, out: unknown[] = []): unknown[] {
  if (Array.isArray(value)) value.forEach((v) => publishedCounts(v, out));
  else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (['count', 'total', 'sumOfOrganizations', 'union'].includes(key)) out.push(v);
      else if (key === 'values') out.push(...(v as unknown[]));
      else publishedCounts(v, out);
    }
  }
  return out;
}
const expectNoSmallCell = (body: unknown) => {
  for (const v of publishedCounts(body))
    if (typeof v === 'number') expect(v === 0 || v >= 11, `${v}`).toBe(true);
};
const total = (totals: { metric: string; count: unknown }[], metric: string) =>
  totals.find((x) => x.metric === metric)?.count;

beforeAll(async () => {
  t = await createTestApp();
  t.clock.set(new Date('2026-03-10T12:00:00Z'));
  const regional = await buildOrganization(t, { level: 'regional', countryCode: null });
  regionalId = regional.id;
  svId = (await buildOrganization(t, { networkId: regional.networkId, countryCode: 'SV' })).id;
  gtId = (await buildOrganization(t, { networkId: regional.networkId, countryCode: 'GT' })).id;
  const foreign = await buildOrganization(t, { level: 'regional', countryCode: null });
  foreignRegionalId = foreign.id;
  foreignNationalId = (await buildOrganization(t, { networkId: foreign.networkId, countryCode: 'HN' })).id;

  // SV: 25 members at a bar, 8 at a street corner (3 at both, in two local groups) = 30 people.
  const promotora = (await buildUser(t, { orgId: svId, role: 'promotora' })).userId;
  const { municipalityId } = await buildAreaPath(t, { orgId: svId, municipality: 'Centro Histórico' });
  const barName = `BAR-SECRETO-${Date.now()}`;
  markers.push(barName, 'ESQUINA-SECRETA');
  const bar = await buildSite(t, { orgId: svId, areaId: municipalityId, name: barName, typology: 'venue' });
  const corner = await buildSite(t, { orgId: svId, areaId: municipalityId, name: 'ESQUINA-SECRETA' });
  for (const [siteId, name] of [
    [bar.id, 'Grupo Norte'],
    [corner.id, 'Grupo Sur'],
  ] as const) {
    const group = await buildLocalGroup(t, { orgId: svId, name });
    await t.db
      .update(sites)
      .set({ localGroupId: group.id })
      .where(and(eq(sites.orgId, svId), eq(sites.id, siteId)));
  }
  await buildEstimate(t, { orgId: svId, siteId: bar.id, low: 80, point: 100, high: 120 });
  for (let i = 0; i < 25; i++) await reach(svId, promotora, i, bar.id);
  for (let i = 22; i < 30; i++) await reach(svId, promotora, i, corner.id, '2026-01-20');
  // GT: 20 members without a site, 12 of them the same people as SV's members 0..11 (mobile).
  const gtPromotora = (await buildUser(t, { orgId: gtId, role: 'promotora' })).userId;
  for (let i = 0; i < 12; i++) await reach(gtId, gtPromotora, i, null);
  for (let i = 100; i < 108; i++) await reach(gtId, gtPromotora, i, null);
  // A share in another network (its id must not open from this one).
  const hnPromotora = (await buildUser(t, { orgId: foreignNationalId, role: 'promotora' })).userId;
  for (let i = 200; i < 215; i++) await reach(foreignNationalId, hnPromotora, i, null);

  coordinator = await signIn(t, await buildUser(t, { orgId: svId, role: 'coordinator' }));
  analyst = await signIn(t, await buildUser(t, { orgId: svId, role: 'analyst' }));
  gtCoordinator = await signIn(t, await buildUser(t, { orgId: gtId, role: 'coordinator' }));
  networkAnalyst = await signIn(t, await buildUser(t, { orgId: regionalId, role: 'network_analyst' }));
  nationalNetworkAnalyst = await signIn(t, await buildUser(t, { orgId: svId, role: 'network_analyst' }));
  foreignNetworkAnalyst = await signIn(t, await buildUser(t, { orgId: foreign.id, role: 'network_analyst' }));
}, 120_000);
afterAll(() => t.close());

async function approve(agent: TestAgent, orgId: string, period = PERIOD) {
  const q = `periodStart=${period.periodStart}&periodEnd=${period.periodEnd}`;
  const preview = await agent.get(`${shares(orgId)}/preview?${q}`);
  expect(preview.statusCode, preview.body).toBe(200);
  return agent.post(shares(orgId), { ...period, previewDigest: preview.json().previewDigest });
}

describe('coverage shares', () => {
  let svShareId: string;

  it('answers 401 without a session and 400 naming the field', async () => {
    expectError(await anonymous().get(shares()), 401, { code: 'unauthenticated' });
    expectError(await anonymous().get(network()), 401, { code: 'unauthenticated' });
    expectError(await coordinator.get(`${shares()}/preview?periodStart=2026-03&periodEnd=2026-01`), 400, {
      code: 'validation',
      field: 'periodEnd',
    });
    expectError(await coordinator.get(`${shares()}/preview?periodStart=2026-01-01&periodEnd=2026-02`), 400, {
      code: 'validation',
      field: 'periodStart',
    });
    expectError(await coordinator.post(shares(), { ...PERIOD, previewDigest: 'abc' }), 400, {
      code: 'validation',
      field: 'previewDigest',
    });
    expectError(await networkAnalyst.get(`${network()}?periodStart=2026-01`), 400, {
      code: 'validation',
      field: 'periodEnd',
    });
  });

  it('previews exactly what would be shared: suppressed, sites by label, no record', async () => {
    const response = await coordinator.get(`${shares()}/preview?periodStart=2026-01&periodEnd=2026-02`);
    expect(response.statusCode, response.body).toBe(200);
    const { payload, previewDigest } = response.json();
    expect(previewDigest).toMatch(/^[0-9a-f]{64}$/);
    expect(payload.threshold).toBe(11);
    expect(payload.months).toEqual(['2026-01', '2026-02']);
    expect(total(payload.totals, 'reached')).toBe(30);
    expect(total(payload.totals, 'contacts')).toBe(33);
    expect(total(payload.totals, 'estimate_point')).toBe(100);
    expect(payload.sites).toEqual([
      { key: 's1', municipality: 'Centro Histórico', typology: 'street', number: 1 },
      { key: 's2', municipality: 'Centro Histórico', typology: 'venue', number: 1 },
    ]);
    const bySite = (metric: string) =>
      (payload as CoverageSharePayload).bySite.find((s) => s.metric === metric);
    expect(bySite('reached')?.values).toEqual(['<', 25]);
    // 8 + 25 = 33 contacts is published, so the bar's 25 is hidden too.
    expect(bySite('contacts')).toMatchObject({ values: ['<', '*'], total: 33 });
    expectNoSmallCell(payload);
    for (const marker of markers) expect(response.body).not.toContain(marker);
    expect(response.body).not.toMatch(/sketch|registers/i);
  });

  it('only coordinators and administrators share; other organizations are refused', async () => {
    expectError(await analyst.get(`${shares()}/preview?periodStart=2026-01&periodEnd=2026-02`), 403, {
      code: 'forbidden',
    });
    expectError(await analyst.post(shares(), { ...PERIOD, previewDigest: '0'.repeat(64) }), 403, {
      code: 'forbidden',
    });
    expectError(await gtCoordinator.get(shares(svId)), 403, { code: 'forbidden' });
  });

  it('approves the previewed figures only; refuses overlapping months; audits', async () => {
    const stale = await coordinator.post(shares(), { ...PERIOD, previewDigest: '0'.repeat(64) });
    expectError(stale, 409, { code: 'conflict', field: 'previewDigest' });
    const approved = await approve(coordinator, svId);
    expect(approved.statusCode, approved.body).toBe(201);
    expect(approved.json()).toMatchObject({
      periodStart: '2026-01-01',
      periodEnd: '2026-02-28',
      withdrawnAt: null,
    });
    svShareId = approved.json().id;
    expect(approved.body).not.toMatch(/sketch/i);
    const overlap = await approve(coordinator, svId, { periodStart: '2026-02', periodEnd: '2026-04' });
    expectError(overlap, 409, { code: 'conflict', field: 'periodStart' });
    const [row] = await t.db
      .select()
      .from(coverageNetworkShares)
      .where(eq(coverageNetworkShares.id, svShareId));
    // The sketch is stored sealed: 2 + 4,096 bytes of registers plus the envelope, not readable as is.
    expect(row!.sketchEnc.length).toBeGreaterThan(4098);
    expect(row!.sketchEnc.subarray(0, 2).equals(Buffer.from([1, 12]))).toBe(false);
    const audits = await t.db.select().from(auditLog).where(eq(auditLog.resourceId, svShareId));
    expect(audits.map((a) => a.action)).toEqual(['coverage_share.approved']);
    const list = await coordinator.get(shares());
    expect(list.json().shares.map((s: { id: string }) => s.id)).toEqual([svShareId]);
  });

  it('the region sees countries side by side and people counted once across organizations', async () => {
    expect((await approve(gtCoordinator, gtId)).statusCode).toBe(201);
    const response = await networkAnalyst.get(network());
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    expect(body.countries.map((c: { countryCode: string }) => c.countryCode)).toEqual(['GT', 'SV']);
    const [gt, sv] = body.countries;
    expect(total(sv.totals, 'reached')).toBe(30);
    expect(total(gt.totals, 'reached')).toBe(20);
    expect(total(body.region.totals, 'reached')).toBe(50);
    expect(total(body.region.totals, 'contacts')).toBe(53);
    // 12 of GT's 20 are SV's members 0..11: 50 counted by organizations, 38 people.
    expect(body.region.distinct).toEqual({ sumOfOrganizations: 50, union: 38, removedPercent: 24 });
    expect(sv.distinct).toEqual({ sumOfOrganizations: 30, union: 30, removedPercent: 0 });
    expect(body.organizations.map((o: { orgId: string }) => o.orgId)).toEqual([gtId, svId]);
    expectNoSmallCell(body);
    for (const marker of markers) expect(response.body).not.toContain(marker);
    expect(response.body).not.toMatch(/sketch|registers/i);
    const [read] = await t.db.select().from(auditLog).where(eq(auditLog.action, 'coverage_network.read'));
    expect(read).toMatchObject({ sensitiveRead: true });
  });

  it('drills down to the site rows of a share of the network; never another network', async () => {
    const response = await networkAnalyst.get(`${network()}/${svShareId}`);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ orgId: svId, countryCode: 'SV', shareId: svShareId });
    expect(response.json().payload.sites).toHaveLength(2);
    for (const marker of markers) expect(response.body).not.toContain(marker);
    expectNoSmallCell(response.json());
    const foreignShare = await approve(
      await signIn(t, await buildUser(t, { orgId: foreignNationalId, role: 'coordinator' })),
      foreignNationalId,
    );
    expect(foreignShare.statusCode).toBe(201);
    expectError(await networkAnalyst.get(`${network()}/${foreignShare.json().id}`), 404, {
      code: 'not_found',
    });
    const foreign = (await foreignNetworkAnalyst.get(network(foreignRegionalId))).json();
    expect(foreign.organizations.map((o: { orgId: string }) => o.orgId)).toEqual([foreignNationalId]);
  });

  it('network readers only at the regional level', async () => {
    expectError(await nationalNetworkAnalyst.get(network(svId)), 403, { code: 'forbidden' });
    expectError(await coordinator.get(network(svId)), 403, { code: 'forbidden' });
    expectError(await networkAnalyst.get(network(foreignRegionalId)), 403, { code: 'forbidden' });
    expectError(
      await networkAnalyst.get(`/api/orgs/${svId}/coverage/mobility?from=2026-01&to=2026-02`),
      403,
      {
        code: 'forbidden',
      },
    );
  });

  it('counts mobility exactly inside the organization', async () => {
    const response = await analyst.get(`/api/orgs/${svId}/coverage/mobility?from=2026-01&to=2026-02`);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toEqual({
      from: '2026-01',
      to: '2026-02',
      reached: 30,
      atSeveralSites: 3,
      inSeveralLocalGroups: 3,
    });
    expectError(
      await nationalNetworkAnalyst.get(`/api/orgs/${svId}/coverage/mobility?from=2026-01&to=2026-02`),
      403,
      {
        code: 'forbidden',
      },
    );
  });

  it('a withdrawn share disappears from the regional view and its drill-down', async () => {
    expectError(await coordinator.post(`${shares()}/${foreignNationalId}/withdraw`), 404, {
      code: 'not_found',
    });
    const withdrawn = await coordinator.post(`${shares()}/${svShareId}/withdraw`);
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    expect(withdrawn.json().withdrawnAt).toEqual(expect.any(String));
    expect((await coordinator.post(`${shares()}/${svShareId}/withdraw`)).statusCode).toBe(200);
    const body = (await networkAnalyst.get(network())).json();
    expect(body.organizations.map((o: { orgId: string }) => o.orgId)).toEqual([gtId]);
    expect(body.countries.map((c: { countryCode: string }) => c.countryCode)).toEqual(['GT']);
    expect(body.region.distinct).toEqual({ sumOfOrganizations: 20, union: 20, removedPercent: 0 });
    expectError(await networkAnalyst.get(`${network()}/${svShareId}`), 404, { code: 'not_found' });
  });
});
