import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CapacityFrameworkView } from '../../../domain/capacity-framework.schemas';
import type { Role } from '../../../domain/roles';
import { auditLog } from '../../platform/audit/audit.tables';
import { signIn, TestAgent } from '../../testing/agent';
import { expectError } from '../../testing/expect-error';
import { buildOrganization, buildUser } from '../../testing/factories';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { freezeFramework } from './capacity-framework.repo';

/** Capacity framework routes: browse versions, add/reword/remove own items, optional domains, versions. */
let t: TestApp;
const agents = {} as Record<Role, TestAgent>;
let outsider: TestAgent;

beforeAll(async () => {
  t = await createTestApp();
  const otherOrgId = (await buildOrganization(t)).id;
  outsider = await signIn(t, await buildUser(t, { orgId: otherOrgId, role: 'admin' }));
});
afterAll(() => t.close());

/** A fresh organization per test with an agent for each role. */
async function freshOrg() {
  const orgId = (await buildOrganization(t)).id;
  for (const role of ['admin', 'coordinator', 'promotora', 'paralegal', 'analyst', 'viewer'] as Role[])
    agents[role] = await signIn(t, await buildUser(t, { orgId, role }));
  const url = (suffix = '') => `/api/orgs/${orgId}/capacity/frameworks${suffix}`;
  return { orgId, url };
}

const newItem = (
  statement: Record<string, string> = { es: 'Tenemos un fondo de emergencia para compañeras.' },
) => ({
  domainKey: 'resource_mobilization',
  statement,
  levels: {
    '1': { es: 'No existe.' },
    '2': { es: 'Se habla.' },
    '3': { es: 'Existe.' },
    '4': { es: 'Funciona.' },
  },
});

const allItems = (f: CapacityFrameworkView) => f.domains.flatMap((d) => d.items);

describe('reading the framework', () => {
  it('creates version 1 on first read, lists it, and shows it to every staff role', async () => {
    const { orgId, url } = await freshOrg();
    const list = await agents.viewer.get(url());
    expect(list.statusCode, list.body).toBe(200);
    const [v1] = list.json().frameworks;
    expect(list.json().frameworks).toHaveLength(1);
    expect(v1).toMatchObject({
      version: 1,
      current: true,
      frozenAt: null,
      basedOnId: null,
      enabledDomainCount: 6,
    });
    expect(v1.itemCount).toBeGreaterThanOrEqual(24);
    const current = (await agents.promotora.get(url('/current'))).json();
    expect(current.id).toBe(v1.id);
    expect(current.domains).toHaveLength(12);
    expect(current.domains.filter((d: { enabled: boolean }) => d.enabled)).toHaveLength(6);
    const item = current.domains[0].items[0];
    expect(item.key).toBe('governance.own_vision');
    expect(Object.keys(item.levels)).toEqual(['1', '2', '3', '4']);
    expect(item.levels['4']['pt-BR']).toBeTruthy();
    expect((await agents.paralegal.get(url(`/${v1.id}`))).json()).toEqual(current);
    // Created once, audited once (by the first reader).
    const created = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.orgId, orgId), eq(auditLog.action, 'capacity_framework.created')));
    expect(created).toHaveLength(1);
    expect(created[0]!.details).toEqual({ version: 1, standard: true });
  });

  it('answers 401, 403 to another organization, 400 for a malformed id and 404 for an unknown one', async () => {
    const { url } = await freshOrg();
    const v1 = (await agents.admin.get(url('/current'))).json();
    expectError(await new TestAgent(t, '10.12.0.1').get(url()), 401, { code: 'unauthenticated' });
    expectError(await outsider.get(url(`/${v1.id}`)), 403, { code: 'forbidden' });
    expectError(await agents.viewer.get(url('/abc')), 400, { code: 'validation', field: 'frameworkId' });
    expectError(await agents.viewer.get(url('/0190f2a0-0000-7000-8000-000000000000')), 404, {
      code: 'not_found',
    });
  });
});

describe('organization items', () => {
  it('lets managers add an item (missing languages filled), reword and remove it in place while not frozen', async () => {
    const { url } = await freshOrg();
    const v1 = (await agents.coordinator.get(url('/current'))).json();
    expectError(await agents.promotora.post(url(`/${v1.id}/items`), newItem()), 403, { code: 'forbidden' });
    expectError(await agents.analyst.post(url(`/${v1.id}/items`), newItem()), 403, { code: 'forbidden' });
    const added = await agents.coordinator.post(url(`/${v1.id}/items`), newItem());
    expect(added.statusCode, added.body).toBe(201);
    const { framework, item } = added.json();
    expect(framework.id).toBe(v1.id); // not frozen: edited in place
    expect(framework.version).toBe(1);
    expect(item).toMatchObject({
      key: expect.stringMatching(/^resource_mobilization\.org_[0-9a-f]{10}$/),
      custom: true,
      statement: {
        es: 'Tenemos un fondo de emergencia para compañeras.',
        'pt-BR': 'Tenemos un fondo de emergencia para compañeras.',
        en: 'Tenemos un fondo de emergencia para compañeras.',
      },
    });
    const domain = framework.domains.find((d: { key: string }) => d.key === 'resource_mobilization');
    expect(domain.items.at(-1).key).toBe(item.key); // appended at the end of its domain

    const reworded = await agents.admin.patch(url(`/${v1.id}/items/${item.key}`), {
      statement: { es: 'Hay un fondo solidario.', en: 'There is a solidarity fund.' },
    });
    expect(reworded.statusCode, reworded.body).toBe(200);
    const after = allItems(reworded.json()).find((i) => i.key === item.key)!;
    expect(after.statement).toEqual({
      es: 'Hay un fondo solidario.',
      'pt-BR': 'Hay un fondo solidario.',
      en: 'There is a solidarity fund.',
    });
    expect(after.levels).toEqual(item.levels);

    const removed = await agents.admin.delete(url(`/${v1.id}/items/${item.key}`));
    expect(removed.statusCode, removed.body).toBe(200);
    expect(allItems(removed.json()).some((i) => i.key === item.key)).toBe(false);
    // A removed key is never reused for another statement.
    const again = (await agents.admin.post(url(`/${v1.id}/items`), newItem())).json();
    expect(again.item.key).not.toBe(item.key);
  });

  it('refuses to reword or remove a standard item, an unknown domain or key, and an empty text', async () => {
    const { url } = await freshOrg();
    const v1 = (await agents.admin.get(url('/current'))).json();
    expectError(
      await agents.admin.patch(url(`/${v1.id}/items/governance.own_vision`), {
        statement: { es: 'Otra cosa.' },
      }),
      409,
      { code: 'conflict', field: 'itemKey' },
    );
    expectError(await agents.admin.delete(url(`/${v1.id}/items/governance.own_vision`)), 409, {
      code: 'conflict',
      field: 'itemKey',
    });
    expectError(await agents.admin.delete(url(`/${v1.id}/items/governance.org_9`)), 404, {
      code: 'not_found',
    });
    expectError(
      await agents.admin.post(url(`/${v1.id}/items`), { ...newItem(), domainKey: 'cooking' }),
      404,
      {
        code: 'not_found',
        field: 'domainKey',
      },
    );
    expectError(await agents.admin.post(url(`/${v1.id}/items`), newItem({ es: '   ' })), 400, {
      code: 'validation',
    });
    expectError(
      await agents.admin.post(url(`/${v1.id}/items`), { ...newItem(), levels: { '1': { es: 'x' } } }),
      400,
      { code: 'validation' },
    );
    expectError(await agents.admin.post(url(`/${v1.id}/items`), { ...newItem(), extra: 1 }), 400, {
      code: 'validation',
    });
    expectError(await agents.admin.post(url(`/${v1.id}/items`), newItem({ es: 'x'.repeat(501) })), 400, {
      code: 'validation',
    });
  });

  it('is idempotent for a client id: a retry answers the same item, a different text conflicts', async () => {
    const { url } = await freshOrg();
    const v1 = (await agents.admin.get(url('/current'))).json();
    const id = '0190f2a0-0000-7000-8000-00000000abcd';
    const first = await agents.admin.post(url(`/${v1.id}/items`), { ...newItem(), id });
    const retry = await agents.admin.post(url(`/${v1.id}/items`), { ...newItem(), id });
    expect(retry.statusCode).toBe(201);
    expect(retry.json().item).toEqual(first.json().item);
    expectError(await agents.admin.post(url(`/${v1.id}/items`), { ...newItem({ es: 'Otro.' }), id }), 409, {
      code: 'conflict',
      field: 'id',
    });
  });
});

describe('optional domains', () => {
  it('enables and disables an optional domain; the seed’s domains cannot be disabled', async () => {
    const { url } = await freshOrg();
    const v1 = (await agents.admin.get(url('/current'))).json();
    const enabled = await agents.coordinator.patch(url(`/${v1.id}/domains/human_resources`), {
      enabled: true,
    });
    expect(enabled.statusCode, enabled.body).toBe(200);
    expect(enabled.json().domains.find((d: { key: string }) => d.key === 'human_resources').enabled).toBe(
      true,
    );
    const list = (await agents.admin.get(url())).json().frameworks[0];
    expect(list.enabledDomainCount).toBe(7);
    expectError(await agents.admin.patch(url(`/${v1.id}/domains/governance`), { enabled: false }), 409, {
      code: 'conflict',
      field: 'domainKey',
    });
    expectError(await agents.viewer.patch(url(`/${v1.id}/domains/advocacy`), { enabled: true }), 403, {
      code: 'forbidden',
    });
    expectError(await agents.admin.patch(url(`/${v1.id}/domains/advocacy`), { enabled: 'yes' }), 400, {
      code: 'validation',
      field: 'enabled',
    });
  });
});

describe('versions', () => {
  it('editing a frozen version creates version N+1 with the same keys; the frozen one is kept as it was', async () => {
    const { orgId, url } = await freshOrg();
    const v1 = (await agents.admin.get(url('/current'))).json<CapacityFrameworkView>();
    await freezeFramework(t.db, orgId, v1.id, new Date('2026-05-01T12:00:00Z'));

    const added = await agents.admin.post(url(`/${v1.id}/items`), newItem());
    expect(added.statusCode, added.body).toBe(201);
    const v2 = added.json().framework as CapacityFrameworkView;
    expect(v2).toMatchObject({ version: 2, basedOnId: v1.id, frozenAt: null });
    expect(v2.id).not.toBe(v1.id);
    // Same keys as v1 plus the new one; ids are new.
    const v1Keys = allItems(v1).map((i) => i.key);
    expect(allItems(v2).map((i) => i.key)).toEqual([
      ...v1Keys.slice(0, v1Keys.indexOf('resource_mobilization.own_income') + 1),
      added.json().item.key,
      ...v1Keys.slice(v1Keys.indexOf('resource_mobilization.own_income') + 1),
    ]);
    const v1Ids = new Set(allItems(v1).map((i) => i.id));
    expect(allItems(v2).filter((i) => v1Ids.has(i.id))).toEqual([]);
    // v1 unchanged.
    expect((await agents.admin.get(url(`/${v1.id}`))).json()).toEqual({
      ...v1,
      frozenAt: '2026-05-01T12:00:00.000Z',
    });

    // Editing v1 again is refused: edits go to the current version.
    expectError(await agents.admin.patch(url(`/${v1.id}/domains/advocacy`), { enabled: true }), 409, {
      code: 'conflict',
      field: 'frameworkId',
    });
    const refused = await agents.admin.post(url(`/${v1.id}/items`), newItem());
    expect(refused.json().error.details).toMatchObject({ reason: 'notCurrent', currentId: v2.id });

    // v2 is not frozen: further edits stay in v2.
    const more = await agents.admin.patch(url(`/${v2.id}/domains/advocacy`), { enabled: true });
    expect(more.json()).toMatchObject({ id: v2.id, version: 2 });

    const list = (await agents.viewer.get(url())).json().frameworks;
    expect(list.map((f: { version: number; current: boolean }) => [f.version, f.current])).toEqual([
      [2, true],
      [1, false],
    ]);

    const changes = (await agents.viewer.get(url(`/${v2.id}/changes`))).json();
    expect(changes).toEqual({
      against: { id: v1.id, version: 1 },
      addedItems: [added.json().item.key],
      removedItems: [],
      changedItems: [],
      enabledDomains: ['advocacy'],
      disabledDomains: [],
    });
    expect((await agents.viewer.get(url(`/${v1.id}/changes`))).json()).toMatchObject({
      against: null,
      addedItems: [],
    });
    const audit = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.orgId, orgId), eq(auditLog.action, 'capacity_framework.version_created')));
    expect(audit.map((a) => a.details)).toEqual([{ version: 2, basedOnId: v1.id }]);
  });

  it('rewording or removing an item of a frozen version does it in the next version only', async () => {
    const { orgId, url } = await freshOrg();
    const v1 = (await agents.admin.get(url('/current'))).json();
    const { item } = (await agents.admin.post(url(`/${v1.id}/items`), newItem())).json();
    await freezeFramework(t.db, orgId, v1.id, new Date());
    // The same text again changes nothing and creates no version.
    const same = await agents.admin.patch(url(`/${v1.id}/items/${item.key}`), { statement: item.statement });
    expect(same.json()).toMatchObject({ id: v1.id, version: 1 });
    const removed = (await agents.admin.delete(url(`/${v1.id}/items/${item.key}`))).json();
    expect(removed.version).toBe(2);
    expect(allItems(removed).some((i) => i.key === item.key)).toBe(false);
    expect(allItems((await agents.admin.get(url(`/${v1.id}`))).json()).some((i) => i.key === item.key)).toBe(
      true,
    );
    expect((await agents.admin.get(url(`/${removed.id}/changes`))).json().removedItems).toEqual([item.key]);
  });

  it('starts a new version explicitly only from the current, frozen version', async () => {
    const { orgId, url } = await freshOrg();
    const v1 = (await agents.admin.get(url('/current'))).json();
    expectError(await agents.admin.post(url(), { basedOnId: v1.id }), 409, {
      code: 'conflict',
      field: 'basedOnId',
    });
    await freezeFramework(t.db, orgId, v1.id, new Date());
    expectError(await agents.promotora.post(url(), { basedOnId: v1.id }), 403, { code: 'forbidden' });
    const v2 = await agents.coordinator.post(url(), { basedOnId: v1.id });
    expect(v2.statusCode, v2.body).toBe(201);
    expect(v2.json()).toMatchObject({ version: 2, basedOnId: v1.id, frozenAt: null });
    expect(allItems(v2.json()).map((i) => i.key)).toEqual(allItems(v1).map((i: { key: string }) => i.key));
    expectError(await agents.admin.post(url(), { basedOnId: v1.id }), 409, {
      code: 'conflict',
      field: 'basedOnId',
    });
    expectError(await outsider.post(url(), { basedOnId: v2.json().id }), 403, { code: 'forbidden' });
  });

  it('serializes concurrent edits of a frozen version into a single new version', async () => {
    const { orgId, url } = await freshOrg();
    const v1 = (await agents.admin.get(url('/current'))).json();
    await freezeFramework(t.db, orgId, v1.id, new Date());
    const answers = await Promise.all([
      agents.admin.post(url(`/${v1.id}/items`), newItem({ es: 'Uno.' })),
      agents.coordinator.post(url(`/${v1.id}/items`), newItem({ es: 'Dos.' })),
    ]);
    const statuses = answers.map((a) => a.statusCode).sort();
    // One creates v2; the other finds v1 no longer current and is told which version is.
    expect(statuses).toEqual([201, 409]);
    const list = (await agents.admin.get(url())).json().frameworks;
    expect(list.map((f: { version: number }) => f.version)).toEqual([2, 1]);
  });
});
