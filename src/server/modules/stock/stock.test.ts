import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, TestAgent } from '../../testing/agent';
import { expectError } from '../../testing/expect-error';
import { buildOrganization, buildUser, type BuiltUser } from '../../testing/factories';
import { createTestApp, type TestApp } from '../../testing/test-app';

/** Stock points: receipts, distributed from effective contacts, balance and stock-out. */
let t: TestApp;
let orgId: string;
let promotora: BuiltUser;
let asPromotora: TestAgent;
let coordinator: TestAgent;
let viewer: TestAgent;
let outsider: TestAgent;
let today: string;
beforeAll(async () => {
  t = await createTestApp();
  orgId = (await buildOrganization(t)).id;
  const otherOrgId = (await buildOrganization(t)).id;
  promotora = await buildUser(t, { orgId, role: 'promotora' });
  asPromotora = await signIn(t, promotora);
  coordinator = await signIn(t, await buildUser(t, { orgId, role: 'coordinator' }));
  viewer = await signIn(t, await buildUser(t, { orgId, role: 'viewer' }));
  outsider = await signIn(t, await buildUser(t, { orgId: otherOrgId, role: 'admin' }));
  today = t.clock.now().toISOString().slice(0, 10);
});
afterAll(() => t.close());

const base = () => `/api/orgs/${orgId}/stock-points`;
type Balance = {
  item: string;
  received: number;
  distributed: number;
  balance: number;
  stockOut: boolean;
  low: boolean;
};
const balanceOf = (point: { balances: Balance[] }, item: string) =>
  point.balances.find((b) => b.item === item);

describe('stock points', () => {
  it('answers 401, 403 for roles and organizations that may not, 400 naming the field', async () => {
    const body = { name: 'Centro Norte', kind: 'drop_in_centre' };
    expectError(await new TestAgent(t, '10.13.0.1').post(base(), body), 401, { code: 'unauthenticated' });
    expectError(await asPromotora.post(base(), body), 403, { code: 'forbidden' });
    expectError(await outsider.get(base()), 403, { code: 'forbidden' });
    expectError(await viewer.get(base()), 403, { code: 'forbidden' });
    expectError(await coordinator.post(base(), { name: 'X', kind: 'van' }), 400, {
      code: 'validation',
      field: 'kind',
    });
    expectError(await coordinator.post(base(), { ...body, thresholds: { condoms: -1 } }), 400, {
      code: 'validation',
      field: 'thresholds.condoms',
    });
  });

  it('computes received − distributed from effective contacts, with stock-out and low flags', async () => {
    const point = (
      await coordinator.post(base(), { name: 'Equipo Centro', kind: 'team', thresholds: { condoms: 50 } })
    ).json();
    expect(point.stockOut).toBe(false); // nothing handled yet
    const receipts = `${base()}/${point.id}/receipts`;
    expectError(await asPromotora.post(receipts, { item: 'condoms', quantity: 0, receivedOn: today }), 400, {
      code: 'validation',
      field: 'quantity',
    });
    const future = new Date(t.clock.now().getTime() + 3 * 86_400_000).toISOString().slice(0, 10);
    expectError(await asPromotora.post(receipts, { item: 'condoms', quantity: 5, receivedOn: future }), 400, {
      code: 'validation',
      field: 'receivedOn',
    });
    const receipt = await asPromotora.post(receipts, { item: 'condoms', quantity: 100, receivedOn: today });
    expect(receipt.statusCode).toBe(201);
    await asPromotora.post(receipts, { item: 'lubricant', quantity: 10, receivedOn: today });
    const contacts = `/api/orgs/${orgId}/contacts`;
    const given = { contactedOn: today, anonymousCount: 2, stockPointId: point.id };
    await asPromotora.post(contacts, { ...given, condoms: 40, lubricant: 10 });
    const corrected = (await asPromotora.post(contacts, { ...given, condoms: 30 })).json();
    await asPromotora.post(`${contacts}/${corrected.id}/corrections`, { condoms: 20 });
    const voided = (await asPromotora.post(contacts, { ...given, condoms: 500 })).json();
    await asPromotora.post(`${contacts}/${voided.id}/corrections`, { voided: true });
    const listed = (await asPromotora.get(base()))
      .json()
      .stockPoints.find((p: { id: string }) => p.id === point.id);
    expect(balanceOf(listed, 'condoms')).toMatchObject({
      received: 100,
      distributed: 60,
      balance: 40,
      stockOut: false,
      low: true,
    });
    expect(balanceOf(listed, 'lubricant')).toMatchObject({
      received: 10,
      distributed: 10,
      balance: 0,
      stockOut: true,
    });
    expect(balanceOf(listed, 'hiv_self_tests')).toMatchObject({ received: 0, balance: 0, stockOut: true });
    expect(listed.stockOut).toBe(true);
    const detail = (await coordinator.get(`${base()}/${point.id}`)).json();
    expect(detail.receipts.map((r: { quantity: number }) => r.quantity).sort()).toEqual([10, 100]);
    expectError(await coordinator.get(`${base()}/${crypto.randomUUID()}`), 404, { code: 'not_found' });
  });

  it('answers a retried create with the same record', async () => {
    const body = { id: '01900000-0000-7000-8000-00000000d001', name: 'Centro Sur', kind: 'drop_in_centre' };
    const first = await coordinator.post(base(), body);
    const again = await coordinator.post(base(), body);
    expect(again.statusCode).toBe(201);
    expect(again.json()).toEqual(first.json());
  });
});

describe('PATCH /api/orgs/:orgId/stock-points/:stockPointId', () => {
  it('changes thresholds (null clears one) and the name; 403 for a promotora, 404 for an unknown id', async () => {
    const point = (
      await coordinator.post(base(), {
        name: 'Centro Este',
        kind: 'drop_in_centre',
        thresholds: { condoms: 10 },
      })
    ).json();
    const url = `${base()}/${point.id}`;
    await coordinator.post(`${url}/receipts`, { item: 'condoms', quantity: 30, receivedOn: today });
    expectError(await asPromotora.patch(url, { name: 'X' }), 403, { code: 'forbidden' });
    expectError(await coordinator.patch(url, { thresholds: { condoms: 'x' } }), 400, {
      code: 'validation',
      field: 'thresholds.condoms',
    });
    expectError(await coordinator.patch(`${base()}/${crypto.randomUUID()}`, { name: 'X' }), 404, {
      code: 'not_found',
    });
    const low = (await coordinator.patch(url, { name: 'Centro Este 2', thresholds: { condoms: 30 } })).json();
    expect(low.name).toBe('Centro Este 2');
    expect(balanceOf(low, 'condoms')).toMatchObject({ threshold: 30, low: true });
    const cleared = (await coordinator.patch(url, { thresholds: { condoms: null } })).json();
    expect(balanceOf(cleared, 'condoms')).toMatchObject({ threshold: null, low: false });
  });
});

describe('append-only receipts', () => {
  it('the database refuses UPDATE and DELETE on stock receipts', async () => {
    const point = (await coordinator.post(base(), { name: 'Centro Oeste', kind: 'drop_in_centre' })).json();
    const receipt = (
      await coordinator.post(`${base()}/${point.id}/receipts`, {
        item: 'condoms',
        quantity: 9,
        receivedOn: today,
      })
    ).json();
    await expect(
      t.deps.pool.query('update stock_receipts set quantity = 1 where id = $1', [receipt.id]),
    ).rejects.toThrow(/append-only/);
    await expect(t.deps.pool.query('delete from stock_receipts where id = $1', [receipt.id])).rejects.toThrow(
      /append-only/,
    );
  });
});
