import { sameRule } from '../../../domain/coverage/package-rule';
import type { PackageCreateInput, PackageUpdateInput, PackageView } from '../../../domain/coverage.schemas';
import { newId } from '../../../domain/ids';
import { isUniqueViolation } from '../../platform/db/pg-errors';
import { AppError } from '../../platform/errors';
import { orgContext, type OrgServiceContext, type ServiceContext } from '../../platform/http/route-spec';
import * as repo from './coverage-packages.repo';
import { ensureDefaultPackage } from './coverage.service';

function present(row: repo.PackageRow, versions: readonly repo.VersionRow[]): PackageView {
  const own = versions.filter((v) => v.packageId === row.id).sort((a, b) => b.version - a.version);
  const current = own.find((v) => v.version === row.currentVersion);
  if (!current) throw new Error('coverage package without its current version');
  return {
    id: row.id,
    name: row.name,
    funderLabel: row.funderLabel,
    isDefault: row.isDefault,
    archived: row.archivedAt !== null,
    version: row.currentVersion,
    rule: repo.ruleOf(current),
    versions: own.map((v) => ({
      version: v.version,
      rule: repo.ruleOf(v),
      createdAt: v.createdAt.toISOString(),
      createdByName: v.createdByName,
    })),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

async function withUniqueName<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isUniqueViolation(error, 'coverage_packages_name_uq'))
      throw new AppError('conflict', { field: 'name' });
    throw error;
  }
}

async function presentOne(c: OrgServiceContext, id: string): Promise<PackageView> {
  const row = await repo.findPackage(c.db, c.org.orgId, id);
  if (!row) throw new AppError('not_found');
  return present(row, await repo.listVersions(c.db, c.org.orgId, id));
}

/** The organization's packages (the default one first, created on first use) with their history. */
export async function listPackages(ctx: ServiceContext): Promise<PackageView[]> {
  const c = orgContext(ctx);
  await ensureDefaultPackage(c.db, c.org.orgId, c.now);
  const rows = await repo.listPackages(c.db, c.org.orgId);
  const versions = await repo.listVersions(c.db, c.org.orgId);
  return rows.map((row) => present(row, versions));
}

export async function getPackage(ctx: ServiceContext, id: string): Promise<PackageView> {
  return presentOne(orgContext(ctx), id);
}

export async function createPackage(ctx: ServiceContext, input: PackageCreateInput): Promise<PackageView> {
  const c = orgContext(ctx);
  const id = input.id ?? newId(c.now.getTime());
  const inserted = await withUniqueName(() =>
    repo.insertPackage(c.db, {
      orgId: c.org.orgId,
      id,
      name: input.name,
      funderLabel: input.funderLabel ?? null,
      isDefault: false,
      currentVersion: 1,
      archivedAt: null,
      createdAt: c.now,
      updatedAt: c.now,
    }),
  );
  if (!inserted) {
    // A retried create (client-generated id) answers with the package; anything else conflicts.
    const existing = await repo.findPackage(c.db, c.org.orgId, id);
    if (!existing || existing.name !== input.name) throw new AppError('conflict', { field: 'id' });
    return presentOne(c, id);
  }
  await repo.insertVersion(c.db, {
    orgId: c.org.orgId,
    packageId: id,
    version: 1,
    rule: input.rule,
    createdBy: c.actor.userId,
    createdAt: c.now,
  });
  await ctx.audit({
    action: 'coverage_package.created',
    resourceType: 'coverage_package',
    resourceId: id,
    details: { version: 1, funderLabel: input.funderLabel != null },
  });
  return presentOne(c, id);
}

/**
 * Renames, relabels or archives a package in place; a rule different from the current one becomes a
 * new immutable version (figures already produced keep naming the version they used).
 */
export async function updatePackage(
  ctx: ServiceContext,
  id: string,
  input: PackageUpdateInput,
): Promise<PackageView> {
  const c = orgContext(ctx);
  const row = await repo.findPackage(c.db, c.org.orgId, id);
  if (!row) throw new AppError('not_found');
  if (input.archived && row.isDefault)
    throw new AppError('validation', { field: 'archived', params: { reason: 'default_package' } });
  const values: Parameters<typeof repo.updatePackage>[3] = { updatedAt: c.now };
  if (input.name !== undefined) values.name = input.name;
  if (input.funderLabel !== undefined) values.funderLabel = input.funderLabel;
  if (input.archived !== undefined) values.archivedAt = input.archived ? (row.archivedAt ?? c.now) : null;
  let newVersion: number | null = null;
  if (input.rule) {
    const current = await repo.findVersion(c.db, c.org.orgId, id, row.currentVersion);
    if (!current || !sameRule(repo.ruleOf(current), input.rule)) {
      newVersion = row.currentVersion + 1;
      await repo.insertVersion(c.db, {
        orgId: c.org.orgId,
        packageId: id,
        version: newVersion,
        rule: input.rule,
        createdBy: c.actor.userId,
        createdAt: c.now,
      });
      values.currentVersion = newVersion;
    }
  }
  await withUniqueName(() => repo.updatePackage(c.db, c.org.orgId, id, values));
  await ctx.audit({
    action: 'coverage_package.updated',
    resourceType: 'coverage_package',
    resourceId: id,
    details: {
      name: input.name !== undefined,
      funderLabel: input.funderLabel !== undefined,
      archived: input.archived ?? null,
      newVersion,
    },
  });
  return presentOne(c, id);
}
