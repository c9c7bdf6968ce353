import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDisplayCode } from '../../../domain/members';
import { signIn, TestAgent } from '../../testing/agent';
import { buildOrganization, buildUser, type BuiltUser } from '../../testing/factories';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { buildBarrier } from '../barriers/barriers.factory';
import { buildCase, type BuiltCase } from '../cases/cases.factory';
import { buildMember } from '../members/members.factory';
import { countCommitments, countEngagements, countSeatsHeldOn } from './advocacy.indicators';

let t: TestApp;
let orgId: string;
let otherOrgId: string;
let coordinatorUser: BuiltUser;
let coordinator: TestAgent;
let analyst: TestAgent;
let paralegal: TestAgent;
let promotora: TestAgent;
let outsider: TestAgent;
let hrCase: BuiltCase;
let barrierId: string;
let otherCaseId: string;

const url = (path = '', o = orgId) => `/api/orgs/${o}/advocacy${path}`;
const body = () => ({
  authorityType: 'police_command',
  officeTitle: 'Comandancia de la Policía Municipal',
  countryCode: 'SV',
  engagedOn: '2026-03-10',
  asks: 'Fin de las redadas en la zona rosa',
  commitments: [
    { description: 'Instruir a los agentes', followUpOn: '2026-04-10' },
    { description: 'Mesa de diálogo mensual', followUpOn: '2026-12-01' },
  ],
  caseIds: [hrCase.id],
  barrierIds: [barrierId],
});

beforeAll(async () => {
  t = await createTestApp();
  t.clock.set(new Date('2026-06-01T12:00:00Z'));
  orgId = (await buildOrganization(t)).id;
  otherOrgId = (await buildOrganization(t)).id;
  coordinatorUser = await buildUser(t, { orgId, role: 'coordinator' });
  coordinator = await signIn(t, coordinatorUser);
  analyst = await signIn(t, await buildUser(t, { orgId, role: 'analyst' }));
  paralegal = await signIn(t, await buildUser(t, { orgId, role: 'paralegal' }));
  promotora = await signIn(t, await buildUser(t, { orgId, role: 'promotora' }));
  outsider = await signIn(t, await buildUser(t, { orgId: otherOrgId, role: 'coordinator' }));
  hrCase = await buildCase(t, { orgId, narrative: 'RELATO-QUE-NO-SALE' });
  barrierId = (await buildBarrier(t, { orgId, title: 'Ordenanza de merodeo', caseIds: [hrCase.id] })).id;
  otherCaseId = (await buildCase(t, { orgId: otherOrgId })).id;
});
afterAll(() => t.close());

describe('engagements with authorities', () => {
  let engagementId: string;
  let commitmentIds: string[];

  it('401, 400 with the exact field, 403 for roles that may not write', async () => {
    expect((await new TestAgent(t, '10.12.0.1').get(url('/engagements'))).statusCode).toBe(401);
    const bad = await coordinator.post(url('/engagements'), { ...body(), authorityType: 'king' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe('authorityType');
    const badDate = await coordinator.post(url('/engagements'), {
      ...body(),
      commitments: [{ description: 'x', followUpOn: 'mañana' }],
    });
    expect(badDate.json().error.field).toBe('commitments.0.followUpOn');
    expect((await analyst.post(url('/engagements'), body())).statusCode).toBe(403);
    expect((await paralegal.post(url('/engagements'), body())).statusCode).toBe(403);
    expect((await promotora.get(url('/engagements'))).statusCode).toBe(403);
  });

  it("links case ↔ barrier ↔ engagement: another organization's case is refused on the field", async () => {
    const foreign = await coordinator.post(url('/engagements'), { ...body(), caseIds: [otherCaseId] });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().error.field).toBe('caseIds');
    const created = await coordinator.post(url('/engagements'), body());
    expect(created.statusCode, created.body).toBe(201);
    engagementId = created.json().id;
    commitmentIds = created.json().commitments.map((c: { id: string }) => c.id);
    expect(created.json()).toMatchObject({
      barriers: [{ id: barrierId, title: 'Ordenanza de merodeo', status: 'active' }],
      cases: { count: 1, references: [{ id: hrCase.id, reference: hrCase.reference }] },
      outcomeKind: 'none',
    });
    expect(created.body).not.toContain('RELATO-QUE-NO-SALE');
  });

  it('shows the case reference only to roles that see the case queue, never its content', async () => {
    const seenByAnalyst = (await analyst.get(url(`/engagements/${engagementId}`))).json();
    expect(seenByAnalyst.cases).toEqual({ count: 1, references: null });
    const seenByParalegal = await paralegal.get(url(`/engagements/${engagementId}`));
    expect(seenByParalegal.json().cases.references).toEqual([{ id: hrCase.id, reference: hrCase.reference }]);
    expect(seenByParalegal.body).not.toContain('RELATO-QUE-NO-SALE');
    expect((await outsider.get(url(`/engagements/${engagementId}`, otherOrgId))).statusCode).toBe(404);
  });

  it('engagement follow-up status: due commitments, then kept / partly kept / broken', async () => {
    const due = (await coordinator.get(url('/commitments/due'))).json();
    expect(due.commitments.map((c: { id: string }) => c.id)).toEqual([commitmentIds[0]]);
    expect(due.commitments[0]).toMatchObject({ due: true, officeTitle: body().officeTitle });
    const kept = await coordinator.patch(
      url(`/engagements/${engagementId}/commitments/${commitmentIds[0]}`),
      {
        status: 'partly_kept',
      },
    );
    expect(kept.statusCode, kept.body).toBe(200);
    expect(kept.json().commitments.find((c: { id: string }) => c.id === commitmentIds[0])).toMatchObject({
      status: 'partly_kept',
      due: false,
    });
    expect((await coordinator.get(url('/commitments/due'))).json().commitments).toEqual([]);
    const bad = await coordinator.patch(url(`/engagements/${engagementId}/commitments/${commitmentIds[1]}`), {
      status: 'forgotten',
    });
    expect(bad.json().error.field).toBe('status');
    expect(
      (
        await analyst.patch(url(`/engagements/${engagementId}/commitments/${commitmentIds[1]}`), {
          status: 'kept',
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (
        await outsider.patch(
          url(`/engagements/${engagementId}/commitments/${commitmentIds[1]}`, otherOrgId),
          {
            status: 'kept',
          },
        )
      ).statusCode,
    ).toBe(404);
    const added = await coordinator.post(url(`/engagements/${engagementId}/commitments`), {
      description: 'Protocolo de trato',
      followUpOn: '2026-05-01',
    });
    expect(added.statusCode).toBe(201);
    expect((await coordinator.get(url('/commitments/due'))).json().commitments).toHaveLength(1);
    const list = (await analyst.get(url('/engagements'))).json();
    expect(list.engagements[0].commitments).toEqual({
      total: 3,
      pending: 2,
      kept: 0,
      partlyKept: 1,
      broken: 0,
    });
  });

  it('closes the loop: outcome recorded, links replaced, barrier page shows cases and engagements', async () => {
    const changed = await coordinator.patch(url(`/engagements/${engagementId}`), {
      outcomeKind: 'practice_changed',
      outcome: 'Cesan las redadas de los viernes',
    });
    expect(changed.json().outcomeKind).toBe('practice_changed');
    const loop = (await coordinator.get(`/api/orgs/${orgId}/barriers/${barrierId}/loop`)).json();
    expect(loop.caseReferences).toEqual([{ id: hrCase.id, reference: hrCase.reference }]);
    expect(loop.caseCount).toBe('<');
    expect(loop.engagements).toEqual([
      expect.objectContaining({ id: engagementId, outcomeKind: 'practice_changed' }),
    ]);
    const analystLoop = (await analyst.get(`/api/orgs/${orgId}/barriers/${barrierId}/loop`)).json();
    expect(analystLoop.caseReferences).toBeNull();
    expect((await promotora.get(`/api/orgs/${orgId}/barriers/${barrierId}/loop`)).statusCode).toBe(403);
    expect((await outsider.get(`/api/orgs/${otherOrgId}/barriers/${barrierId}/loop`)).statusCode).toBe(404);
    const filtered = (await analyst.get(url(`/engagements?barrierId=${barrierId}`))).json();
    expect(filtered.engagements).toHaveLength(1);
    const unlinked = await coordinator.patch(url(`/engagements/${engagementId}`), {
      caseIds: [],
      barrierIds: [],
    });
    expect(unlinked.json()).toMatchObject({ barriers: [], cases: { count: 0, references: [] } });
    expect(
      (await coordinator.get(`/api/orgs/${orgId}/barriers/${barrierId}/loop`)).json().engagements,
    ).toEqual([]);
  });

  it('indicator counts: engagements in a period, commitments kept of total', async () => {
    expect(await countEngagements(t.db, orgId, { from: '2026-01-01', to: '2026-12-31' })).toBe(1);
    expect(await countEngagements(t.db, orgId, { from: '2025-01-01', to: '2025-12-31' })).toBe(0);
    expect(await countCommitments(t.db, orgId, { from: '2026-01-01', to: '2026-12-31' })).toEqual({
      total: 3,
      kept: 0,
      partlyKept: 1,
      broken: 0,
    });
  });
});

describe('the barrier register per country and area', () => {
  it('filters by country; an unknown country is 400 on the field', async () => {
    const created = await coordinator.post(`/api/orgs/${orgId}/barriers`, {
      kind: 'law',
      title: 'Ley de vagancia',
      countryCode: 'GT',
    });
    expect(created.statusCode, created.body).toBe(201);
    const gt = (await analyst.get(`/api/orgs/${orgId}/barriers?countryCode=GT`)).json();
    expect(gt.barriers.map((b: { title: string }) => b.title)).toEqual(['Ley de vagancia']);
    const sv = (await analyst.get(`/api/orgs/${orgId}/barriers?countryCode=SV`)).json();
    expect(sv.barriers.map((b: { id: string }) => b.id)).toEqual([barrierId]);
    const bad = await analyst.get(`/api/orgs/${orgId}/barriers?countryCode=XX`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe('countryCode');
  });
});

describe('policy seats', () => {
  it('a coordinator records seats held by staff or by a member code; meetings and positions', async () => {
    const member = await buildMember(t, { orgId });
    const bad = await coordinator.post(url('/seats'), {
      spaceKind: 'ccm',
      spaceName: 'MCP',
      holder: { memberId: otherCaseId },
      heldSince: '2025-01-01',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe('holder.memberId');
    const seat = await coordinator.post(url('/seats'), {
      spaceKind: 'ccm',
      spaceName: 'MCP El Salvador',
      holder: { memberId: member.id },
      heldSince: '2025-01-01',
    });
    expect(seat.statusCode, seat.body).toBe(201);
    expect(seat.json().holder).toEqual({
      kind: 'member',
      id: member.id,
      label: formatDisplayCode(member.displayCode),
    });
    const staffSeat = await coordinator.post(url('/seats'), {
      spaceKind: 'municipal_table',
      spaceName: 'Mesa municipal de VIH',
      holder: { userId: coordinatorUser.userId },
      heldSince: '2026-02-01',
      heldUntil: '2026-05-31',
    });
    expect(staffSeat.json()).toMatchObject({ active: false, holder: { kind: 'user' } });
    const reversed = await coordinator.patch(url(`/seats/${staffSeat.json().id}`), {
      heldUntil: '2020-01-01',
    });
    expect(reversed.json().error.field).toBe('heldUntil');
    const meeting = await coordinator.post(url(`/seats/${seat.json().id}/meetings`), {
      metOn: '2026-04-02',
      positions: 'Financiamiento para organizaciones lideradas por trabajadoras sexuales',
    });
    expect(meeting.statusCode).toBe(201);
    expect(meeting.json().meetings).toHaveLength(1);
    expect((await analyst.get(url('/seats'))).json().seats).toHaveLength(2);
    expect(
      (await analyst.post(url(`/seats/${seat.json().id}/meetings`), { metOn: '2026-04-02' })).statusCode,
    ).toBe(403);
    expect((await promotora.get(url('/seats'))).statusCode).toBe(403);
    expect(
      (await outsider.patch(url(`/seats/${seat.json().id}`, otherOrgId), { heldUntil: null })).statusCode,
    ).toBe(404);
    expect(await countSeatsHeldOn(t.db, orgId, '2026-03-01')).toBe(2);
    expect(await countSeatsHeldOn(t.db, orgId, '2026-06-01')).toBe(1);
  });
});
