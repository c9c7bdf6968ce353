import { newId } from '../../../domain/ids';
import { addDays, dayOf, weekStartOf } from '../../../domain/outreach';
import type {
  OutreachPlanInput,
  OutreachPlanItemInput,
  OutreachPlanView,
} from '../../../domain/outreach.schemas';
import { AppError } from '../../platform/errors';
import { orgContext, type OrgServiceContext, type ServiceContext } from '../../platform/http/route-spec';
import { memberScopeWhere } from '../members/member-scope';
import { siteWorkerScope } from '../sites/sites.scope';
import { presentPlanItem } from './outreach-plan.presenter';
import * as repo from './outreach-plan.repo';
import { outreachPlanNoteColumn } from './outreach.tables';
import { requirePlanOwner } from './outreach-staff';

const noteAad = (orgId: string, id: string) => outreachPlanNoteColumn.aad({ org_id: orgId, id });

async function readPlan(c: OrgServiceContext, userId: string, weekStart: string): Promise<OutreachPlanView> {
  const rows = await repo.listPlanItems(c.db, c.org.orgId, userId, weekStart);
  const items = await Promise.all(
    rows.map(async (row) =>
      presentPlanItem(
        row,
        await c.deps.keyring.decryptNullable(c.org.orgId, row.noteEnc, noteAad(row.orgId, row.id)),
      ),
    ),
  );
  return { userId, weekStart, weekEnd: addDays(weekStart, 6), items };
}

/** The caller's own plan for a week (the current week by default). */
export async function getMyPlan(ctx: ServiceContext, week: string | undefined): Promise<OutreachPlanView> {
  const c = orgContext(ctx);
  return readPlan(c, c.actor.userId, week ?? weekStartOf(dayOf(c.now)));
}

/** A supervisor reads a promotora's plan; someone without a membership here answers 404. */
export async function getPlanOf(
  ctx: ServiceContext,
  userId: string,
  week: string | undefined,
): Promise<OutreachPlanView> {
  const c = orgContext(ctx);
  await requirePlanOwner(c, userId);
  return readPlan(c, userId, week ?? weekStartOf(dayOf(c.now)));
}

/**
 * Refuses an item that names something outside the caller's reach: a member outside her caseload
 * (a promotora) or a site she does not work answers 404 naming the field, like another tenant's id.
 * A saved line that keeps its member or site passes even if it left her reach since (a member
 * reassigned to someone else), so that she can still tick it or save the rest of her week.
 */
async function checkReach(
  c: OrgServiceContext,
  input: OutreachPlanInput,
  weekStart: string,
  existing: Map<string, repo.PlanItemRow>,
): Promise<void> {
  const memberIds = input.items.flatMap((item) => (item.memberId ? [item.memberId] : []));
  const siteIds = input.items.flatMap((item) => (item.siteId ? [item.siteId] : []));
  const reachableMembers = await repo.findReachableMemberIds(
    c.db,
    memberScopeWhere(c, 'outreach_plan'),
    memberIds,
  );
  const reachableSites = await repo.findReachableSiteIds(
    c.db,
    c.org.orgId,
    siteIds,
    siteWorkerScope(c, 'site'),
  );
  const weekEnd = addDays(weekStart, 6);
  input.items.forEach((item, index) => {
    const saved = item.id ? existing.get(item.id) : undefined;
    if (item.memberId && !reachableMembers.has(item.memberId) && saved?.memberId !== item.memberId)
      throw new AppError('not_found', { field: `items.${index}.memberId` });
    if (item.siteId && !reachableSites.has(item.siteId) && saved?.siteId !== item.siteId)
      throw new AppError('not_found', { field: `items.${index}.siteId` });
    if (item.plannedDay && (item.plannedDay < weekStart || item.plannedDay > weekEnd))
      throw new AppError('validation', {
        field: `items.${index}.plannedDay`,
        params: { reason: 'outside_week' },
      });
  });
}

/** Items that keep an id must be the caller's, of this week: anything else is not hers to change. */
async function existingItemsOf(
  c: OrgServiceContext,
  input: OutreachPlanInput,
  weekStart: string,
): Promise<Map<string, repo.PlanItemRow>> {
  const ids = input.items.flatMap((item) => (item.id ? [item.id] : []));
  const found = await repo.findPlanItemsByIds(c.db, c.org.orgId, ids);
  const mine = new Map<string, repo.PlanItemRow>();
  for (const row of found) {
    const index = input.items.findIndex((item) => item.id === row.id);
    if (row.userId !== c.actor.userId) throw new AppError('not_found', { field: `items.${index}.id` });
    if (row.weekStart !== weekStart) throw new AppError('conflict', { field: `items.${index}.id` });
    mine.set(row.id, row);
  }
  return mine;
}

function sameItem(
  row: repo.PlanItemRow,
  item: OutreachPlanItemInput,
  note: string | null,
  old: string | null,
) {
  return (
    row.memberId === (item.memberId ?? null) &&
    row.siteId === (item.siteId ?? null) &&
    row.plannedDay === (item.plannedDay ?? null) &&
    row.done === (item.done ?? false) &&
    note === old
  );
}

/** Replaces the caller's plan for one week with the given items (kept ids are updated in place). */
export async function replaceMyPlan(
  ctx: ServiceContext,
  weekStart: string,
  input: OutreachPlanInput,
): Promise<OutreachPlanView> {
  const c = orgContext(ctx);
  const { orgId } = c.org;
  const userId = c.actor.userId;
  const existing = await existingItemsOf(c, input, weekStart);
  await checkReach(c, input, weekStart, existing);
  const keepIds = [...existing.keys()];
  const removed = await repo.deletePlanItemsExcept(c.db, { orgId, userId, weekStart }, keepIds);
  let added = 0;
  let changed = 0;
  for (const item of input.items) {
    const id = item.id ?? newId(c.now.getTime());
    const note = item.note ? item.note : null;
    const values = {
      memberId: item.memberId ?? null,
      siteId: item.siteId ?? null,
      plannedDay: item.plannedDay ?? null,
      noteEnc: await c.deps.keyring.encryptNullable(orgId, note, noteAad(orgId, id)),
      done: item.done ?? false,
      updatedAt: c.now,
    };
    const row = existing.get(id);
    if (!row) {
      await repo.insertPlanItem(c.db, { orgId, id, userId, weekStart, createdAt: c.now, ...values });
      added += 1;
      continue;
    }
    const old = await c.deps.keyring.decryptNullable(orgId, row.noteEnc, noteAad(orgId, id));
    if (sameItem(row, item, note, old)) continue;
    await repo.updatePlanItem(c.db, { orgId, id }, values);
    changed += 1;
  }
  await ctx.audit({
    action: 'outreach_plan.updated',
    resourceType: 'outreach_plan',
    resourceId: userId,
    details: { weekStart, items: input.items.length, added, changed, removed },
  });
  return readPlan(c, userId, weekStart);
}
