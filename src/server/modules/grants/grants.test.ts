import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDisplayCode } from '../../../domain/members';
import type { Role } from '../../../domain/roles';
import { signIn, TestAgent } from '../../testing/agent';
import { buildOrganization, buildUser } from '../../testing/factories';
import { expectError } from '../../testing/expect-error';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { buildMember } from '../members/members.factory';
import { buildFee, buildGrant, buildOpportunity } from './grants.factories';

/** Grants and their reporting calendar, the pipeline, membership fees (issue 6 §6). */
let t: TestApp;
let orgId: string;
let otherOrgId: string;
const agents = {} as Record<Role, TestAgent>;
let outsider: TestAgent;
beforeAll(async () => {
  t = await createTestApp();
  t.clock.set(new Date('2026-05-10T12:00:00Z'));
  orgId = (await buildOrganization(t)).id;
  otherOrgId = (await buildOrganization(t)).id;
  for (const role of ['admin', 'coordinator', 'promotora', 'analyst', 'viewer'] as Role[])
    agents[role] = await signIn(t, await buildUser(t, { orgId, role }));
  outsider = await signIn(t, await buildUser(t, { orgId: otherOrgId, role: 'admin' }));
});
afterAll(() => t.close());

const url = (path = '') => `/api/orgs/${orgId}${path}`;
const anonymous = () => new TestAgent(t, '10.12.0.1');

const grantBody = {
  funder: 'Fondo Mujeres del Sur',
  title: 'Promotoras de salud 2026',
  amount: 48000.5,
  currency: 'usd',
  startsOn: '2026-01-01',
  endsOn: '2026-12-31',
  reports: [
    { dueOn: '2026-04-30', kind: 'narrative' },
    { dueOn: '2026-05-31', kind: 'financial' },
    { dueOn: '2026-12-31', kind: 'both' },
  ],
};

describe('grants', () => {
  it('answers 401, 403 for a role or another organization, and 400 naming the field', async () => {
    expectError(await anonymous().get(url('/grants')), 401, { code: 'unauthenticated' });
    expectError(await agents.promotora.get(url('/grants')), 403, { code: 'forbidden' });
    expectError(await outsider.get(url('/grants')), 403, { code: 'forbidden' });
    expectError(await agents.analyst.post(url('/grants'), grantBody), 403, { code: 'forbidden' });
    expectError(await agents.admin.post(url('/grants'), { ...grantBody, currency: 'dollars' }), 400, {
      code: 'validation',
      field: 'currency',
    });
    expectError(await agents.admin.post(url('/grants'), { ...grantBody, endsOn: '2025-12-31' }), 400, {
      code: 'validation',
      field: 'endsOn',
    });
    expectError(await agents.admin.post(url('/grants'), { ...grantBody, amount: 10.001 }), 400, {
      code: 'validation',
      field: 'amount',
    });
  });

  it('creates a grant with its reporting calendar; report states follow today; retries are idempotent', async () => {
    const id = '0190a0a0-0000-7000-8000-000000000001';
    const created = await agents.coordinator.post(url('/grants'), { ...grantBody, id });
    expect(created.statusCode).toBe(201);
    const grant = created.json();
    expect(grant).toMatchObject({ currency: 'USD', amount: 48000.5, status: 'active' });
    expect(grant.reports.map((r: { state: string }) => r.state)).toEqual(['overdue', 'due_soon', 'upcoming']);
    expect(grant.timeliness).toEqual({ due: 1, onTime: 0, late: 0, overdue: 1, rate: 0 });
    const again = await agents.coordinator.post(url('/grants'), { ...grantBody, id });
    expect(again.json().id).toBe(id);
    expect((await agents.analyst.get(url('/grants'))).json().grants).toHaveLength(1);
    // Submitting: on time, then late; the future is refused.
    const [first, second] = grant.reports;
    expectError(
      await agents.admin.patch(url(`/grant-reports/${first.id}`), { submittedOn: '2026-06-01' }),
      400,
      {
        code: 'validation',
        field: 'submittedOn',
      },
    );
    const late = await agents.admin.patch(url(`/grant-reports/${first.id}`), { submittedOn: '2026-05-02' });
    expect(late.json().state).toBe('submitted_late');
    await agents.admin.patch(url(`/grant-reports/${second.id}`), { submittedOn: '2026-05-09' });
    const detail = (await agents.analyst.get(url(`/grants/${id}`))).json();
    expect(detail.timeliness).toEqual({ due: 2, onTime: 1, late: 1, overdue: 0, rate: 0.5 });
    expectError(await outsider.get(`/api/orgs/${otherOrgId}/grants/${id}`), 404, { code: 'not_found' });
    expectError(await agents.admin.patch(url(`/grants/${id}`), { endsOn: '2025-01-01' }), 400, {
      code: 'validation',
      field: 'endsOn',
    });
    const closed = await agents.admin.patch(url(`/grants/${id}`), { status: 'closed' });
    expect(closed.json().status).toBe('closed');
  });

  it('lists reports overdue or due within 30 days for the home card, nothing else', async () => {
    const grant = await buildGrant(t, {
      orgId,
      title: 'Derechos humanos',
      reports: [
        { dueOn: '2026-05-01' },
        { dueOn: '2026-06-09' },
        { dueOn: '2026-06-10' },
        { dueOn: '2026-05-05', submittedOn: '2026-05-04' },
      ],
    });
    await buildGrant(t, { orgId: otherOrgId, reports: [{ dueOn: '2026-05-01' }] });
    const due = (await agents.coordinator.get(url('/grants/reports-due'))).json().reports;
    const mine = due.filter((r: { grantId: string }) => r.grantId === grant.id);
    expect(
      mine.map((r: { dueOn: string; state: string; daysLeft: number }) => [r.dueOn, r.state, r.daysLeft]),
    ).toEqual([
      ['2026-05-01', 'overdue', -9],
      ['2026-06-09', 'due_soon', 30],
    ]);
    expect(due.every((r: { funder: string }) => typeof r.funder === 'string')).toBe(true);
    expect(new Set(due.map((r: { grantId: string }) => r.grantId)).size).toBeLessThanOrEqual(2);
  });

  it('adds a report to a grant; another organization’s grant or report answers 404', async () => {
    const grant = await buildGrant(t, { orgId });
    const added = await agents.admin.post(url(`/grants/${grant.id}/reports`), {
      dueOn: '2026-08-01',
      kind: 'both',
    });
    expect(added.statusCode).toBe(201);
    expect(added.json()).toMatchObject({ grantId: grant.id, state: 'upcoming', submittedOn: null });
    const theirs = await buildGrant(t, { orgId: otherOrgId, reports: [{ dueOn: '2026-05-01' }] });
    expectError(
      await agents.admin.post(url(`/grants/${theirs.id}/reports`), { dueOn: '2026-08-01', kind: 'both' }),
      404,
      {
        code: 'not_found',
      },
    );
    expectError(
      await agents.admin.patch(url(`/grant-reports/${theirs.reportIds[0]}`), { submittedOn: '2026-05-01' }),
      404,
      {
        code: 'not_found',
      },
    );
    expectError(await agents.admin.get(url(`/grants/${theirs.id}`)), 404, { code: 'not_found' });
  });
});

describe('resource-mobilization pipeline', () => {
  it('moves opportunity → proposal → awarded, creating the grant; refuses skipping and leaving awarded', async () => {
    expectError(await agents.viewer.get(url('/funding-opportunities')), 403, { code: 'forbidden' });
    const created = await agents.coordinator.post(url('/funding-opportunities'), {
      funder: 'Fundación Red Umbrella',
      title: 'Fondo de respuesta rápida',
      amount: 15000,
      currency: 'eur',
      deadline: '2026-07-01',
      notes: 'Contacto por correo',
    });
    expect(created.statusCode).toBe(201);
    const opp = created.json();
    expect(opp).toMatchObject({
      stage: 'opportunity',
      currency: 'EUR',
      notes: 'Contacto por correo',
      grantId: null,
    });
    const path = url(`/funding-opportunities/${opp.id}`);
    expectError(
      await agents.admin.patch(path, {
        stage: 'awarded',
        grantPeriod: { startsOn: '2026-07-01', endsOn: '2027-06-30' },
      }),
      400,
      {
        code: 'validation',
        field: 'stage',
      },
    );
    expect((await agents.admin.patch(path, { stage: 'proposal' })).json().stage).toBe('proposal');
    expectError(await agents.admin.patch(path, { stage: 'awarded' }), 400, {
      code: 'validation',
      field: 'grantPeriod',
    });
    const awarded = await agents.admin.patch(path, {
      stage: 'awarded',
      grantPeriod: { startsOn: '2026-07-01', endsOn: '2027-06-30' },
    });
    expect(awarded.statusCode).toBe(200);
    const grantId = awarded.json().grantId;
    const grant = (await agents.analyst.get(url(`/grants/${grantId}`))).json();
    expect(grant).toMatchObject({
      funder: 'Fundación Red Umbrella',
      amount: 15000,
      currency: 'EUR',
      startsOn: '2026-07-01',
    });
    expectError(await agents.admin.patch(path, { stage: 'declined' }), 400, {
      code: 'validation',
      field: 'stage',
    });
    const list = (await agents.analyst.get(url('/funding-opportunities'))).json();
    expect(list.byStage.awarded).toBeGreaterThanOrEqual(1);
  });

  it('awards by linking an existing grant of the organization only; amount must be known to create one', async () => {
    const opp = await buildOpportunity(t, { orgId, stage: 'proposal', amount: null });
    const path = url(`/funding-opportunities/${opp.id}`);
    expectError(
      await agents.admin.patch(path, {
        stage: 'awarded',
        grantPeriod: { startsOn: '2026-01-01', endsOn: '2026-12-31' },
      }),
      400,
      {
        code: 'validation',
        field: 'amount',
      },
    );
    const theirs = await buildGrant(t, { orgId: otherOrgId });
    expectError(await agents.admin.patch(path, { stage: 'awarded', grantId: theirs.id }), 400, {
      code: 'validation',
      field: 'grantId',
    });
    const ours = await buildGrant(t, { orgId });
    const linked = await agents.admin.patch(path, { stage: 'awarded', grantId: ours.id });
    expect(linked.json()).toMatchObject({ stage: 'awarded', grantId: ours.id });
    const declined = await buildOpportunity(t, { orgId });
    const out = await agents.admin.patch(url(`/funding-opportunities/${declined.id}`), { stage: 'declined' });
    expect(out.json().stage).toBe('declined');
    expectError(
      await outsider.patch(`/api/orgs/${otherOrgId}/funding-opportunities/${declined.id}`, {
        stage: 'proposal',
      }),
      404,
      {
        code: 'not_found',
      },
    );
  });
});

describe('membership fees', () => {
  it('records fees by display code or without a member, requires a reason to exempt, counts exemptions', async () => {
    expectError(await agents.analyst.get(url('/membership-fees')), 403, { code: 'forbidden' });
    const member = await buildMember(t, { orgId });
    const code = formatDisplayCode(member.displayCode).toLowerCase();
    const paid = await agents.coordinator.post(url('/membership-fees'), {
      memberCode: code,
      period: '2026-05',
      amount: 3,
      currency: 'USD',
      status: 'paid',
    });
    expect(paid.statusCode).toBe(201);
    expect(paid.json()).toMatchObject({
      memberId: member.id,
      memberCode: formatDisplayCode(member.displayCode),
    });
    expectError(
      await agents.coordinator.post(url('/membership-fees'), {
        period: '2026-05',
        amount: 3,
        currency: 'USD',
        status: 'exempt',
      }),
      400,
      { code: 'validation', field: 'exemptionReason' },
    );
    expectError(
      await agents.coordinator.post(url('/membership-fees'), {
        memberCode: 'ZZZ-ZZZ',
        period: '2026-05',
        amount: 3,
        currency: 'USD',
        status: 'paid',
      }),
      400,
      { code: 'validation', field: 'memberCode' },
    );
    const exempt = await agents.coordinator.post(url('/membership-fees'), {
      period: '2026-05',
      amount: 3,
      currency: 'USD',
      status: 'exempt',
      exemptionReason: 'hardship',
    });
    expect(exempt.json()).toMatchObject({ memberId: null, memberCode: null, exemptionReason: 'hardship' });
    const pending = await buildFee(t, { orgId, period: '2026-05' });
    expectError(await agents.admin.patch(url(`/membership-fees/${pending.id}`), { status: 'exempt' }), 400, {
      code: 'validation',
      field: 'exemptionReason',
    });
    const newMember = await agents.admin.patch(url(`/membership-fees/${pending.id}`), {
      status: 'exempt',
      exemptionReason: 'new_member',
    });
    expect(newMember.json().status).toBe('exempt');
    const list = (await agents.admin.get(url('/membership-fees?period=2026-05'))).json();
    expect(list.summary).toEqual({
      total: 3,
      paid: 1,
      pending: 0,
      exempt: 2,
      exemptByReason: { hardship: 1, new_member: 1, other: 0 },
      paidByCurrency: [{ currency: 'USD', amount: 3 }],
    });
    // Paying again clears the exemption reason.
    const repaid = await agents.admin.patch(url(`/membership-fees/${pending.id}`), { status: 'paid' });
    expect(repaid.json()).toMatchObject({ status: 'paid', exemptionReason: null });
    const theirs = await buildFee(t, { orgId: otherOrgId });
    expectError(await agents.admin.patch(url(`/membership-fees/${theirs.id}`), { status: 'paid' }), 404, {
      code: 'not_found',
    });
    expectError(await agents.admin.get(url('/membership-fees?period=2026-13')), 400, {
      code: 'validation',
      field: 'period',
    });
  });
});
