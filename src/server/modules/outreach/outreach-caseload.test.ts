import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseloadMember, CaseloadView, SupervisionView } from '../../../domain/outreach.schemas';
import { signIn, TestAgent } from '../../testing/agent';
import { buildOrganization, buildUser, type BuiltUser } from '../../testing/factories';
import { expectError } from '../../testing/expect-error';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { buildMember } from '../members/members.factory';

/** "Mis personas" and the supervision view, without contacts: never contacted means due. */
let t: TestApp;
let orgId: string;
let otherOrgId: string;
let promotora: BuiltUser;
let coordinator: BuiltUser;
let admin: BuiltUser;
let viewer: BuiltUser;
let outsiderUser: BuiltUser;
const agents: Record<string, TestAgent> = {};

const FLAGS = ['a1', 'a2', 'a3', 'a4'];

async function signInAll() {
  for (const [name, user] of Object.entries({
    promotora,
    coordinator,
    admin,
    viewer,
    outsider: outsiderUser,
  }))
    agents[name] = await signIn(t, user);
}

beforeAll(async () => {
  t = await createTestApp();
  t.clock.set(new Date('2026-04-15T12:00:00Z'));
  orgId = (await buildOrganization(t)).id;
  otherOrgId = (await buildOrganization(t)).id;
  promotora = await buildUser(t, { orgId, role: 'promotora' });
  coordinator = await buildUser(t, { orgId, role: 'coordinator' });
  admin = await buildUser(t, { orgId, role: 'admin' });
  viewer = await buildUser(t, { orgId, role: 'viewer' });
  outsiderUser = await buildUser(t, { orgId: otherOrgId, role: 'admin' });
  await signInAll();
});
afterAll(() => t.close());

const caseloadUrl = () => `/api/orgs/${orgId}/outreach/caseload`;
const supervisionUrl = () => `/api/orgs/${orgId}/outreach/supervision`;
const codes = (list: CaseloadMember[]) => list.map((member) => member.displayCode);

describe('GET /api/orgs/:orgId/outreach/caseload', () => {
  it('answers 401 and 403 (viewer, another organization)', async () => {
    expectError(await new TestAgent(t, '10.13.0.1').get(caseloadUrl()), 401, { code: 'unauthenticated' });
    expectError(await agents.viewer!.get(caseloadUrl()), 403, { code: 'forbidden' });
    expectError(await agents.outsider!.get(caseloadUrl()), 403, { code: 'forbidden' });
  });

  it('lists only her own live members: never contacted counts as due, priority first, condom need from enrollment', async () => {
    const plain = await buildMember(t, { orgId, assignedUserId: promotora.userId });
    const priority = await buildMember(t, { orgId, assignedUserId: promotora.userId, riskFlags: FLAGS });
    await buildMember(t, { orgId, assignedUserId: coordinator.userId });
    await buildMember(t, { orgId, assignedUserId: null });
    const response = await agents.promotora!.get(caseloadUrl());
    expect(response.statusCode, response.body).toBe(200);
    const view = response.json<CaseloadView>();
    expect(view).toMatchObject({
      userId: promotora.userId,
      today: '2026-04-15',
      monthStart: '2026-04-01',
      dueAfterDays: 30,
    });
    expect(codes(view.members)).toEqual([priority.displayCode, plain.displayCode]);
    expect(view.members[0]).toMatchObject({
      id: priority.id,
      priority: true,
      riskFlagCount: 4,
      lastContactOn: null,
      daysSinceContact: null,
      due: true,
      // the factory enrolls 10 partners a week × 1 act: ceil(10 × 52 / 12)
      condomsNeeded: 44,
      condomsGiven: 0,
    });
    expect(view.totals).toEqual({
      members: 2,
      due: 2,
      priority: 1,
      condomsNeeded: 88,
      condomsGiven: 0,
      withoutNeed: 0,
    });
    // Nothing beyond the code, priority and counts: no notes, no attributes.
    expect(Object.keys(view.members[0]!).sort()).toEqual(
      [
        'condomsGiven',
        'condomsNeeded',
        'daysSinceContact',
        'due',
        'displayCode',
        'id',
        'lastContactOn',
        'priority',
        'riskFlagCount',
      ].sort(),
    );
  });

  it('a coordinator’s own caseload is hers; she opens a promotora’s through supervision (404 for strangers)', async () => {
    const own = (await agents.coordinator!.get(caseloadUrl())).json<CaseloadView>();
    expect(own.userId).toBe(coordinator.userId);
    expect(own.members).toHaveLength(1);
    const url = `/api/orgs/${orgId}/outreach/supervision/${promotora.userId}/caseload`;
    const theirs = await agents.coordinator!.get(url);
    expect(theirs.statusCode, theirs.body).toBe(200);
    expect(theirs.json<CaseloadView>().userId).toBe(promotora.userId);
    expectError(await agents.promotora!.get(url), 403, { code: 'forbidden' });
    expectError(
      await agents.admin!.get(`/api/orgs/${orgId}/outreach/supervision/${outsiderUser.userId}/caseload`),
      404,
      { code: 'not_found' },
    );
  });
});

describe('GET /api/orgs/:orgId/outreach/supervision', () => {
  it('answers 403 to promotoras, viewers and other organizations', async () => {
    expectError(await agents.promotora!.get(supervisionUrl()), 403, { code: 'forbidden' });
    expectError(await agents.viewer!.get(supervisionUrl()), 403, { code: 'forbidden' });
    expectError(await agents.outsider!.get(supervisionUrl()), 403, { code: 'forbidden' });
  });

  it('shows each promotora’s caseload against the norm from the registry settings', async () => {
    const idle = await buildUser(t, { orgId, role: 'promotora' });
    const before = (await agents.coordinator!.get(supervisionUrl())).json<SupervisionView>();
    expect(before.caseloadNorm).toBe(50);
    expect(before.unassigned).toBe(1);
    const row = before.promotoras.find((p) => p.userId === promotora.userId)!;
    expect(row).toMatchObject({ role: 'promotora', caseload: 2, overNorm: false, due: 2, priority: 1 });
    expect(before.promotoras.find((p) => p.userId === idle.userId)).toMatchObject({ caseload: 0, due: 0 });
    // A coordinator with members assigned is listed too; other staff without members are not.
    expect(before.promotoras.find((p) => p.userId === coordinator.userId)).toMatchObject({ caseload: 1 });
    expect(before.promotoras.find((p) => p.userId === admin.userId)).toBeUndefined();

    // Six members against a norm of five.
    for (let i = 0; i < 4; i += 1) await buildMember(t, { orgId, assignedUserId: promotora.userId });
    await changeSettings({ caseloadNorm: 5 });
    const after = (await agents.admin!.get(supervisionUrl())).json<SupervisionView>();
    expect(after.caseloadNorm).toBe(5);
    expect(after.promotoras.find((p) => p.userId === promotora.userId)).toMatchObject({ caseload: 6 });
    expect(after.promotoras.find((p) => p.userId === promotora.userId)).toMatchObject({ overNorm: true });
    expect(after.promotoras.find((p) => p.userId === coordinator.userId)).toMatchObject({ overNorm: false });
    await changeSettings({ caseloadNorm: 50 });
  });
});

/** Replaces some registry settings through the API, as an administrator. */
async function changeSettings(change: { dueAfterDays?: number; caseloadNorm?: number }) {
  const url = `/api/orgs/${orgId}/registry/settings`;
  const current = (await agents.admin!.get(url)).json();
  const body = {
    dueAfterDays: current.dueAfterDays,
    riskFlags: current.riskFlags,
    recordMigrantStatus: current.recordMigrantStatus,
    recordContactChannel: current.recordContactChannel,
    caseloadNorm: current.caseloadNorm,
    ...change,
  };
  const response = await agents.admin!.request({ method: 'PUT', url, body });
  expect(response.statusCode, response.body).toBe(200);
}
