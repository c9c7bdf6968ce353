import { newId } from '../../../domain/ids';
import type { TestApp } from '../../testing/test-app';
import { hrCaseBarriers, structuralBarriers } from './barriers.tables';

/** Test factory: a barrier stored directly (and linked to the given cases). */
export async function buildBarrier(
  t: TestApp,
  options: { orgId: string; title?: string; description?: string; caseIds?: readonly string[] },
): Promise<{ id: string; title: string }> {
  const now = t.clock.now();
  const id = newId(now.getTime());
  const title = options.title ?? `Ordenanza ${id.slice(-6)}`;
  await t.db.insert(structuralBarriers).values({
    orgId: options.orgId,
    id,
    kind: 'regulation',
    title,
    description: options.description ?? '',
    countryCode: 'SV',
    areaId: null,
    status: 'active',
    createdBy: null,
    createdAt: now,
    updatedAt: now,
  });
  for (const caseId of options.caseIds ?? [])
    await t.db
      .insert(hrCaseBarriers)
      .values({ orgId: options.orgId, caseId, barrierId: id, linkedBy: null, linkedAt: now });
  return { id, title };
}
