import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../../domain/ids';
import type { TestAgent } from '../../testing/agent';
import { signIn } from '../../testing/agent';
import {
  addMembership,
  buildLocalGroup,
  buildOrganization,
  buildUser,
  type BuiltUser,
} from '../../testing/factories';
import { expectError } from '../../testing/expect-error';
import { createTestApp, type TestApp } from '../../testing/test-app';

/** POST /api/orgs/:orgId/users/existing: an administrator gives an account she administers elsewhere a role here. */
let t: TestApp;
let orgId: string;
let elsewhereId: string;
let strangerOrgId: string;
let adminUser: BuiltUser;
let admin: TestAgent;
let staff: BuiltUser;
let stranger: BuiltUser;
beforeAll(async () => {
  t = await createTestApp();
  orgId = (await buildOrganization(t)).id;
  elsewhereId = (await buildOrganization(t)).id;
  strangerOrgId = (await buildOrganization(t)).id;
  adminUser = await buildUser(t, { orgId, role: 'admin' });
  await addMembership(t, { orgId: elsewhereId, userId: adminUser.userId, role: 'admin' });
  admin = await signIn(t, adminUser);
  staff = await buildUser(t, { orgId: elsewhereId, role: 'promotora' });
  stranger = await buildUser(t, { orgId: strangerOrgId, role: 'promotora' });
});
afterAll(() => t.close());

const url = () => `/api/orgs/${orgId}/users/existing`;

describe('POST /api/orgs/:orgId/users/existing', () => {
  it('adds the account with the role asked, audited, and the account then sees both organizations', async () => {
    const group = await buildLocalGroup(t, { orgId });
    const response = await admin.post(url(), {
      username: staff.username,
      role: 'coordinator',
      localGroupId: group.id,
    });
    expect(response.statusCode).toBe(201);
    const view = response.json();
    expect(view).toMatchObject({ username: staff.username, role: 'coordinator', localGroupId: group.id });
    const audit = await t.deps.pool.query<{ action: string; details: unknown }>(
      "select action, details from audit_log where org_id = $1 and action = 'org_user.added'",
      [orgId],
    );
    expect(audit.rows).toEqual([{ action: 'org_user.added', details: { role: 'coordinator' } }]);
    const me = (await (await signIn(t, staff)).get('/api/me')).json();
    expect(me.memberships.map((m: { orgId: string }) => m.orgId).sort()).toEqual([orgId, elsewhereId].sort());
  });

  it('answers the same 404 for an account of an organization she does not administer and for no account', async () => {
    const foreign = await admin.post(url(), { username: stranger.username, role: 'promotora' });
    const missing = await admin.post(url(), { username: 'nadie.existe', role: 'promotora' });
    expectError(foreign, 404, { code: 'not_found' });
    expectError(missing, 404, { code: 'not_found' });
    expect(foreign.json()).toEqual(missing.json());
  });

  it('does not count an organization where she is not an administrator, or a disabled membership', async () => {
    const coordinatorOnly = await buildOrganization(t);
    const colleague = await buildUser(t, { orgId: coordinatorOnly.id, role: 'promotora' });
    await addMembership(t, { orgId: coordinatorOnly.id, userId: adminUser.userId, role: 'coordinator' });
    expectError(await admin.post(url(), { username: colleague.username, role: 'promotora' }), 404, {
      code: 'not_found',
    });
  });

  it('answers 409 when the account already has a role here; a retry with the same id answers the membership', async () => {
    const other = await buildUser(t, { orgId: elsewhereId, role: 'viewer' });
    const id = newId();
    const first = await admin.post(url(), { id, username: other.username, role: 'viewer' });
    expect(first.statusCode).toBe(201);
    const retry = await admin.post(url(), { id, username: other.username, role: 'viewer' });
    expect(retry.statusCode).toBe(201);
    expect(retry.json().membershipId).toBe(first.json().membershipId);
    expectError(await admin.post(url(), { username: other.username, role: 'viewer' }), 409, {
      code: 'conflict',
      field: 'username',
    });
  });

  it("refuses another organization's local group and a coordinator caller", async () => {
    const foreignGroup = await buildLocalGroup(t, { orgId: elsewhereId });
    const other = await buildUser(t, { orgId: elsewhereId, role: 'viewer' });
    expectError(
      await admin.post(url(), { username: other.username, role: 'viewer', localGroupId: foreignGroup.id }),
      400,
      { code: 'validation', field: 'localGroupId' },
    );
    const coordinator = await signIn(t, await buildUser(t, { orgId, role: 'coordinator' }));
    expectError(await coordinator.post(url(), { username: other.username, role: 'viewer' }), 403, {
      code: 'forbidden',
    });
  });
});
