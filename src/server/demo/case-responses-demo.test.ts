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

describe('demo case responses', () => {
  it("give paralegal.demo's cases interventions, a referral and follow-ups, one overdue", async () => {
    expect(await seedDemo(t.deps)).toBe(true);
    const [org] = await t.db.select().from(organizations).where(eq(organizations.name, 'Liquidambar'));
    const orgId = org!.id;
    const coordinator = await signIn(t, await buildUser(t, { orgId, role: 'coordinator' }));
    const queue = (await coordinator.get(`/api/orgs/${orgId}/follow-ups?scope=all`)).json();
    expect(queue.followUps.length).toBeGreaterThanOrEqual(1);
    expect(queue.followUps[0]).toMatchObject({ overdue: true });
    const caseId = queue.followUps[0].caseId;
    const interventions = (await coordinator.get(`/api/orgs/${orgId}/cases/${caseId}/interventions`)).json();
    expect(interventions.interventions.length).toBeGreaterThanOrEqual(2);
    expect(interventions.interventions[0].notes).toMatch(/demostración/);
    const referrals = (await coordinator.get(`/api/orgs/${orgId}/cases/${caseId}/referrals`)).json();
    expect(referrals.referrals).toHaveLength(1);
  });
});
