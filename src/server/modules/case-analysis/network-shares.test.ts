import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../../domain/ids';
import { signIn, type TestAgent } from '../../testing/agent';
import { buildOrganization, buildUser } from '../../testing/factories';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { buildCase } from '../cases/cases.factory';
import * as casesRepo from '../cases/cases.repo';

let t: TestApp;
let regionalId: string;
let nationalId: string;
let foreignId: string;
let coordinator: TestAgent;
let analyst: TestAgent;
let networkAnalyst: TestAgent;
let nationalNetworkAnalyst: TestAgent;
let foreignNetworkAnalyst: TestAgent;
const markers: string[] = [];
const sharedCaseIds: string[] = [];
const PERIOD = { periodStart: '2026-01', periodEnd: '2026-12' };
const shares = (o = nationalId) => `/api/orgs/${o}/network-shares`;
const aggregates = (o = regionalId) => `/api/orgs/${o}/network/hr-aggregates`;

type Agg = {
  cases: number | string;
  lists: { dimension: string; items: { key: string; count: number | string }[] }[];
};
const count = (agg: Agg, dimension: string, key: string) =>
  agg.lists.find((l) => l.dimension === dimension)?.items.find((i) => i.key === key)?.count;

beforeAll(async () => {
  t = await createTestApp();
  t.clock.set(new Date('2026-04-10T12:00:00Z'));
  const regional = await buildOrganization(t, { level: 'regional' });
  regionalId = regional.id;
  nationalId = (await buildOrganization(t, { networkId: regional.networkId, level: 'national' })).id;
  foreignId = (await buildOrganization(t, { level: 'regional' })).id;
  // 12 cases consent to network sharing, 3 do not (they count in the organization's own analysis only).
  for (let i = 0; i < 15; i++) {
    const narrative = `RELATO-${newId()}`;
    const name = `AGRESOR-${newId()}`;
    const built = await buildCase(t, {
      orgId: nationalId,
      narrative,
      perpetratorName: name,
      consents: { network_share: i < 12 },
    });
    markers.push(narrative, name, built.reference, built.id);
    if (i < 12) sharedCaseIds.push(built.id);
  }
  coordinator = await signIn(t, await buildUser(t, { orgId: nationalId, role: 'coordinator' }));
  analyst = await signIn(t, await buildUser(t, { orgId: nationalId, role: 'analyst' }));
  networkAnalyst = await signIn(t, await buildUser(t, { orgId: regionalId, role: 'network_analyst' }));
  nationalNetworkAnalyst = await signIn(
    t,
    await buildUser(t, { orgId: nationalId, role: 'network_analyst' }),
  );
  foreignNetworkAnalyst = await signIn(t, await buildUser(t, { orgId: foreignId, role: 'network_analyst' }));
});
afterAll(() => t.close());

describe('network sharing', () => {
  let shareId: string;

  it('previews exactly what would be shared: network-share consent only, suppressed, no record', async () => {
    const response = await coordinator.get(`${shares()}/preview?periodStart=2026-01&periodEnd=2026-12`);
    expect(response.statusCode, response.body).toBe(200);
    const { payload, previewDigest } = response.json();
    expect(payload.cases).toBe(12);
    expect(count(payload, 'act_type', 'police_extortion')).toBe(12);
    expect(payload.lists.map((l: { dimension: string }) => l.dimension)).not.toContain('barrier');
    expect(previewDigest).toMatch(/^[0-9a-f]{64}$/);
    for (const marker of markers) expect(response.body).not.toContain(marker);
  });

  it('only managers share: an analyst cannot preview or approve', async () => {
    expect((await analyst.get(`${shares()}/preview?periodStart=2026-01&periodEnd=2026-12`)).statusCode).toBe(
      403,
    );
    expect((await analyst.post(shares(), { ...PERIOD, previewDigest: '0'.repeat(64) })).statusCode).toBe(403);
  });

  it('approves the previewed tables; refuses if the data changed since the preview', async () => {
    const preview = (
      await coordinator.get(`${shares()}/preview?periodStart=2026-01&periodEnd=2026-12`)
    ).json();
    const stale = await coordinator.post(shares(), { ...PERIOD, previewDigest: '0'.repeat(64) });
    expect(stale.statusCode).toBe(409);
    const approved = await coordinator.post(shares(), { ...PERIOD, previewDigest: preview.previewDigest });
    expect(approved.statusCode, approved.body).toBe(201);
    expect(approved.json().payload).toEqual(preview.payload);
    shareId = approved.json().id;
    expect(approved.json()).toMatchObject({ periodStart: '2026-01-01', periodEnd: '2026-12-31' });
    expect((await coordinator.get(shares())).json().shares).toHaveLength(1);
  });

  it('shares whole months only', async () => {
    for (const query of [
      'periodStart=2026-01-01&periodEnd=2026-06-30',
      'periodStart=2026-01&periodEnd=2026-06-30',
    ])
      expect((await coordinator.get(`${shares()}/preview?${query}`)).statusCode, query).toBe(400);
    const days = await coordinator.post(shares(), {
      periodStart: '2026-01-01',
      periodEnd: '2026-06-30',
      previewDigest: '0'.repeat(64),
    });
    expect(days.statusCode).toBe(400);
  });

  it('refuses a period overlapping an active share; the same period replaces it', async () => {
    const overlapping = { periodStart: '2026-06', periodEnd: '2027-03' };
    const preview = (
      await coordinator.get(`${shares()}/preview?periodStart=2026-06&periodEnd=2027-03`)
    ).json();
    const refused = await coordinator.post(shares(), {
      ...overlapping,
      previewDigest: preview.previewDigest,
    });
    expect(refused.statusCode, refused.body).toBe(409);
    expect(refused.json().error).toMatchObject({
      code: 'conflict',
      field: 'periodStart',
      details: { reason: 'share_period_overlap', shareId },
    });
    expect(refused.json().error.message).toContain('2026-01-01');
    // A period inside the shared one (the difference would be its complement) is refused too.
    const inside = (
      await coordinator.get(`${shares()}/preview?periodStart=2026-01&periodEnd=2026-06`)
    ).json();
    expect(
      (
        await coordinator.post(shares(), {
          periodStart: '2026-01',
          periodEnd: '2026-06',
          previewDigest: inside.previewDigest,
        })
      ).statusCode,
    ).toBe(409);
    // Months that do not overlap are fine; so is exactly the same period, which replaces the share.
    const next = (await coordinator.get(`${shares()}/preview?periodStart=2027-01&periodEnd=2027-03`)).json();
    const nextYear = await coordinator.post(shares(), {
      periodStart: '2027-01',
      periodEnd: '2027-03',
      previewDigest: next.previewDigest,
    });
    expect(nextYear.statusCode, nextYear.body).toBe(201);
    expect((await coordinator.post(`${shares()}/${nextYear.json().id}/withdraw`)).statusCode).toBe(200);
    t.clock.advance(1000);
    const again = (await coordinator.get(`${shares()}/preview?periodStart=2026-01&periodEnd=2026-12`)).json();
    const replacement = await coordinator.post(shares(), { ...PERIOD, previewDigest: again.previewDigest });
    expect(replacement.statusCode, replacement.body).toBe(201);
    const list = (await coordinator.get(shares())).json().shares as {
      id: string;
      withdrawnAt: string | null;
    }[];
    expect(list.filter((s) => s.withdrawnAt === null).map((s) => s.id)).toEqual([replacement.json().id]);
    expect(list.find((s) => s.id === shareId)?.withdrawnAt).toEqual(expect.any(String));
    shareId = replacement.json().id;
  });

  it('the regional secretariat reads aggregates only; other levels and networks cannot', async () => {
    const response = await networkAnalyst.get(aggregates());
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    expect(body.organizations).toHaveLength(1);
    expect(body.organizations[0]).toMatchObject({ orgId: nationalId, periodStart: '2026-01-01' });
    expect(body.organizations[0].payload.cases).toBe(12);
    const actTable = body.combined.find((c: { dimension: string }) => c.dimension === 'act_type').table;
    expect(actTable.rows).toEqual([nationalId]);
    for (const marker of markers) expect(response.body).not.toContain(marker);
    // No individual record by any route: the case list is not the network analyst's.
    expect((await networkAnalyst.get(`/api/orgs/${nationalId}/cases`)).statusCode).toBe(403);
    expect((await nationalNetworkAnalyst.get(aggregates(nationalId))).statusCode).toBe(403);
    expect((await nationalNetworkAnalyst.get(`/api/orgs/${nationalId}/cases`)).statusCode).toBe(403);
    expect((await nationalNetworkAnalyst.get(`/api/orgs/${nationalId}/case-analysis`)).statusCode).toBe(403);
    // Another network's secretariat sees nothing of this one.
    const foreign = await foreignNetworkAnalyst.get(aggregates(foreignId));
    expect(foreign.json().organizations).toEqual([]);
  });

  it('a consent withdrawn after approval changes the next preview, not the approved share', async () => {
    t.clock.advance(1000);
    await casesRepo.insertConsent(t.db, {
      orgId: nationalId,
      id: newId(),
      caseId: sharedCaseIds[0]!,
      purpose: 'network_share',
      granted: false,
      recordedOn: '2026-04-10',
      recordedBy: null,
      createdAt: t.clock.now(),
    });
    const preview = (
      await coordinator.get(`${shares()}/preview?periodStart=2026-01&periodEnd=2026-12`)
    ).json();
    expect(preview.payload.cases).toBe(11);
    const [first] = (await coordinator.get(shares())).json().shares;
    expect(first.payload.cases).toBe(12);
  });

  it('withdrawing hides the share from the regional view (idempotent)', async () => {
    const withdrawn = await coordinator.post(`${shares()}/${shareId}/withdraw`);
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    expect(withdrawn.json().withdrawnAt).toEqual(expect.any(String));
    expect((await coordinator.post(`${shares()}/${shareId}/withdraw`)).statusCode).toBe(200);
    const body = (await networkAnalyst.get(aggregates())).json();
    expect(body.organizations).toEqual([]);
    expect(body.combined).toEqual([]);
  });
});
