import { and, eq, gt } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localGroups } from '../../modules/local-groups/local-groups.tables';
import { newId } from '../../../domain/ids';
import { memberships } from '../../modules/org-users/memberships.tables';
import { insertMembership } from '../../modules/org-users/org-users.repo';
import { allRoutes } from '../../routes';
import { signIn } from '../../testing/agent';
import { authorizedCaller } from '../../testing/callers';
import { buildLocalGroup, buildOrganization, buildUser } from '../../testing/factories';
import { recipeFor, routeKey, send } from '../../testing/route-recipes';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { plantOrganization, type PlantedOrg } from '../../testing/world';
import { SYSTEM_CHAIN } from './audit-writer';
import { verifyAuditLog } from './audit-verify';
import { auditLog } from './audit.tables';

/** SECURITY.md S6: every write leaves its audit row in the same transaction, and only then. */
let t: TestApp;
let org: PlantedOrg;
beforeAll(async () => {
  t = await createTestApp();
  org = await plantOrganization(t, { level: 'regional' });
});
afterAll(() => t.close());

const lastSeq = async () =>
  (await t.db.select({ seq: auditLog.seq, chain: auditLog.chain }).from(auditLog)).reduce(
    (max, row) => ({ ...max, [row.chain]: Math.max(max[row.chain] ?? 0, row.seq) }),
    {} as Record<string, number>,
  );
const rowsAfter = (chain: string, seq: number) =>
  t.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.chain, chain), gt(auditLog.seq, seq)));

/** The set-up route can only succeed on an empty database; setup.test.ts checks its audit row. */
const SUCCEEDS_ONLY_ON_FIRST_RUN = new Set(['POST /api/setup']);

describe('every write route', () => {
  const writes = allRoutes.filter(
    (spec) => spec.method !== 'GET' && !SUCCEEDS_ONLY_ON_FIRST_RUN.has(routeKey(spec)),
  );

  for (const spec of writes) {
    it(`${routeKey(spec)} records who did what, in the right chain`, async () => {
      const needsTotp = routeKey(spec) === 'POST /api/me/recovery-codes';
      const caller = await authorizedCaller(t, spec, org, '10.7.0.1', needsTotp ? { totp: true } : {});
      const request = await recipeFor(spec)({
        t,
        orgId: org.row.id,
        actor: caller.actor,
        agent: caller.agent,
      });
      const before = await lastSeq();
      const sentAt = t.clock.now();
      t.clock.set(sentAt); // hold time still so that the row's timestamp can be compared exactly
      const response = await send(caller.agent, spec, request);
      expect(response.statusCode, response.body).toBeLessThan(300);
      const chain = spec.access.kind === 'org' ? org.row.id : SYSTEM_CHAIN;
      const rows = await rowsAfter(chain, before[chain] ?? 0);
      expect(rows.length).toBeGreaterThanOrEqual(1);
      const actorId = caller.actor?.userId ?? null;
      if (actorId) expect(rows.map((row) => row.actorUserId)).toContain(actorId);
      for (const row of rows) {
        expect(row.at.getTime()).toBe(sentAt.getTime());
        // Routes flagged `anonymousAudit` (the public self-report form) keep no address tag, so a
        // seized server cannot tie a reporter's address to her report; every other row has one.
        if (spec.anonymousAudit) expect(row.ipTag).toBeNull();
        else expect(row.ipTag).toMatch(/^[0-9a-f]{16}$/);
        if (spec.access.kind === 'org') expect(row.orgId).toBe(org.row.id);
      }
    });
  }

  it('left a chain that verifies', async () => {
    expect(await verifyAuditLog(t.db, t.deps.keyring)).toMatchObject({ ok: true, problems: [] });
  });
});

describe('failing writes', () => {
  it('a duplicate name (409) leaves no audit row and no change', async () => {
    const orgId = (await buildOrganization(t)).id;
    const agent = await signIn(t, await buildUser(t, { orgId, role: 'coordinator' }));
    await agent.post(`/api/orgs/${orgId}/local-groups`, { name: 'Las Presumidas' });
    const before = await lastSeq();
    const groups = await t.db.select().from(localGroups).where(eq(localGroups.orgId, orgId));
    const response = await agent.post(`/api/orgs/${orgId}/local-groups`, { name: 'las presumidas' });
    expect(response.statusCode).toBe(409);
    expect(response.json().error).toMatchObject({ code: 'conflict', field: 'name' });
    expect(await lastSeq()).toEqual(before);
    expect(await t.db.select().from(localGroups).where(eq(localGroups.orgId, orgId))).toEqual(groups);
  });

  it('a refusal after part of the work was done rolls all of it back', async () => {
    const orgId = (await buildOrganization(t)).id;
    const elsewhere = (await buildOrganization(t)).id;
    const admin = await signIn(t, await buildUser(t, { orgId, role: 'admin' }));
    const shared = await buildUser(t, { orgId, role: 'promotora' });
    await insertMembership(t.db, {
      orgId: elsewhere,
      id: newId(),
      userId: shared.userId,
      role: 'viewer',
      localGroupId: null,
      disabledAt: null,
      createdAt: t.clock.now(),
    });
    const before = await lastSeq();
    // The role change runs first; the password reset is then refused for a shared account.
    const response = await admin.patch(`/api/orgs/${orgId}/users/${shared.membershipId}`, {
      role: 'coordinator',
      temporaryPassword: 'Temporal-para-todas-88',
    });
    expect(response.statusCode).toBe(403);
    const [membership] = await t.db
      .select()
      .from(memberships)
      .where(eq(memberships.id, shared.membershipId!));
    expect(membership!.role).toBe('promotora');
    expect(await lastSeq()).toEqual(before);
  });
});

describe('sensitive reads', () => {
  it('reading notes is audited and shows in "who viewed this record"; reading without notes is not', async () => {
    const orgId = (await buildOrganization(t)).id;
    const group = await buildLocalGroup(t, { orgId, notes: 'Notas del grupo' });
    const coordinator = await buildUser(t, { orgId, role: 'coordinator' });
    const promotora = await buildUser(t, { orgId, role: 'promotora' });
    const reader = await signIn(t, coordinator);
    const read = await reader.get(`/api/orgs/${orgId}/local-groups/${group.id}`);
    expect(read.json().notes).toBe('Notas del grupo');
    const unseen = await (await signIn(t, promotora)).get(`/api/orgs/${orgId}/local-groups/${group.id}`);
    expect(unseen.json()).not.toHaveProperty('notes');
    const viewers = await reader.get(
      `/api/orgs/${orgId}/audit/viewers?resourceType=local_group&resourceId=${group.id}`,
    );
    expect(viewers.statusCode).toBe(200);
    expect(viewers.json().viewers).toEqual([
      { actor: `Persona ${coordinator.username}`, role: 'coordinator', at: expect.any(String) },
    ]);
    const [row] = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.chain, orgId), eq(auditLog.sensitiveRead, true)));
    expect(row).toMatchObject({
      action: 'local_group.read',
      resourceId: group.id,
      actorUserId: coordinator.userId,
    });
  });
});
