import { and, eq, inArray } from 'drizzle-orm';
import { users } from '../../platform/auth/auth.tables';
import type { DbOrTx } from '../../platform/db/client';
import { siteReports } from './sites.tables';

export type SiteReportRow = typeof siteReports.$inferSelect;
export type SiteReportWithName = SiteReportRow & { reportedByName: string | null };

const withName = {
  orgId: siteReports.orgId,
  id: siteReports.id,
  siteId: siteReports.siteId,
  month: siteReports.month,
  status: siteReports.status,
  reportedBy: siteReports.reportedBy,
  createdAt: siteReports.createdAt,
  reportedByName: users.displayName,
};

/** "Nothing to report" filed for the given sites in a month (`month` is its first day). */
export async function listReportsForMonth(
  db: DbOrTx,
  orgId: string,
  month: string,
  siteIds: readonly string[],
): Promise<SiteReportWithName[]> {
  if (siteIds.length === 0) return [];
  return db
    .select(withName)
    .from(siteReports)
    .leftJoin(users, eq(users.id, siteReports.reportedBy))
    .where(
      and(
        eq(siteReports.orgId, orgId),
        eq(siteReports.month, month),
        inArray(siteReports.siteId, [...siteIds]),
      ),
    );
}

export async function findReport(
  db: DbOrTx,
  orgId: string,
  where: { siteId: string; month: string } | { id: string },
): Promise<SiteReportWithName | null> {
  const [row] = await db
    .select(withName)
    .from(siteReports)
    .leftJoin(users, eq(users.id, siteReports.reportedBy))
    .where(
      and(
        eq(siteReports.orgId, orgId),
        'id' in where
          ? eq(siteReports.id, where.id)
          : and(eq(siteReports.siteId, where.siteId), eq(siteReports.month, where.month)),
      ),
    );
  return row ?? null;
}

/** One report per site and month: returns false when that month (or this id) is already on file. */
export async function insertReport(db: DbOrTx, row: SiteReportRow): Promise<boolean> {
  const inserted = await db
    .insert(siteReports)
    .values(row)
    .onConflictDoNothing()
    .returning({ id: siteReports.id });
  return inserted.length === 1;
}
