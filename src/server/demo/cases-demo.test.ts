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

describe('demo cases', () => {
  it('gives Liquidambar five fictional cases, one urgent on top, readable by coordinators only in full', async () => {
    expect(await seedDemo(t.deps)).toBe(true);
    const [org] = await t.db.select().from(organizations).where(eq(organizations.name, 'Liquidambar'));
    const base = `/api/orgs/${org!.id}/cases`;
    const coordinator = await signIn(t, await buildUser(t, { orgId: org!.id, role: 'coordinator' }));
    const all = (await coordinator.get(`${base}?limit=50`)).json().cases;
    expect(all).toHaveLength(5);
    expect(all[0]).toMatchObject({ urgent: true, status: 'open' });
    expect(new Set(all.map((c: { status: string }) => c.status))).toEqual(
      new Set(['open', 'in_progress', 'closed', 'archived']),
    );
    const first = (await coordinator.get(`${base}/${all[0].id}`)).json();
    expect(first.narrative).toMatch(/^Relato ficticio de demostración/);
    const timeline = (await coordinator.get(`${base}/${all[0].id}/timeline`)).json().events;
    expect(timeline.map((e: { kind: string }) => e.kind)).toEqual(
      expect.arrayContaining(['created', 'assigned']),
    );
    const admin = await signIn(t, await buildUser(t, { orgId: org!.id, role: 'admin' }));
    expect((await admin.get(`${base}/${all[0].id}`)).json().narrative).toBeNull();
  });
});
