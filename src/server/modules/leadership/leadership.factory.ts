import { newId } from '../../../domain/ids';
import type { TestApp } from '../../testing/test-app';
import { memberLeadershipRoles } from './leadership.tables';

/** Test factory: a role held by a member, stored directly. */
export async function buildPathwayRole(
  t: TestApp,
  options: { orgId: string; memberId: string; role?: string; fromOn?: string },
): Promise<{ id: string }> {
  const now = t.clock.now();
  const id = newId(now.getTime());
  await t.db.insert(memberLeadershipRoles).values({
    orgId: options.orgId,
    id,
    memberId: options.memberId,
    role: options.role ?? 'promotora',
    fromOn: options.fromOn ?? '2025-01-01',
    toOn: null,
    createdBy: null,
    createdAt: now,
    updatedAt: now,
  });
  return { id };
}
