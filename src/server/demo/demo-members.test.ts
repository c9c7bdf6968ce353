import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from '../platform/auth/auth.tables';
import { members } from '../modules/members/members.tables';
import { createTestApp, type TestApp } from '../testing/test-app';
import { seedDemo } from './seed-demo';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('demo members', () => {
  it('gives the demo promotora a dozen hashed members, some of them priority', async () => {
    expect(await seedDemo(t.deps)).toBe(true);
    const [promotora] = await t.db.select().from(users).where(eq(users.username, 'promotora.demo'));
    const rows = await t.db.select().from(members).where(eq(members.assignedUserId, promotora!.id));
    expect(rows).toHaveLength(12);
    expect(rows.filter((row) => row.priority).length).toBeGreaterThanOrEqual(3);
    expect(rows.every((row) => row.uicHash.length === 32 && row.mergedIntoId === null)).toBe(true);
    expect(new Set(rows.map((row) => row.displayCode)).size).toBe(12);
  });
});
