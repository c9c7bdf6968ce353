import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STANDARD_FRAMEWORK } from '../../../domain/capacity/standard-framework';
import { buildOrganization } from '../../testing/factories';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { freezeFramework, getCurrentFramework, loadFramework } from './capacity-framework.repo';

/** The functions other capacity modules build on: first use creates version 1, load, freeze. */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('getCurrentFramework', () => {
  it('creates version 1 from the standard content once, even under concurrent first use', async () => {
    const orgId = (await buildOrganization(t)).id;
    const [a, b, c] = await Promise.all([
      getCurrentFramework(t.db, orgId),
      getCurrentFramework(t.db, orgId),
      getCurrentFramework(t.db, orgId),
    ]);
    expect(a.id).toBe(b.id);
    expect(b.id).toBe(c.id);
    expect(a.version).toBe(1);
    expect(a.frozenAt).toBeNull();
    expect(a.domains.map((d) => d.key)).toEqual(STANDARD_FRAMEWORK.domains.map((d) => d.key));
    for (const domain of a.domains) {
      const standard = STANDARD_FRAMEWORK.domains.find((d) => d.key === domain.key)!;
      expect(domain.enabled).toBe(!standard.optional);
      expect(domain.items.map((i) => i.key)).toEqual(standard.items.map((i) => i.key));
      for (const item of domain.items) expect(item.custom).toBe(false);
    }
    expect(await loadFramework(t.db, orgId, a.id)).toEqual(a);
  });

  it('keeps organizations apart: another organization gets its own copy and cannot load this one', async () => {
    const orgA = (await buildOrganization(t)).id;
    const orgB = (await buildOrganization(t)).id;
    const fa = await getCurrentFramework(t.db, orgA);
    const fb = await getCurrentFramework(t.db, orgB);
    expect(fa.id).not.toBe(fb.id);
    expect(await loadFramework(t.db, orgB, fa.id)).toBeNull();
  });

  it('freezes a version once, keeping the first time', async () => {
    const orgId = (await buildOrganization(t)).id;
    const f = await getCurrentFramework(t.db, orgId);
    await freezeFramework(t.db, orgId, f.id, new Date('2026-03-01T10:00:00Z'));
    await freezeFramework(t.db, orgId, f.id, new Date('2026-04-01T10:00:00Z'));
    expect((await loadFramework(t.db, orgId, f.id))?.frozenAt).toBe('2026-03-01T10:00:00.000Z');
  });
});
