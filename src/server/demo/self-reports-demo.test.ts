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

describe('demo self-reports and safety alerts', () => {
  it('gives Liquidambar an open form, two reports (one answered) and two active alerts', async () => {
    expect(await seedDemo(t.deps)).toBe(true);
    const [org] = await t.db.select().from(organizations).where(eq(organizations.name, 'Liquidambar'));
    const base = `/api/orgs/${org!.id}`;
    const coordinator = await signIn(t, await buildUser(t, { orgId: org!.id, role: 'coordinator' }));
    expect((await coordinator.get(`${base}/self-report-settings`)).json().enabled).toBe(true);
    const reports = (await coordinator.get(`${base}/self-reports`)).json().selfReports;
    expect(reports.map((r: { status: string }) => r.status).sort()).toEqual(['in_review', 'new']);
    const answered = reports.find((r: { status: string }) => r.status === 'in_review');
    expect((await coordinator.get(`${base}/self-reports/${answered.id}`)).json().messages).toHaveLength(2);
    expect((await coordinator.get(`${base}/safety-alerts`)).json().alerts).toHaveLength(2);
  });
});
