import { randomBytes } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../../domain/ids';
import { DEFAULT_RISK_FLAGS } from '../../../domain/registry-settings';
import type { Role } from '../../../domain/roles';
import { signIn, TestAgent } from '../../testing/agent';
import { expectError } from '../../testing/expect-error';
import { buildOrganization, buildUser } from '../../testing/factories';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { auditLog } from '../../platform/audit/audit.tables';
import { networks } from '../organizations/organizations.tables';
import { getRegistrySettings } from './registry-settings.service';

/** Registry settings: defaults, replace, validation, and the network's UIC recipe. */
let t: TestApp;
let regional: { id: string; networkId: string };
let national: { id: string; networkId: string };
let outsider: TestAgent;
let regionalAdmin: TestAgent;
const agents = {} as Record<Role, TestAgent>;

beforeAll(async () => {
  t = await createTestApp();
  regional = await buildOrganization(t, { level: 'regional' });
  national = await buildOrganization(t, { networkId: regional.networkId, level: 'national' });
  const roles: Role[] = [
    'admin',
    'coordinator',
    'promotora',
    'paralegal',
    'analyst',
    'viewer',
    'network_analyst',
  ];
  for (const role of roles) agents[role] = await signIn(t, await buildUser(t, { orgId: national.id, role }));
  regionalAdmin = await signIn(t, await buildUser(t, { orgId: regional.id, role: 'admin' }));
  const elsewhere = await buildOrganization(t);
  outsider = await signIn(t, await buildUser(t, { orgId: elsewhere.id, role: 'admin' }));
});
afterAll(() => t.close());

const url = (orgId = national.id) => `/api/orgs/${orgId}/registry/settings`;
const put = (agent: TestAgent, body: unknown, orgId = national.id) =>
  agent.request({ method: 'PUT', url: url(orgId), body });
const validBody = () => ({
  dueAfterDays: 21,
  riskFlags: DEFAULT_RISK_FLAGS.slice(0, 5),
  recordMigrantStatus: true,
  recordContactChannel: false,
  caseloadNorm: 40,
});

async function insertMember(orgId: string): Promise<void> {
  await t.db.execute(sql`
    insert into members (org_id, id, uic_hash, uic_recipe_id, display_code, created_at, updated_at)
    values (${orgId}, ${newId()}, ${randomBytes(32)}, 'default', 'K7M4QX', now(), now())`);
}

async function networkRecipe(): Promise<string> {
  const [row] = await t.db.select().from(networks).where(eq(networks.id, regional.networkId));
  return row!.uicRecipeId;
}

describe('GET /api/orgs/:orgId/registry/settings', () => {
  it('answers 401, and 403 to other organizations and to roles without registry access', async () => {
    expectError(await new TestAgent(t, '10.12.0.1').get(url()), 401, { code: 'unauthenticated' });
    expectError(await outsider.get(url()), 403, { code: 'forbidden' });
    for (const role of ['paralegal', 'viewer', 'network_analyst'] as const)
      expectError(await agents[role].get(url()), 403, { code: 'forbidden' });
  });

  it('answers the defaults before anything was changed', async () => {
    const response = await agents.promotora.get(url());
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      dueAfterDays: 30,
      riskFlags: DEFAULT_RISK_FLAGS,
      recordMigrantStatus: false,
      recordContactChannel: false,
      caseloadNorm: 50,
      smallCellThreshold: 11,
      updatedAt: null,
      uicRecipeId: 'default',
      canChangeUicRecipe: false,
      networkHasMembers: false,
    });
    expect((await regionalAdmin.get(url(regional.id))).json()).toMatchObject({ canChangeUicRecipe: true });
  });
});

describe('PUT /api/orgs/:orgId/registry/settings', () => {
  it('answers 401, and 403 to other organizations and to every role but admin', async () => {
    expectError(await put(new TestAgent(t, '10.12.0.2'), validBody()), 401, { code: 'unauthenticated' });
    expectError(await put(outsider, validBody()), 403, { code: 'forbidden' });
    for (const role of ['coordinator', 'promotora', 'analyst'] as const)
      expectError(await put(agents[role], validBody()), 403, { code: 'forbidden' });
  });

  const flag = (key: string) => ({ key, labels: { es: 'Uno', 'pt-BR': 'Um', en: 'One' } });
  it.each([
    [{ dueAfterDays: 0 }, 'dueAfterDays'],
    [{ dueAfterDays: 30.5 }, 'dueAfterDays'],
    [{ caseloadNorm: 1000 }, 'caseloadNorm'],
    [{ smallCellThreshold: 1 }, 'smallCellThreshold'],
    [{ smallCellThreshold: 101 }, 'smallCellThreshold'],
    [{ riskFlags: Array.from({ length: 9 }, (_, i) => flag(`flag_${i}`)) }, 'riskFlags'],
    [{ riskFlags: [flag('same'), flag('same')] }, 'riskFlags.1.key'],
    [{ riskFlags: [{ key: 'sin_ingles', labels: { es: 'Uno', 'pt-BR': 'Um' } }] }, 'riskFlags.0.labels.en'],
    [
      { riskFlags: [{ ...flag('x_y'), labels: { es: '  ', 'pt-BR': 'Um', en: 'One' } }] },
      'riskFlags.0.labels.es',
    ],
    [{ riskFlags: [flag('Con Espacios')] }, 'riskFlags.0.key'],
    [{ uicRecipeId: 'francia' }, 'uicRecipeId'],
    [{ extra: 1 }, 'extra'],
  ])('answers 400 naming the field for %j', async (change, field) => {
    expectError(await put(agents.admin, { ...validBody(), ...change }), 400, { code: 'validation', field });
  });

  it('replaces the settings, audits the change, and other modules read them', async () => {
    const response = await put(agents.admin, validBody());
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ ...validBody(), uicRecipeId: 'default' });
    expect(response.json().updatedAt).toEqual(expect.any(String));
    expect((await agents.analyst.get(url())).json()).toMatchObject(validBody());
    expect(await getRegistrySettings(t.db, national.id)).toMatchObject(validBody());
    // The other organization of the network keeps its own settings.
    expect(await getRegistrySettings(t.db, regional.id)).toMatchObject({ dueAfterDays: 30, updatedAt: null });
    const events = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.orgId, national.id), eq(auditLog.action, 'registry_settings.updated')));
    expect(events).toHaveLength(1);
    expect(events[0]!.details).toMatchObject({ dueAfterDays: 21, recordMigrantStatus: true });
  });

  it('sets the small-cell threshold (S7) and keeps it when a later change omits it', async () => {
    const set = await put(agents.admin, { ...validBody(), smallCellThreshold: 5 });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json()).toMatchObject({ smallCellThreshold: 5 });
    expect((await put(agents.admin, validBody())).json()).toMatchObject({ smallCellThreshold: 5 });
    expect(await getRegistrySettings(t.db, national.id)).toMatchObject({ smallCellThreshold: 5 });
    expect(await getRegistrySettings(t.db, regional.id)).toMatchObject({ smallCellThreshold: 11 });
  });
});

describe("the network's UIC recipe", () => {
  it('a national administrator may send the current recipe but not change it', async () => {
    expect((await put(agents.admin, { ...validBody(), uicRecipeId: 'default' })).statusCode).toBe(200);
    expectError(await put(agents.admin, { ...validBody(), uicRecipeId: 'pasmo' }), 403, {
      code: 'forbidden',
      field: 'uicRecipeId',
    });
    expect(await networkRecipe()).toBe('default');
  });

  it('a regional administrator changes it for the whole network while it has no members', async () => {
    const response = await put(regionalAdmin, { ...validBody(), uicRecipeId: 'pasmo' }, regional.id);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ uicRecipeId: 'pasmo', networkHasMembers: false });
    expect((await agents.promotora.get(url())).json()).toMatchObject({ uicRecipeId: 'pasmo' });
  });

  it('once the network has members, a change must be confirmed, and is audited', async () => {
    await insertMember(national.id);
    expect((await agents.promotora.get(url())).json()).toMatchObject({ networkHasMembers: true });
    const refused = await put(regionalAdmin, { ...validBody(), uicRecipeId: 'philippines' }, regional.id);
    expectError(refused, 409, { code: 'conflict', field: 'uicRecipeId' });
    expect(refused.json().error.message).toMatch(/confirme/);
    expect(await networkRecipe()).toBe('pasmo');
    const unconfirmed = { ...validBody(), uicRecipeId: 'philippines', confirmUicRecipeChange: false };
    expectError(await put(regionalAdmin, unconfirmed, regional.id), 409, { code: 'conflict' });

    const confirmed = { ...validBody(), uicRecipeId: 'philippines', confirmUicRecipeChange: true };
    expect((await put(regionalAdmin, confirmed, regional.id)).statusCode).toBe(200);
    expect(await networkRecipe()).toBe('philippines');
    const [event] = await t.db
      .select()
      .from(auditLog)
      .where(
        and(eq(auditLog.action, 'network.uic_recipe_changed'), eq(auditLog.resourceId, regional.networkId)),
      )
      .orderBy(sql`${auditLog.at} desc`)
      .limit(1);
    expect(event?.details).toEqual({ from: 'pasmo', to: 'philippines', networkHadMembers: true });
  });
});
