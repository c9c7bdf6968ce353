import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, TestAgent } from '../../testing/agent';
import { buildOrganization, buildUser } from '../../testing/factories';
import { findInDatabase } from '../../testing/db-search';
import { createTestApp, type TestApp } from '../../testing/test-app';

/**
 * SECURITY.md S6: audit rows say who did what to which record, never the sensitive values; and
 * passwords and client addresses are stored nowhere in clear.
 */
let t: TestApp;
const NOTES = 'PLANTED-notes-Q7v2-zona-norte';
const NOTES_EDIT = 'PLANTED-edit-K9w4-punto-sur';
const TEMPORARY = 'PLANTED-Temporal-Xr51-clave';
const CHOSEN = 'PLANTED-Propia-Mz83-clave';
const WRONG = 'PLANTED-Equivocada-Lp20';
const RESET = 'PLANTED-Reinicio-Vb46-clave';
const ADDRESS = '10.99.88.77';

beforeAll(async () => {
  t = await createTestApp();
  const orgId = (await buildOrganization(t)).id;
  const admin = await signIn(t, await buildUser(t, { orgId, role: 'admin' }), ADDRESS);
  const group = await admin.post(`/api/orgs/${orgId}/local-groups`, { name: 'Zona', notes: NOTES });
  const groupId = group.json().id;
  await admin.patch(`/api/orgs/${orgId}/local-groups/${groupId}`, { notes: NOTES_EDIT });
  await admin.get(`/api/orgs/${orgId}/local-groups/${groupId}`);
  const created = await admin.post(`/api/orgs/${orgId}/users`, {
    username: 'nueva.persona',
    displayName: 'Nueva',
    role: 'promotora',
    temporaryPassword: TEMPORARY,
  });
  const staff = new TestAgent(t, ADDRESS);
  await staff.post('/api/auth/login', { username: 'nueva.persona', password: WRONG });
  await staff.post('/api/auth/login', { username: 'nueva.persona', password: TEMPORARY });
  await staff.post('/api/me/password', { currentPassword: TEMPORARY, newPassword: CHOSEN });
  await admin.patch(`/api/orgs/${orgId}/users/${created.json().membershipId}`, { temporaryPassword: RESET });
  await admin.post('/api/me/recovery-codes');
});
afterAll(() => t.close());

describe('planted values', () => {
  it('were really sent through the API (the setup above worked)', async () => {
    const rows = await t.deps.pool.query<{ action: string }>('select action from audit_log order by at, seq');
    expect(rows.rows.map((row) => row.action)).toEqual(
      expect.arrayContaining([
        'local_group.created',
        'local_group.updated',
        'local_group.read',
        'org_user.created',
        'auth.login_failed',
        'auth.password_changed',
        'org_user.updated',
        'auth.recovery_codes_regenerated',
      ]),
    );
  });

  it.each([NOTES, NOTES_EDIT, TEMPORARY, CHOSEN, WRONG, RESET, ADDRESS])(
    '%s appears in no audit row',
    async (planted) => {
      const { rows } = await t.deps.pool.query<{ n: number }>(
        `select count(*)::int as n from audit_log where position($1 in audit_log::text) > 0`,
        [planted],
      );
      expect(rows[0]!.n).toBe(0);
    },
  );

  it.each([TEMPORARY, CHOSEN, WRONG, RESET, ADDRESS])('%s is stored nowhere in clear', async (planted) => {
    expect(await findInDatabase(t.deps.pool, planted)).toEqual([]);
  });

  it('the search itself finds what is stored in clear', async () => {
    expect(await findInDatabase(t.deps.pool, 'nueva.persona')).toContain('users.username');
  });
});
