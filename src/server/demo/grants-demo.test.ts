import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NetworkPictureView } from '../../domain/capacity-network.schemas';
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

const orgIdOf = async (name: string) =>
  (await t.db.select().from(organizations).where(eq(organizations.name, name)))[0]!.id;

describe('demo grants and network capacity', () => {
  it('gives Liquidambar a report due soon and the secretariat a named network picture', async () => {
    expect(await seedDemo(t.deps)).toBe(true);
    const liquidambar = await orgIdOf('Liquidambar');
    const coordinator = await signIn(t, await buildUser(t, { orgId: liquidambar, role: 'coordinator' }));
    const due = (await coordinator.get(`/api/orgs/${liquidambar}/grants/reports-due`)).json();
    expect(due.reports).toHaveLength(1);
    const regional = await orgIdOf('Secretaría regional');
    const analyst = await signIn(t, await buildUser(t, { orgId: regional, role: 'network_analyst' }));
    const view: NetworkPictureView = (await analyst.get(`/api/orgs/${regional}/capacity/network`)).json();
    expect(view.namesShown).toBe(true);
    expect(view.withCompletedAssessment).toBeGreaterThanOrEqual(4);
    const governance = view.domains.find((d) => d.domainKey === 'governance')!;
    expect(governance.withheld).toBe(false);
    expect(governance.bands!.reduce((sum, band) => sum + band.count, 0)).toBe(governance.organizations);
    expect(view.domains.find((d) => d.domainKey === 'resource_mobilization')!.asking!.length).toBeGreaterThan(
      0,
    );
  });
});
