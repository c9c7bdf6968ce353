import { newId } from '../../../domain/ids';
import type { TestApp } from '../../testing/test-app';
import { safeSpaces } from './safe-spaces.tables';

/** Test factory: a safe space stored directly. */
export async function buildSafeSpace(
  t: TestApp,
  options: { orgId: string; name?: string; openingHours?: string },
): Promise<{ id: string; name: string }> {
  const now = t.clock.now();
  const id = newId(now.getTime());
  const name = options.name ?? `Casa ${id.slice(-6)}`;
  await t.db.insert(safeSpaces).values({
    orgId: options.orgId,
    id,
    name,
    areaId: null,
    openingHours: options.openingHours ?? 'Lun–Vie 10–18',
    services: ['rest', 'condoms'],
    active: true,
    createdAt: now,
    updatedAt: now,
  });
  return { id, name };
}
