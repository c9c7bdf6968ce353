import { and, asc, eq, exists, isNotNull, isNull, sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import { compareFollowUps, isOverdue } from '../../../domain/case-responses';
import type {
  FollowUpCreateInput,
  FollowUpQueue,
  FollowUpQueueQuery,
  FollowUpSummary,
  FollowUpUpdateInput,
  FollowUpView,
} from '../../../domain/case-responses.schemas';
import { newId } from '../../../domain/ids';
import { dayOf } from '../../../domain/outreach';
import { users } from '../../platform/auth/auth.tables';
import { AppError } from '../../platform/errors';
import { orgContext, type OrgServiceContext, type ServiceContext } from '../../platform/http/route-spec';
import { recordCaseEvent } from '../cases/cases.events';
import { hrCaseAssignments, hrCases } from '../cases/cases.tables';
import { memberships } from '../org-users/memberships.tables';
import { auditCaseRead, caseForResponses } from './case-responses.service';
import { hrFollowUpTaskColumn, hrFollowUps } from './case-responses.tables';

type FollowUpRow = typeof hrFollowUps.$inferSelect;
type FollowUpCreate = z.output<typeof FollowUpCreateInput>;

const taskAad = (orgId: string, id: string) => hrFollowUpTaskColumn.aad({ org_id: orgId, id });
const invalid = (field: string, reason: string) => new AppError('validation', { field, params: { reason } });

async function present(
  c: OrgServiceContext,
  row: FollowUpRow,
  assignedName: string | null,
  today: string,
): Promise<FollowUpView> {
  return {
    id: row.id,
    caseId: row.caseId,
    assignedUserId: row.assignedUserId,
    assignedName,
    dueOn: row.dueOn,
    task: await c.deps.keyring.decryptText(row.orgId, row.taskEnc, taskAad(row.orgId, row.id)),
    overdue: isOverdue(row.dueOn, row.doneAt !== null, today),
    doneAt: row.doneAt?.toISOString() ?? null,
    doneBy: row.doneBy,
    createdAt: row.createdAt.toISOString(),
  };
}

/**
 * A follow-up goes to someone who can read the case: a coordinator of the organization, or a
 * paralegal assigned to the case (active memberships only). Anyone else → 400 on `assignedUserId`.
 */
async function checkAssignee(c: OrgServiceContext, caseId: string, userId: string): Promise<void> {
  const [membership] = await c.db
    .select({ role: memberships.role })
    .from(memberships)
    .where(
      and(eq(memberships.orgId, c.org.orgId), eq(memberships.userId, userId), isNull(memberships.disabledAt)),
    );
  if (membership?.role === 'coordinator') return;
  if (membership?.role === 'paralegal') {
    const [assigned] = await c.db
      .select({ userId: hrCaseAssignments.userId })
      .from(hrCaseAssignments)
      .where(
        and(
          eq(hrCaseAssignments.orgId, c.org.orgId),
          eq(hrCaseAssignments.caseId, caseId),
          eq(hrCaseAssignments.userId, userId),
        ),
      );
    if (assigned) return;
  }
  throw invalid('assignedUserId', 'not_case_worker');
}

const selectWithName = (c: OrgServiceContext) =>
  c.db
    .select({ row: hrFollowUps, assignedName: users.displayName })
    .from(hrFollowUps)
    .innerJoin(users, eq(users.id, hrFollowUps.assignedUserId));

async function findFollowUp(c: OrgServiceContext, caseId: string, id: string) {
  const [found] = await selectWithName(c).where(
    and(eq(hrFollowUps.orgId, c.org.orgId), eq(hrFollowUps.caseId, caseId), eq(hrFollowUps.id, id)),
  );
  return found ?? null;
}

export async function listCaseFollowUps(ctx: ServiceContext, caseId: string): Promise<FollowUpView[]> {
  const c = orgContext(ctx);
  await caseForResponses(c, caseId, false);
  const today = dayOf(c.now);
  const rows = await selectWithName(c)
    .where(and(eq(hrFollowUps.orgId, c.org.orgId), eq(hrFollowUps.caseId, caseId)))
    .orderBy(asc(hrFollowUps.dueOn), asc(hrFollowUps.id));
  await auditCaseRead(c, caseId, 'follow_ups');
  const views = await Promise.all(rows.map(({ row, assignedName }) => present(c, row, assignedName, today)));
  return views.sort((a, b) =>
    compareFollowUps({ ...a, done: a.doneAt !== null }, { ...b, done: b.doneAt !== null }, today),
  );
}

export async function createFollowUp(
  ctx: ServiceContext,
  caseId: string,
  input: FollowUpCreate,
): Promise<FollowUpView> {
  const c = orgContext(ctx);
  await caseForResponses(c, caseId, true);
  const assignedUserId = input.assignedUserId ?? c.actor.userId;
  await checkAssignee(c, caseId, assignedUserId);
  const orgId = c.org.orgId;
  const id = input.id ?? newId(c.now.getTime());
  const row: FollowUpRow = {
    orgId,
    id,
    caseId,
    assignedUserId,
    dueOn: input.dueOn,
    taskEnc: await c.deps.keyring.encryptText(orgId, input.task, taskAad(orgId, id)),
    doneAt: null,
    doneBy: null,
    createdBy: c.actor.userId,
    createdAt: c.now,
    updatedAt: c.now,
  };
  const inserted = await c.db.insert(hrFollowUps).values(row).onConflictDoNothing().returning();
  const today = dayOf(c.now);
  if (inserted.length === 0) {
    const existing = await findFollowUp(c, caseId, id);
    if (!existing || existing.row.dueOn !== input.dueOn) throw new AppError('conflict', { field: 'id' });
    return present(c, existing.row, existing.assignedName, today);
  }
  await recordCaseEvent(c.db, {
    orgId,
    caseId,
    kind: 'follow_up',
    actorUserId: c.actor.userId,
    details: { followUpId: id, change: 'created', assignedUserId, dueOn: input.dueOn },
    at: c.now,
  });
  await c.audit({
    action: 'hr_follow_up.created',
    resourceType: 'hr_follow_up',
    resourceId: id,
    details: { caseId, assignedUserId, dueOn: input.dueOn },
  });
  const found = await findFollowUp(c, caseId, id);
  return present(c, row, found?.assignedName ?? null, today);
}

export async function updateFollowUp(
  ctx: ServiceContext,
  caseId: string,
  id: string,
  input: FollowUpUpdateInput,
): Promise<FollowUpView> {
  const c = orgContext(ctx);
  await caseForResponses(c, caseId, true);
  const current = await findFollowUp(c, caseId, id);
  if (!current) throw new AppError('not_found');
  if (input.assignedUserId !== undefined) await checkAssignee(c, caseId, input.assignedUserId);
  const orgId = c.org.orgId;
  const values: Partial<FollowUpRow> = { updatedAt: c.now };
  if (input.assignedUserId !== undefined) values.assignedUserId = input.assignedUserId;
  if (input.dueOn !== undefined) values.dueOn = input.dueOn;
  if (input.task !== undefined)
    values.taskEnc = await c.deps.keyring.encryptText(orgId, input.task, taskAad(orgId, id));
  const wasDone = current.row.doneAt !== null;
  if (input.done === true && !wasDone) {
    values.doneAt = c.now;
    values.doneBy = c.actor.userId;
  } else if (input.done === false && wasDone) {
    values.doneAt = null;
    values.doneBy = null;
  }
  await c.db
    .update(hrFollowUps)
    .set(values)
    .where(and(eq(hrFollowUps.orgId, orgId), eq(hrFollowUps.id, id)));
  const completed = input.done === true && !wasDone;
  const reopened = input.done === false && wasDone;
  await recordCaseEvent(c.db, {
    orgId,
    caseId,
    kind: completed ? 'follow_up_done' : 'follow_up',
    actorUserId: c.actor.userId,
    details: { followUpId: id, change: completed ? 'done' : reopened ? 'reopened' : 'updated' },
    at: c.now,
  });
  await c.audit({
    action: completed ? 'hr_follow_up.done' : 'hr_follow_up.updated',
    resourceType: 'hr_follow_up',
    resourceId: id,
    details: { caseId, fields: Object.keys(input).sort().join(',') },
  });
  const updated = await findFollowUp(c, caseId, id);
  if (!updated) throw new AppError('not_found');
  return present(c, updated.row, updated.assignedName, dayOf(c.now));
}

/**
 * Which follow-ups a caller sees in the queue: her own (or, for a coordinator asking for `all`,
 * everyone's); a paralegal only on cases she is still assigned to (a follow-up left on a case she
 * was removed from waits for a coordinator to reassign it).
 */
function queueCondition(c: OrgServiceContext, scope: 'mine' | 'all'): SQL {
  const conditions: SQL[] = [eq(hrFollowUps.orgId, c.org.orgId)];
  if (scope === 'mine') conditions.push(eq(hrFollowUps.assignedUserId, c.actor.userId));
  if (c.org.role !== 'coordinator') {
    conditions.push(
      exists(
        c.db
          .select({ one: sql`1` })
          .from(hrCaseAssignments)
          .where(
            and(
              eq(hrCaseAssignments.orgId, hrFollowUps.orgId),
              eq(hrCaseAssignments.caseId, hrFollowUps.caseId),
              eq(hrCaseAssignments.userId, c.actor.userId),
            ),
          ),
      ),
    );
  }
  return and(...conditions)!;
}

export async function followUpQueue(ctx: ServiceContext, query: FollowUpQueueQuery): Promise<FollowUpQueue> {
  const c = orgContext(ctx);
  if (query.scope === 'all' && c.org.role !== 'coordinator') throw invalid('scope', 'not_allowed');
  const today = dayOf(c.now);
  const rows = await c.db
    .select({
      row: hrFollowUps,
      assignedName: users.displayName,
      caseReference: hrCases.reference,
      caseUrgent: hrCases.urgent,
    })
    .from(hrFollowUps)
    .innerJoin(users, eq(users.id, hrFollowUps.assignedUserId))
    .innerJoin(hrCases, and(eq(hrCases.orgId, hrFollowUps.orgId), eq(hrCases.id, hrFollowUps.caseId)))
    .where(
      and(
        queueCondition(c, query.scope),
        query.status === 'open' ? isNull(hrFollowUps.doneAt) : isNotNull(hrFollowUps.doneAt),
      ),
    )
    .orderBy(asc(hrFollowUps.dueOn), asc(hrFollowUps.id))
    .limit(200);
  for (const caseId of new Set(rows.map(({ row }) => row.caseId))) {
    await auditCaseRead(c, caseId, 'follow_up_queue');
  }
  const items = await Promise.all(
    rows.map(async ({ row, assignedName, caseReference, caseUrgent }) => ({
      ...(await present(c, row, assignedName, today)),
      caseReference,
      caseUrgent,
    })),
  );
  items.sort((a, b) =>
    compareFollowUps(
      { id: a.id, dueOn: a.dueOn, done: a.doneAt !== null, urgent: a.caseUrgent },
      { id: b.id, dueOn: b.dueOn, done: b.doneAt !== null, urgent: b.caseUrgent },
      today,
    ),
  );
  return { today, followUps: items };
}

/** Counts of the caller's own open follow-ups (the home card): no text, so no sensitive read. */
export async function followUpSummary(ctx: ServiceContext): Promise<FollowUpSummary> {
  const c = orgContext(ctx);
  const today = dayOf(c.now);
  const [counts] = await c.db
    .select({
      open: sql<number>`count(*)::int`,
      overdue: sql<number>`count(*) filter (where ${hrFollowUps.dueOn} < ${today})::int`,
      dueToday: sql<number>`count(*) filter (where ${hrFollowUps.dueOn} = ${today})::int`,
    })
    .from(hrFollowUps)
    .where(and(queueCondition(c, 'mine'), isNull(hrFollowUps.doneAt)));
  return { open: counts?.open ?? 0, overdue: counts?.overdue ?? 0, dueToday: counts?.dueToday ?? 0 };
}
