import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, type TestAgent } from '../../testing/agent';
import { buildOrganization, buildUser, type BuiltUser } from '../../testing/factories';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { buildCase } from '../cases/cases.factory';
import { hrCaseEvents, hrCases } from '../cases/cases.tables';

let t: TestApp;
let orgId: string;
let otherOrgId: string;
let paralegalUser: BuiltUser;
let paralegal: TestAgent;
let promotora: TestAgent;
let analyst: TestAgent;
let outsider: TestAgent;
const caseIds: string[] = [];

const url = (path = '', o = orgId) => `/api/orgs/${o}/barriers${path}`;
const caseUrl = (caseId: string, path = '', o = orgId) => `/api/orgs/${o}/cases/${caseId}/barriers${path}`;

beforeAll(async () => {
  t = await createTestApp();
  orgId = (await buildOrganization(t)).id;
  otherOrgId = (await buildOrganization(t)).id;
  paralegalUser = await buildUser(t, { orgId, role: 'paralegal' });
  paralegal = await signIn(t, paralegalUser);
  promotora = await signIn(t, await buildUser(t, { orgId, role: 'promotora' }));
  analyst = await signIn(t, await buildUser(t, { orgId, role: 'analyst' }));
  outsider = await signIn(t, await buildUser(t, { orgId: otherOrgId, role: 'coordinator' }));
  for (let i = 0; i < 12; i++)
    caseIds.push(
      (
        await buildCase(t, {
          orgId,
          consents: { record: i !== 11 },
          assignedUserIds: [paralegalUser.userId],
        })
      ).id,
    );
});
afterAll(() => t.close());

describe('structural barriers', () => {
  let barrierId: string;

  it('a paralegal records a barrier; staff read the register; a promotora cannot write', async () => {
    const body = {
      kind: 'police_practice',
      title: 'Redadas en la zona rosa',
      countryCode: 'SV',
      description: 'Cada viernes.',
    };
    const created = await paralegal.post(url(), body);
    expect(created.statusCode, created.body).toBe(201);
    barrierId = created.json().id;
    expect(created.json()).toMatchObject({ ...body, status: 'active', caseCount: 0, areaId: null });
    expect((await promotora.get(url())).json().barriers).toHaveLength(1);
    expect((await promotora.post(url(), body)).statusCode).toBe(403);
    expect((await outsider.get(url(`/${barrierId}`, otherOrgId))).statusCode).toBe(404);
    const patched = await paralegal.patch(url(`/${barrierId}`), { status: 'challenged' });
    expect(patched.json()).toMatchObject({ status: 'challenged', title: body.title });
    expect((await paralegal.post(url(), { ...body, kind: 'rumour' })).statusCode).toBe(400);
    expect((await paralegal.post(url(), { ...body, areaId: caseIds[0] })).statusCode).toBe(400);
  });

  it('links cases (timeline entry, idempotent) and counts consented cases fed, suppressed', async () => {
    for (const caseId of caseIds) {
      const linked = await paralegal.post(caseUrl(caseId), { barrierId });
      expect(linked.statusCode, linked.body).toBe(200);
    }
    expect((await paralegal.post(caseUrl(caseIds[0]!), { barrierId })).json().barriers).toHaveLength(1);
    const events = await t.db
      .select()
      .from(hrCaseEvents)
      .where(and(eq(hrCaseEvents.caseId, caseIds[0]!), eq(hrCaseEvents.kind, 'barrier_linked')));
    expect(events).toHaveLength(1);
    // 11 consented cases fed it (the 12th has no consent to record).
    expect((await analyst.get(url(`/${barrierId}`))).json().caseCount).toBe(11);
    const analysis = (await analyst.get(`/api/orgs/${orgId}/case-analysis`)).json();
    const barriers = analysis.lists.find((l: { dimension: string }) => l.dimension === 'barrier');
    expect(barriers.items).toEqual([{ key: barrierId, label: expect.any(Object), count: 11 }]);

    const unlinked = await paralegal.delete(caseUrl(caseIds[1]!, `/${barrierId}`));
    expect(unlinked.statusCode).toBe(200);
    expect((await analyst.get(url(`/${barrierId}`))).json().caseCount).toBe('<');
    expect((await paralegal.delete(caseUrl(caseIds[1]!, `/${barrierId}`))).statusCode).toBe(404);
  });

  it('case links need case access: a promotora cannot, another organization gets 404/403', async () => {
    expect((await promotora.get(caseUrl(caseIds[0]!))).statusCode).toBe(403);
    expect((await analyst.post(caseUrl(caseIds[0]!), { barrierId })).statusCode).toBe(403);
    expect((await outsider.get(caseUrl(caseIds[0]!, '', otherOrgId))).statusCode).toBe(404);
    expect((await paralegal.post(caseUrl(caseIds[0]!), { barrierId: caseIds[0] })).statusCode).toBe(400);
  });

  it('linking and unlinking need sensitive access: a paralegal not assigned to the case cannot', async () => {
    const other = await signIn(t, await buildUser(t, { orgId, role: 'paralegal' }));
    const restricted = (await buildCase(t, { orgId, assignedUserIds: [paralegalUser.userId] })).id;
    const link = await other.post(caseUrl(restricted), { barrierId });
    expect(link.statusCode, link.body).toBe(403);
    expect(link.json().error.code).toBe('case_restricted');
    expect((await paralegal.post(caseUrl(restricted), { barrierId })).statusCode).toBe(200);
    expect((await other.delete(caseUrl(restricted, `/${barrierId}`))).statusCode).toBe(403);
    expect((await paralegal.get(caseUrl(restricted))).json().barriers).toHaveLength(1);
  });

  it('an archived case no longer takes or loses barrier links (409)', async () => {
    const archived = await buildCase(t, { orgId, assignedUserIds: [paralegalUser.userId] });
    expect((await paralegal.post(caseUrl(archived.id), { barrierId })).statusCode).toBe(200);
    await t.db
      .update(hrCases)
      .set({ status: 'archived', outcome: 'resolved' })
      .where(eq(hrCases.id, archived.id));
    const unlink = await paralegal.delete(caseUrl(archived.id, `/${barrierId}`));
    expect(unlink.statusCode, unlink.body).toBe(409);
    const second = (
      await paralegal.post(url(), {
        kind: 'police_practice',
        title: 'Otra',
        countryCode: 'SV',
        description: 'x',
      })
    ).json();
    expect((await paralegal.post(caseUrl(archived.id), { barrierId: second.id })).statusCode).toBe(409);
    expect((await paralegal.get(caseUrl(archived.id))).json().barriers).toHaveLength(1);
  });
});
