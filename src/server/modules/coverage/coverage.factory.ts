import { DEFAULT_PACKAGE_RULE, type PackageRule } from '../../../domain/coverage.schemas';
import { newId } from '../../../domain/ids';
import type { TestApp } from '../../testing/test-app';
import * as repo from './coverage-packages.repo';

let sequence = 0;

/** A defined package with its first version (a fresh name per call). */
export async function buildPackage(
  t: TestApp,
  options: { orgId: string; name?: string; funderLabel?: string | null; rule?: PackageRule },
): Promise<{ id: string; name: string; funderLabel: string | null }> {
  const now = t.clock.now();
  const id = newId(now.getTime());
  const name = options.name ?? `Paquete ${process.pid}-${(sequence++).toString(36)}`;
  await repo.insertPackage(t.db, {
    orgId: options.orgId,
    id,
    name,
    funderLabel: options.funderLabel ?? null,
    isDefault: false,
    currentVersion: 1,
    archivedAt: null,
    createdAt: now,
    updatedAt: now,
  });
  await repo.insertVersion(t.db, {
    orgId: options.orgId,
    packageId: id,
    version: 1,
    rule: options.rule ?? DEFAULT_PACKAGE_RULE,
    createdBy: null,
    createdAt: now,
  });
  return { id, name, funderLabel: options.funderLabel ?? null };
}
