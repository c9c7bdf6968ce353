import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { organizations } from '../modules/organizations/organizations.tables';
import { signIn } from '../testing/agent';
import { buildUser } from '../testing/factories';
import { createTestApp, type TestApp } from '../testing/test-app';
import { seedDemo } from './seed-demo';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('demo action plan and planning', () => {
  it('gives Liquidambar an overdue action, documents to renew, a strategy and a workplan', async () => {
    expect(await seedDemo(t.deps)).toBe(true);
    const [org] = await t.db.select().from(organizations).where(eq(organizations.name, 'Liquidambar'));
    const base = `/api/orgs/${org!.id}`;
    const coordinator = await signIn(t, await buildUser(t, { orgId: org!.id, role: 'coordinator' }));
    const overdue = (await coordinator.get(`${base}/capacity/actions?overdue=true`)).json();
    expect(overdue.actions).toHaveLength(1);
    const detail = (await coordinator.get(`${base}/capacity/actions/${overdue.actions[0].id}`)).json();
    expect(detail.notes).toHaveLength(1);
    const renewal = (await coordinator.get(`${base}/planning/documents?renewal=true`)).json();
    expect(renewal.documents.map((d: { expiry: string }) => d.expiry)).toEqual(['expired', 'expiring']);
    const strategy = (await coordinator.get(`${base}/planning/strategy`)).json();
    expect(strategy.vision).toBeTruthy();
    expect(strategy.objectives).toHaveLength(3);
    const activities = (await coordinator.get(`${base}/planning/activities`)).json().activities;
    expect(activities).toHaveLength(5);
    expect(activities.some((a: { grantId: string | null }) => a.grantId !== null)).toBe(true);
    expect(activities.filter((a: { late: boolean }) => a.late)).toHaveLength(1);
  });
});
