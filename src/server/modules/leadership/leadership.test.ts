import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDisplayCode } from '../../../domain/members';
import type { Role } from '../../../domain/roles';
import { signIn, TestAgent } from '../../testing/agent';
import { findInDatabase } from '../../testing/db-search';
import { expectError } from '../../testing/expect-error';
import { buildOrganization, buildUser } from '../../testing/factories';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { buildMember } from '../members/members.factory';
import { buildTrainingSession } from '../trainings/trainings.factory';
import { buildPathwayRole } from './leadership.factory';

/** A member's leadership pathway: coordinators only; trainings, roles, mentoring (notes encrypted). */
let t: TestApp;
let orgId: string;
let otherOrgId: string;
const agents = {} as Record<Role, TestAgent>;
let outsider: TestAgent;
beforeAll(async () => {
  t = await createTestApp();
  orgId = (await buildOrganization(t)).id;
  otherOrgId = (await buildOrganization(t)).id;
  for (const role of ['admin', 'coordinator', 'promotora', 'paralegal', 'analyst', 'viewer'] as Role[])
    agents[role] = await signIn(t, await buildUser(t, { orgId, role }));
  outsider = await signIn(t, await buildUser(t, { orgId: otherOrgId, role: 'coordinator' }));
});
afterAll(() => t.close());

const url = (memberId: string) => `/api/orgs/${orgId}/members/${memberId}/pathway`;
const anonymous = () => new TestAgent(t, '10.13.0.1');

describe('GET …/members/:memberId/pathway', () => {
  it('answers 401, 403 for every role but the coordinator and for another organization, 404 for another organization’s member', async () => {
    const member = await buildMember(t, { orgId });
    expectError(await anonymous().get(url(member.id)), 401, { code: 'unauthenticated' });
    for (const role of ['admin', 'promotora', 'paralegal', 'analyst', 'viewer'] as Role[])
      expectError(await agents[role].get(url(member.id)), 403, { code: 'forbidden' });
    expectError(await outsider.get(url(member.id)), 403, { code: 'forbidden' });
    const foreign = await buildMember(t, { orgId: otherOrgId });
    expectError(await agents.coordinator.get(url(foreign.id)), 404, { code: 'not_found' });
    expectError(await agents.coordinator.get(url('nope')), 400, { code: 'validation', field: 'memberId' });
  });

  it('shows the trainings she attended, her roles and mentoring, and records who viewed it', async () => {
    const member = await buildMember(t, { orgId });
    const { title } = await buildTrainingSession(t, { orgId, kind: 'leadership', memberIds: [member.id] });
    await buildPathwayRole(t, { orgId, memberId: member.id, role: 'paralegal', fromOn: '2025-05-01' });
    const pathway = (await agents.coordinator.get(url(member.id))).json();
    expect(pathway).toMatchObject({
      memberId: member.id,
      displayCode: formatDisplayCode(member.displayCode),
      trainings: [{ courseTitle: title, kind: 'leadership', preScore: 40, postScore: 80 }],
      roles: [{ role: 'paralegal', fromOn: '2025-05-01', toOn: null }],
      mentorships: [],
    });
    const viewers = await agents.coordinator.get(
      `/api/orgs/${orgId}/audit/viewers?resourceType=member&resourceId=${member.id}`,
    );
    expect(viewers.json().viewers.length).toBeGreaterThanOrEqual(1);
  });
});

describe('roles and mentoring', () => {
  it('records a role, refuses an end before its start, ends it; 403 for an administrator', async () => {
    const member = await buildMember(t, { orgId });
    const roles = `${url(member.id)}/roles`;
    expectError(await agents.admin.post(roles, { role: 'spokesperson', fromOn: '2026-01-01' }), 403, {
      code: 'forbidden',
    });
    expectError(await agents.coordinator.post(roles, { role: 'queen', fromOn: '2026-01-01' }), 400, {
      code: 'validation',
      field: 'role',
    });
    expectError(
      await agents.coordinator.post(roles, {
        role: 'spokesperson',
        fromOn: '2026-01-01',
        toOn: '2025-01-01',
      }),
      400,
      { code: 'validation', field: 'toOn' },
    );
    expect(
      (await agents.coordinator.post(roles, { role: 'board_member', fromOn: '2026-01-01' })).statusCode,
    ).toBe(201);
    const [role] = (await agents.coordinator.get(url(member.id))).json().roles;
    expectError(await agents.coordinator.patch(`${roles}/${role.id}`, { toOn: '2025-12-31' }), 400, {
      code: 'validation',
      field: 'toOn',
    });
    const foreign = await buildMember(t, { orgId });
    expectError(
      await agents.coordinator.patch(`${url(foreign.id)}/roles/${role.id}`, { toOn: '2026-06-30' }),
      404,
      {
        code: 'not_found',
      },
    );
    expect((await agents.coordinator.patch(`${roles}/${role.id}`, { toOn: '2026-06-30' })).json()).toEqual({
      ok: true,
    });
    expect((await agents.coordinator.get(url(member.id))).json().roles[0].toOn).toBe('2026-06-30');
  });

  it('records mentoring by a member code or a staff account, notes encrypted at rest', async () => {
    const member = await buildMember(t, { orgId });
    const mentor = await buildMember(t, { orgId });
    const staff = await buildUser(t, { orgId, role: 'promotora' });
    const foreignStaff = await buildUser(t, { orgId: otherOrgId, role: 'promotora' });
    const mentorships = `${url(member.id)}/mentorships`;
    expectError(await agents.coordinator.post(mentorships, { fromOn: '2026-01-01' }), 400, {
      code: 'validation',
      field: 'mentorDisplayCode',
    });
    expectError(
      await agents.coordinator.post(mentorships, { mentorUserId: foreignStaff.userId, fromOn: '2026-01-01' }),
      400,
      { code: 'validation', field: 'mentorUserId' },
    );
    expectError(
      await agents.coordinator.post(mentorships, {
        mentorDisplayCode: member.displayCode,
        fromOn: '2026-01-01',
      }),
      400,
      { code: 'validation', field: 'mentorDisplayCode' },
    );
    const notes = `Acompañamiento-${crypto.randomUUID()}`;
    const byCode = await agents.coordinator.post(mentorships, {
      mentorDisplayCode: formatDisplayCode(mentor.displayCode),
      fromOn: '2026-01-01',
      notes,
    });
    expect(byCode.statusCode).toBe(201);
    await agents.coordinator.post(mentorships, { mentorUserId: staff.userId, fromOn: '2026-02-01' });
    const list = (await agents.coordinator.get(url(member.id))).json().mentorships;
    expect(list).toEqual([
      expect.objectContaining({ mentorKind: 'staff', fromOn: '2026-02-01', notes: null }),
      expect.objectContaining({ mentorKind: 'member', mentor: formatDisplayCode(mentor.displayCode), notes }),
    ]);
    expect(await findInDatabase(t.deps.pool, notes)).toEqual([]);
  });
});
