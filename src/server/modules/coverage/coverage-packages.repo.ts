import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { PackageRule, ServiceAtom } from '../../../domain/coverage.schemas';
import { users } from '../../platform/auth/auth.tables';
import type { DbOrTx } from '../../platform/db/client';
import { coveragePackages, coveragePackageVersions } from './coverage.tables';

export type PackageRow = typeof coveragePackages.$inferSelect;
export type VersionRow = typeof coveragePackageVersions.$inferSelect & { createdByName: string | null };

export async function listPackages(db: DbOrTx, orgId: string): Promise<PackageRow[]> {
  return db
    .select()
    .from(coveragePackages)
    .where(eq(coveragePackages.orgId, orgId))
    .orderBy(desc(coveragePackages.isDefault), asc(sql`lower(${coveragePackages.name})`));
}

export async function findPackage(db: DbOrTx, orgId: string, id: string): Promise<PackageRow | null> {
  const [row] = await db
    .select()
    .from(coveragePackages)
    .where(and(eq(coveragePackages.orgId, orgId), eq(coveragePackages.id, id)));
  return row ?? null;
}

export async function findDefaultPackage(db: DbOrTx, orgId: string): Promise<PackageRow | null> {
  const [row] = await db
    .select()
    .from(coveragePackages)
    .where(and(eq(coveragePackages.orgId, orgId), eq(coveragePackages.isDefault, true)));
  return row ?? null;
}

/** Versions of the given packages, newest first, with the name of who saved them. */
export async function listVersions(db: DbOrTx, orgId: string, packageId?: string): Promise<VersionRow[]> {
  const rows = await db
    .select({ version: coveragePackageVersions, createdByName: users.displayName })
    .from(coveragePackageVersions)
    .leftJoin(users, eq(users.id, coveragePackageVersions.createdBy))
    .where(
      and(
        eq(coveragePackageVersions.orgId, orgId),
        packageId ? eq(coveragePackageVersions.packageId, packageId) : undefined,
      ),
    )
    .orderBy(desc(coveragePackageVersions.version));
  return rows.map((row) => ({ ...row.version, createdByName: row.createdByName }));
}

export async function findVersion(
  db: DbOrTx,
  orgId: string,
  packageId: string,
  version: number,
): Promise<VersionRow | null> {
  const rows = await listVersions(db, orgId, packageId);
  return rows.find((row) => row.version === version) ?? null;
}

/** Inserts the package; false when one with this id exists already (a retried create). */
export async function insertPackage(db: DbOrTx, row: PackageRow): Promise<boolean> {
  const inserted = await db
    .insert(coveragePackages)
    .values(row)
    .onConflictDoNothing({ target: [coveragePackages.orgId, coveragePackages.id] })
    .returning({ id: coveragePackages.id });
  return inserted.length > 0;
}

export async function insertVersion(
  db: DbOrTx,
  row: {
    orgId: string;
    packageId: string;
    version: number;
    rule: PackageRule;
    createdBy: string | null;
    createdAt: Date;
  },
): Promise<void> {
  await db.insert(coveragePackageVersions).values({
    orgId: row.orgId,
    packageId: row.packageId,
    version: row.version,
    minContacts: row.rule.minContacts,
    allOf: row.rule.allOf,
    anyOf: row.rule.anyOf,
    createdBy: row.createdBy,
    createdAt: row.createdAt,
  });
}

export async function updatePackage(
  db: DbOrTx,
  orgId: string,
  id: string,
  values: Partial<Pick<PackageRow, 'name' | 'funderLabel' | 'currentVersion' | 'archivedAt' | 'updatedAt'>>,
): Promise<boolean> {
  const updated = await db
    .update(coveragePackages)
    .set(values)
    .where(and(eq(coveragePackages.orgId, orgId), eq(coveragePackages.id, id)))
    .returning({ id: coveragePackages.id });
  return updated.length > 0;
}

export function ruleOf(row: Pick<VersionRow, 'minContacts' | 'allOf' | 'anyOf'>): PackageRule {
  return {
    minContacts: row.minContacts,
    allOf: row.allOf as ServiceAtom[],
    anyOf: row.anyOf as ServiceAtom[],
  };
}
