import { and, asc, eq, exists, inArray, isNull, ne, sql } from 'drizzle-orm';
import { normalizePlaceName } from '../../../domain/sites.schemas';
import { users } from '../../platform/auth/auth.tables';
import type { DbOrTx } from '../../platform/db/client';
import { memberships } from '../org-users/memberships.tables';
import { sites, siteWorkers } from './sites.tables';

export type SiteRow = typeof sites.$inferSelect;
export type SiteWorkerRow = { siteId: string; userId: string; displayName: string };

/** Restricts sites to those `workerUserId` works (a promotora's row scope), when given. */
function workedBy(orgId: string, workerUserId: string | undefined) {
  if (!workerUserId) return undefined;
  return exists(
    sql`(select 1 from ${siteWorkers} where ${siteWorkers.orgId} = ${orgId} and ${siteWorkers.siteId} = ${sites.id} and ${siteWorkers.userId} = ${workerUserId})`,
  );
}

export interface SiteFilter {
  /** Only the sites this user works (row scope `worked_sites`). */
  workerUserId?: string | undefined;
  areaId?: string | undefined;
}

/** Every query is scoped by the tenant; a site outside the caller's row scope simply does not match. */
export async function listSites(db: DbOrTx, orgId: string, filter: SiteFilter = {}): Promise<SiteRow[]> {
  return db
    .select()
    .from(sites)
    .where(
      and(
        eq(sites.orgId, orgId),
        isNull(sites.deletedAt),
        filter.areaId ? eq(sites.areaId, filter.areaId) : undefined,
        workedBy(orgId, filter.workerUserId),
      ),
    )
    .orderBy(asc(sites.name));
}

export async function findSite(
  db: DbOrTx,
  orgId: string,
  id: string,
  workerUserId?: string,
): Promise<SiteRow | null> {
  const [row] = await db
    .select()
    .from(sites)
    .where(
      and(eq(sites.orgId, orgId), eq(sites.id, id), isNull(sites.deletedAt), workedBy(orgId, workerUserId)),
    );
  return row ?? null;
}

export async function findSiteIncludingDeleted(
  db: DbOrTx,
  orgId: string,
  id: string,
): Promise<SiteRow | null> {
  const [row] = await db
    .select()
    .from(sites)
    .where(and(eq(sites.orgId, orgId), eq(sites.id, id)));
  return row ?? null;
}

/** Returns false when a record with this id exists already (a retried create). */
export async function insertSite(db: DbOrTx, row: SiteRow): Promise<boolean> {
  const inserted = await db
    .insert(sites)
    .values(row)
    .onConflictDoNothing({ target: [sites.orgId, sites.id] })
    .returning({ id: sites.id });
  return inserted.length === 1;
}

export type SiteChanges = Partial<Omit<SiteRow, 'orgId' | 'id' | 'createdAt'>>;

export async function updateSite(
  db: DbOrTx,
  orgId: string,
  id: string,
  values: SiteChanges,
): Promise<boolean> {
  const updated = await db
    .update(sites)
    .set(values)
    .where(and(eq(sites.orgId, orgId), eq(sites.id, id), isNull(sites.deletedAt)))
    .returning({ id: sites.id });
  return updated.length === 1;
}

/** Who works each of the given sites, with the display name of the account. */
export async function listWorkers(
  db: DbOrTx,
  orgId: string,
  siteIds: readonly string[],
): Promise<SiteWorkerRow[]> {
  if (siteIds.length === 0) return [];
  return db
    .select({ siteId: siteWorkers.siteId, userId: siteWorkers.userId, displayName: users.displayName })
    .from(siteWorkers)
    .innerJoin(users, eq(users.id, siteWorkers.userId))
    .where(and(eq(siteWorkers.orgId, orgId), inArray(siteWorkers.siteId, [...siteIds])))
    .orderBy(asc(users.displayName));
}

/** The subset of `userIds` with an active membership in the organization. */
export async function activeMemberIds(
  db: DbOrTx,
  orgId: string,
  userIds: readonly string[],
): Promise<string[]> {
  if (userIds.length === 0) return [];
  const rows = await db
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(
      and(
        eq(memberships.orgId, orgId),
        inArray(memberships.userId, [...userIds]),
        isNull(memberships.disabledAt),
      ),
    );
  return rows.map((row) => row.userId);
}

/** Replaces the list of people who work a site. */
export async function replaceWorkers(
  db: DbOrTx,
  options: { orgId: string; siteId: string; userIds: readonly string[]; now: Date },
): Promise<void> {
  const { orgId, siteId, userIds, now } = options;
  await db.delete(siteWorkers).where(and(eq(siteWorkers.orgId, orgId), eq(siteWorkers.siteId, siteId)));
  if (userIds.length === 0) return;
  await db.insert(siteWorkers).values(userIds.map((userId) => ({ orgId, siteId, userId, createdAt: now })));
}

/** True when another live site of the area has the same name once folded (case, accents, spaces). */
export async function hasSiteNamed(
  db: DbOrTx,
  options: { orgId: string; areaId: string; name: string; exceptId: string },
): Promise<boolean> {
  const rows = await db
    .select({ name: sites.name })
    .from(sites)
    .where(
      and(
        eq(sites.orgId, options.orgId),
        eq(sites.areaId, options.areaId),
        ne(sites.id, options.exceptId),
        isNull(sites.deletedAt),
      ),
    );
  const wanted = normalizePlaceName(options.name);
  return rows.some((row) => normalizePlaceName(row.name) === wanted);
}
