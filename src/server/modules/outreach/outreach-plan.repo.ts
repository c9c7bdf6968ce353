import { and, asc, eq, inArray, isNull, notInArray, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client';
import { members } from '../members/members.tables';
import { sites, siteWorkers } from '../sites/sites.tables';
import { outreachPlanItems } from './outreach.tables';

export type PlanItemRow = typeof outreachPlanItems.$inferSelect;

/** A plan item with what the plan shows of its member and site. */
export interface PlanItemWithNames extends PlanItemRow {
  memberDisplayCode: string | null;
  memberPriority: boolean | null;
  siteName: string | null;
}

/** One promotora's items of one week, by day (undated last), then in the order they were added. */
export async function listPlanItems(
  db: DbOrTx,
  orgId: string,
  userId: string,
  weekStart: string,
): Promise<PlanItemWithNames[]> {
  return db
    .select({
      orgId: outreachPlanItems.orgId,
      id: outreachPlanItems.id,
      userId: outreachPlanItems.userId,
      weekStart: outreachPlanItems.weekStart,
      memberId: outreachPlanItems.memberId,
      siteId: outreachPlanItems.siteId,
      plannedDay: outreachPlanItems.plannedDay,
      noteEnc: outreachPlanItems.noteEnc,
      done: outreachPlanItems.done,
      createdAt: outreachPlanItems.createdAt,
      updatedAt: outreachPlanItems.updatedAt,
      memberDisplayCode: members.displayCode,
      memberPriority: members.priority,
      siteName: sites.name,
    })
    .from(outreachPlanItems)
    .leftJoin(
      members,
      and(eq(members.orgId, outreachPlanItems.orgId), eq(members.id, outreachPlanItems.memberId)),
    )
    .leftJoin(sites, and(eq(sites.orgId, outreachPlanItems.orgId), eq(sites.id, outreachPlanItems.siteId)))
    .where(
      and(
        eq(outreachPlanItems.orgId, orgId),
        eq(outreachPlanItems.userId, userId),
        eq(outreachPlanItems.weekStart, weekStart),
      ),
    )
    .orderBy(sql`${outreachPlanItems.plannedDay} asc nulls last`, asc(outreachPlanItems.id));
}

/** Items of the organization with these ids, whoever's plan they are in. */
export async function findPlanItemsByIds(db: DbOrTx, orgId: string, ids: string[]): Promise<PlanItemRow[]> {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(outreachPlanItems)
    .where(and(eq(outreachPlanItems.orgId, orgId), inArray(outreachPlanItems.id, ids)));
}

/** Removes the week's items that are not kept; returns how many went. */
export async function deletePlanItemsExcept(
  db: DbOrTx,
  where: { orgId: string; userId: string; weekStart: string },
  keepIds: string[],
): Promise<number> {
  const conditions: SQL[] = [
    eq(outreachPlanItems.orgId, where.orgId),
    eq(outreachPlanItems.userId, where.userId),
    eq(outreachPlanItems.weekStart, where.weekStart),
  ];
  if (keepIds.length > 0) conditions.push(notInArray(outreachPlanItems.id, keepIds));
  const deleted = await db
    .delete(outreachPlanItems)
    .where(and(...conditions))
    .returning({ id: outreachPlanItems.id });
  return deleted.length;
}

export async function insertPlanItem(db: DbOrTx, row: PlanItemRow): Promise<void> {
  await db.insert(outreachPlanItems).values(row);
}

export async function updatePlanItem(
  db: DbOrTx,
  key: { orgId: string; id: string },
  values: Pick<PlanItemRow, 'memberId' | 'siteId' | 'plannedDay' | 'noteEnc' | 'done' | 'updatedAt'>,
): Promise<void> {
  await db
    .update(outreachPlanItems)
    .set(values)
    .where(and(eq(outreachPlanItems.orgId, key.orgId), eq(outreachPlanItems.id, key.id)));
}

/** Of `ids`, the live, unmerged members that `scope` (tenant + row scope on members) reaches. */
export async function findReachableMemberIds(db: DbOrTx, scope: SQL, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .select({ id: members.id })
    .from(members)
    .where(and(scope, inArray(members.id, ids), isNull(members.deletedAt), isNull(members.mergedIntoId)));
  return new Set(rows.map((row) => row.id));
}

/** Of `ids`, the live sites of the organization, only those `workerId` works when given. */
export async function findReachableSiteIds(
  db: DbOrTx,
  orgId: string,
  ids: string[],
  workerId: string | undefined,
): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const conditions: SQL[] = [eq(sites.orgId, orgId), inArray(sites.id, ids), isNull(sites.deletedAt)];
  if (workerId)
    conditions.push(
      sql`exists (select 1 from ${siteWorkers} where ${siteWorkers.orgId} = ${sites.orgId} and ${siteWorkers.siteId} = ${sites.id} and ${siteWorkers.userId} = ${workerId})`,
    );
  const rows = await db
    .select({ id: sites.id })
    .from(sites)
    .where(and(...conditions));
  return new Set(rows.map((row) => row.id));
}
