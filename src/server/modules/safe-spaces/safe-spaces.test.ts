import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../../domain/ids';
import type { Role } from '../../../domain/roles';
import { signIn, TestAgent } from '../../testing/agent';
import { expectError } from '../../testing/expect-error';
import { buildOrganization, buildUser } from '../../testing/factories';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { buildMember } from '../members/members.factory';
import { buildTrainingSession } from '../trainings/trainings.factory';
import { buildSafeSpace } from './safe-spaces.factory';

/** Safe spaces: hours and services, visits counted per day (never listed), activities. */
let t: TestApp;
let orgId: string;
let otherOrgId: string;
const agents = {} as Record<Role, TestAgent>;
let outsider: TestAgent;
beforeAll(async () => {
  t = await createTestApp();
  orgId = (await buildOrganization(t)).id;
  otherOrgId = (await buildOrganization(t)).id;
  for (const role of ['admin', 'coordinator', 'promotora', 'viewer'] as Role[])
    agents[role] = await signIn(t, await buildUser(t, { orgId, role }));
  outsider = await signIn(t, await buildUser(t, { orgId: otherOrgId, role: 'admin' }));
});
afterAll(() => t.close());

const base = () => `/api/orgs/${orgId}/safe-spaces`;
const anonymous = () => new TestAgent(t, '10.14.0.1');

describe('safe spaces', () => {
  it('answers 401, 403 to another organization or a promotora creating, 400 naming the field', async () => {
    expectError(await anonymous().get(base()), 401, { code: 'unauthenticated' });
    expectError(await outsider.get(base()), 403, { code: 'forbidden' });
    expectError(await agents.promotora.post(base(), { name: 'Casa' }), 403, { code: 'forbidden' });
    expectError(await agents.admin.post(base(), { name: 'Casa', services: ['spa'] }), 400, {
      code: 'validation',
      field: 'services.0',
    });
    expectError(await agents.admin.post(base(), { name: '' }), 400, { code: 'validation', field: 'name' });
  });

  it('opens a space with hours and services, changes them, 404 for another organization’s space', async () => {
    const created = await agents.admin.post(base(), {
      name: 'Casa Violeta',
      openingHours: 'Lun–Vie 10–18',
      services: ['showers', 'condoms', 'showers'],
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      name: 'Casa Violeta',
      services: ['showers', 'condoms'],
      active: true,
    });
    const id = created.json().id;
    const changed = await agents.coordinator.patch(`${base()}/${id}`, {
      openingHours: '24 h',
      active: false,
    });
    expect(changed.json()).toMatchObject({ openingHours: '24 h', active: false });
    const foreign = await buildSafeSpace(t, { orgId: otherOrgId });
    expectError(await agents.viewer.get(`${base()}/${foreign.id}`), 404, { code: 'not_found' });
    expectError(await agents.admin.patch(`${base()}/${foreign.id}`, { name: 'x' }), 404, {
      code: 'not_found',
    });
    expect((await agents.viewer.get(base())).json().safeSpaces.map((s: { id: string }) => s.id)).toContain(
      id,
    );
  });
});

describe('visits and activities', () => {
  it('counts a member once a day and anonymous tallies; answers only counts; 403 for a viewer', async () => {
    const space = await buildSafeSpace(t, { orgId });
    const member = await buildMember(t, { orgId });
    const url = `${base()}/${space.id}/visits`;
    const visit = { id: newId(), visitedOn: '2026-11-20', displayCode: member.displayCode };
    expectError(await agents.viewer.post(url, visit), 403, { code: 'forbidden' });
    expectError(await agents.promotora.post(url, { id: newId(), visitedOn: '2026-11-20' }), 400, {
      code: 'validation',
      field: 'displayCode',
    });
    expectError(await agents.promotora.post(url, { ...visit, id: newId(), displayCode: 'QQQ-QQQ' }), 404, {
      code: 'not_found',
      field: 'displayCode',
    });
    const first = (await agents.promotora.post(url, visit)).json();
    expect(first).toEqual({
      alreadyRecorded: false,
      day: { visitedOn: '2026-11-20', memberVisits: 1, anonymousVisits: 0 },
    });
    const again = (await agents.promotora.post(url, { ...visit, id: newId() })).json();
    expect(again).toMatchObject({ alreadyRecorded: true, day: { memberVisits: 1 } });
    const tally = (
      await agents.promotora.post(url, { id: newId(), visitedOn: '2026-11-20', anonymousCount: 7 })
    ).json();
    expect(tally.day).toEqual({ visitedOn: '2026-11-20', memberVisits: 1, anonymousVisits: 7 });
    const detail = JSON.stringify((await agents.viewer.get(`${base()}/${space.id}`)).json());
    expect(detail).not.toContain(member.id);
    expect(detail).not.toContain(member.displayCode);
  });

  it('records an activity linked to a training session; 400 for a session of another organization', async () => {
    const space = await buildSafeSpace(t, { orgId });
    const { sessionId } = await buildTrainingSession(t, { orgId });
    const foreign = await buildTrainingSession(t, { orgId: otherOrgId });
    const url = `${base()}/${space.id}/activities`;
    expectError(await agents.promotora.post(url, { heldOn: '2026-11-21', title: 'Taller' }), 403, {
      code: 'forbidden',
    });
    expectError(
      await agents.coordinator.post(url, {
        heldOn: '2026-11-21',
        title: 'Taller',
        trainingSessionId: foreign.sessionId,
      }),
      400,
      { code: 'validation', field: 'trainingSessionId' },
    );
    const created = await agents.coordinator.post(url, {
      heldOn: '2026-11-21',
      title: 'Taller de derechos',
      trainingSessionId: sessionId,
    });
    expect(created.statusCode).toBe(201);
    expect(created.json().activities).toEqual([
      expect.objectContaining({ title: 'Taller de derechos', trainingSessionId: sessionId }),
    ]);
  });
});
