import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../../domain/ids';
import { OrgUserView } from '../../../domain/users.schemas';
import { signIn, TestAgent } from '../../testing/agent';
import { buildLocalGroup, buildOrganization, buildUser } from '../../testing/factories';
import { expectError } from '../../testing/expect-error';
import { createTestApp, type TestApp } from '../../testing/test-app';

/** Staff accounts of an organization: list, create, read, change (role, disable, resets). */
let t: TestApp;
let orgId: string;
let otherOrgId: string;
let admin: TestAgent;
let coordinator: TestAgent;
let promotora: TestAgent;
let outsider: TestAgent;
beforeAll(async () => {
  t = await createTestApp();
  orgId = (await buildOrganization(t)).id;
  otherOrgId = (await buildOrganization(t)).id;
  admin = await signIn(t, await buildUser(t, { orgId, role: 'admin' }));
  coordinator = await signIn(t, await buildUser(t, { orgId, role: 'coordinator' }));
  promotora = await signIn(t, await buildUser(t, { orgId, role: 'promotora' }));
  outsider = await signIn(t, await buildUser(t, { orgId: otherOrgId, role: 'admin' }));
});
afterAll(() => t.close());

const base = () => `/api/orgs/${orgId}/users`;
const anonymous = () => new TestAgent(t, '10.13.0.1');
const newStaff = (overrides: Record<string, unknown> = {}) => ({
  username: `staff.${newId().slice(-8)}`,
  displayName: 'Persona nueva',
  role: 'promotora',
  temporaryPassword: 'Temporal-de-una-sola-vez-3',
  ...overrides,
});

describe('GET /api/orgs/:orgId/users', () => {
  it('answers 401, 403 to a promotora or another organization; lists explicit fields only', async () => {
    expectError(await anonymous().get(base()), 401, { code: 'unauthenticated' });
    expectError(await promotora.get(base()), 403, { code: 'forbidden' });
    expectError(await outsider.get(base()), 403, { code: 'forbidden' });
    const users = (await coordinator.get(base())).json().users;
    expect(users.length).toBeGreaterThanOrEqual(3);
    for (const user of users) expect(Object.keys(user).sort()).toEqual(Object.keys(OrgUserView.shape).sort());
    expect(JSON.stringify(users)).not.toMatch(/argon2|password/i);
  });
});

describe('POST /api/orgs/:orgId/users', () => {
  it('answers 401 and 403 for a coordinator or another organization', async () => {
    expectError(await anonymous().post(base(), newStaff()), 401, { code: 'unauthenticated' });
    expectError(await coordinator.post(base(), newStaff()), 403, { code: 'forbidden' });
    expectError(await outsider.post(base(), newStaff()), 403, { code: 'forbidden' });
  });

  it.each([
    [{ username: 'con espacio' }, 'username'],
    [{ username: 'ab' }, 'username'],
    [{ role: 'superadmin' }, 'role'],
    [{ displayName: '' }, 'displayName'],
    [{ localGroupId: 'x' }, 'localGroupId'],
    [{ legalName: 'Ana Pérez' }, 'legalName'],
  ])('answers 400 naming the field for %j', async (overrides, field) => {
    expectError(await admin.post(base(), newStaff(overrides)), 400, { code: 'validation', field });
  });

  it("refuses another organization's local group (400 localGroupId)", async () => {
    const theirs = await buildLocalGroup(t, { orgId: otherOrgId });
    expectError(await admin.post(base(), newStaff({ localGroupId: theirs.id })), 400, {
      code: 'validation',
      field: 'localGroupId',
    });
  });

  it('creates an account that must change its temporary password; usernames are unique in any case', async () => {
    const group = await buildLocalGroup(t, { orgId });
    const body = newStaff({ username: 'Rosa.Linda', role: 'coordinator', localGroupId: group.id });
    const created = await admin.post(base(), body);
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      username: 'rosa.linda',
      role: 'coordinator',
      localGroupId: group.id,
      disabled: false,
      totpEnabled: false,
      lastLoginAt: null,
    });
    const login = await new TestAgent(t).post('/api/auth/login', {
      username: 'rosa.linda',
      password: body.temporaryPassword,
    });
    expect(login.json().state).toBe('password_change_required');
    expectError(await admin.post(base(), newStaff({ username: 'ROSA.LINDA' })), 409, {
      code: 'conflict',
      field: 'username',
    });
  });

  it('a retry with the same client-generated id returns the same account', async () => {
    const body = newStaff({ id: newId(t.clock.now().getTime()) });
    const first = await admin.post(base(), body);
    const retry = await admin.post(base(), body);
    expect(first.statusCode).toBe(201);
    expect(retry.statusCode).toBe(201);
    expect(retry.json()).toEqual(first.json());
    expectError(await admin.post(base(), { ...body, username: 'otra.persona' }), 409, {
      code: 'conflict',
      field: 'id',
    });
  });
});

describe('GET /api/orgs/:orgId/users/:membershipId', () => {
  it('answers 401, 400, 403 to a promotora, 404 for a membership of another organization', async () => {
    const user = await buildUser(t, { orgId, role: 'viewer' });
    const theirs = await buildUser(t, { orgId: otherOrgId, role: 'viewer' });
    expectError(await anonymous().get(`${base()}/${user.membershipId}`), 401, { code: 'unauthenticated' });
    expectError(await coordinator.get(`${base()}/nope`), 400, { code: 'validation', field: 'membershipId' });
    expectError(await promotora.get(`${base()}/${user.membershipId}`), 403, { code: 'forbidden' });
    expectError(await admin.get(`${base()}/${theirs.membershipId}`), 404, { code: 'not_found' });
    expect((await coordinator.get(`${base()}/${user.membershipId}`)).json()).toMatchObject({
      membershipId: user.membershipId,
      userId: user.userId,
      role: 'viewer',
    });
  });
});
