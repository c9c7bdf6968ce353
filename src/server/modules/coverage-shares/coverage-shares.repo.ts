import { and, desc, eq, gte, isNull, lte, sql, type SQL } from 'drizzle-orm';
import type { MobilityView } from '../../../domain/coverage-shares.schemas';
import type { SiteTypology } from '../../../domain/sites.schemas';
import type { DbOrTx } from '../../platform/db/client';
import { organizations } from '../organizations/organizations.tables';
import { coverageNetworkShares } from './coverage-shares.tables';

export type ShareRow = typeof coverageNetworkShares.$inferSelect;

async function rows<T>(db: DbOrTx, query: SQL): Promise<T[]> {
  return (await db.execute(query)).rows as T[];
}

/**
 * Effective contacts with a member in [start, end], as (kept member, site, local group). Same rule as
 * every other figure: not voided, not superseded; merged records count for the member they were
 * merged into.
 */
const seenInPeriod = (orgId: string, start: string, end: string) => sql`
  seen as (
    select coalesce(mm.merged_into_id, mm.id) as member_id, c.site_id, s.local_group_id
    from contacts c
    join members mm on mm.org_id = c.org_id and mm.id = c.member_id
    left join sites s on s.org_id = c.org_id and s.id = c.site_id
    where c.org_id = ${orgId}
      and c.member_id is not null
      and c.contacted_on between ${start}::date and ${end}::date
      and not c.voided
      and not exists (select 1 from contacts sup where sup.org_id = c.org_id and sup.supersedes_id = c.id)
  )`;

/** The keyed hashes (members.uic_hash) of the distinct members reached in the period. */
export async function listReachedMemberHashes(
  db: DbOrTx,
  orgId: string,
  start: string,
  end: string,
): Promise<Uint8Array[]> {
  const result = await rows<{ uic_hash: Buffer }>(
    db,
    sql`with ${seenInPeriod(orgId, start, end)}
      select m.uic_hash from members m
      where m.org_id = ${orgId} and m.id in (select member_id from seen)`,
  );
  return result.map((r) => new Uint8Array(r.uic_hash));
}

/** Members seen at more than one site / local group in the period (exact, inside the organization). */
export async function countMobility(
  db: DbOrTx,
  orgId: string,
  start: string,
  end: string,
): Promise<Omit<MobilityView, 'from' | 'to'>> {
  const [row] = await rows<{ reached: number; sites: number; groups: number }>(
    db,
    sql`with ${seenInPeriod(orgId, start, end)},
      per_member as (
        select member_id, count(distinct site_id) as sites, count(distinct local_group_id) as groups
        from seen group by member_id
      )
      select count(*)::int as reached,
             (count(*) filter (where sites > 1))::int as sites,
             (count(*) filter (where groups > 1))::int as groups
      from per_member`,
  );
  return {
    reached: Number(row?.reached ?? 0),
    atSeveralSites: Number(row?.sites ?? 0),
    inSeveralLocalGroups: Number(row?.groups ?? 0),
  };
}

/** Municipality (the site's area name) and typology of the organization's sites — never the name. */
export async function listSiteLabels(
  db: DbOrTx,
  orgId: string,
): Promise<Map<string, { municipality: string | null; typology: SiteTypology }>> {
  const result = await rows<{ id: string; municipality: string | null; typology: SiteTypology }>(
    db,
    sql`select s.id::text as id, a.name as municipality, s.typology
      from sites s left join areas a on a.org_id = s.org_id and a.id = s.area_id
      where s.org_id = ${orgId}`,
  );
  return new Map(result.map((r) => [r.id, { municipality: r.municipality, typology: r.typology }]));
}

export async function listShares(db: DbOrTx, orgId: string): Promise<ShareRow[]> {
  return db
    .select()
    .from(coverageNetworkShares)
    .where(eq(coverageNetworkShares.orgId, orgId))
    .orderBy(desc(coverageNetworkShares.approvedAt));
}

export async function findShare(db: DbOrTx, orgId: string, id: string): Promise<ShareRow | undefined> {
  const [row] = await db
    .select()
    .from(coverageNetworkShares)
    .where(and(eq(coverageNetworkShares.orgId, orgId), eq(coverageNetworkShares.id, id)));
  return row;
}

/** Active shares of the organization overlapping [start, end]. */
export async function listActiveOverlapping(db: DbOrTx, orgId: string, start: string, end: string) {
  return db
    .select({
      id: coverageNetworkShares.id,
      periodStart: coverageNetworkShares.periodStart,
      periodEnd: coverageNetworkShares.periodEnd,
    })
    .from(coverageNetworkShares)
    .where(
      and(
        eq(coverageNetworkShares.orgId, orgId),
        isNull(coverageNetworkShares.withdrawnAt),
        lte(coverageNetworkShares.periodStart, end),
        gte(coverageNetworkShares.periodEnd, start),
      ),
    );
}

export async function markWithdrawn(db: DbOrTx, orgId: string, id: string, at: Date, by: string) {
  const [row] = await db
    .update(coverageNetworkShares)
    .set({ withdrawnAt: at, withdrawnBy: by })
    .where(and(eq(coverageNetworkShares.orgId, orgId), eq(coverageNetworkShares.id, id)))
    .returning();
  return row;
}

export async function insertShare(db: DbOrTx, row: ShareRow): Promise<void> {
  await db.insert(coverageNetworkShares).values(row);
}

export interface NetworkShareRow {
  orgId: string;
  orgName: string;
  countryCode: string | null;
  id: string;
  periodStart: string;
  periodEnd: string;
  approvedAt: Date;
  payload: ShareRow['payload'];
  sketchEnc: Buffer;
}

/**
 * Active shares of the network's organizations: each organization's latest one, or, with a period,
 * its active share of exactly those months.
 */
export async function listNetworkShares(
  db: DbOrTx,
  networkId: string,
  period: { start: string; end: string } | null,
): Promise<NetworkShareRow[]> {
  const conditions = [eq(organizations.networkId, networkId), isNull(coverageNetworkShares.withdrawnAt)];
  if (period) {
    conditions.push(eq(coverageNetworkShares.periodStart, period.start));
    conditions.push(eq(coverageNetworkShares.periodEnd, period.end));
  }
  return db
    .selectDistinctOn([coverageNetworkShares.orgId], {
      orgId: coverageNetworkShares.orgId,
      orgName: organizations.name,
      countryCode: organizations.countryCode,
      id: coverageNetworkShares.id,
      periodStart: coverageNetworkShares.periodStart,
      periodEnd: coverageNetworkShares.periodEnd,
      approvedAt: coverageNetworkShares.approvedAt,
      payload: coverageNetworkShares.payload,
      sketchEnc: coverageNetworkShares.sketchEnc,
    })
    .from(coverageNetworkShares)
    .innerJoin(organizations, eq(organizations.id, coverageNetworkShares.orgId))
    .where(and(...conditions))
    .orderBy(
      coverageNetworkShares.orgId,
      desc(coverageNetworkShares.approvedAt),
      sql`${coverageNetworkShares.id} desc`,
    );
}

/** One active share of an organization of the network (null: unknown, withdrawn or another network). */
export async function findNetworkShare(db: DbOrTx, networkId: string, shareId: string) {
  const [row] = await db
    .select({
      orgId: coverageNetworkShares.orgId,
      orgName: organizations.name,
      countryCode: organizations.countryCode,
      id: coverageNetworkShares.id,
      approvedAt: coverageNetworkShares.approvedAt,
      payload: coverageNetworkShares.payload,
    })
    .from(coverageNetworkShares)
    .innerJoin(organizations, eq(organizations.id, coverageNetworkShares.orgId))
    .where(
      and(
        eq(coverageNetworkShares.id, shareId),
        eq(organizations.networkId, networkId),
        isNull(coverageNetworkShares.withdrawnAt),
      ),
    );
  return row ?? null;
}
