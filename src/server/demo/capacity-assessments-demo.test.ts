import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AssessmentList, AssessmentResults } from '../../domain/capacity-assessments.schemas';
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

describe('demo self-assessments', () => {
  it('give Liquidambar two completed assessments to compare, with the actions completed in between', async () => {
    expect(await seedDemo(t.deps)).toBe(true);
    const [org] = await t.db.select().from(organizations).where(eq(organizations.name, 'Liquidambar'));
    const base = `/api/orgs/${org!.id}/capacity/assessments`;
    const coordinator = await signIn(t, await buildUser(t, { orgId: org!.id, role: 'coordinator' }));
    const list = (await coordinator.get(base)).json<AssessmentList>().assessments;
    expect(list.map((a) => a.title)).toEqual(['Autoevaluación 2026', 'Autoevaluación 2025']);
    const results = (await coordinator.get(`${base}/${list[0]!.id}/results`)).json<AssessmentResults>();
    expect(results.previous?.title).toBe('Autoevaluación 2025');
    expect(results.domains.every((d) => (d.comparison?.delta ?? 0) > 0)).toBe(true);
    expect(results.completedActions.length).toBeGreaterThan(0);
    const report = await coordinator.get(`${base}/${list[0]!.id}/report`);
    expect(report.statusCode).toBe(200);
  });
});
