import type {
  ActionCreateInput,
  ActionDetail,
  ActionList,
  ActionListQuery,
  ActionNoteInput,
  ActionNoteView,
  ActionStatus,
  ActionUpdateInput,
  ActionView,
} from '../../../domain/capacity-actions.schemas';
import { STANDARD_FRAMEWORK } from '../../../domain/capacity/standard-framework';
import { newId } from '../../../domain/ids';
import { dayOf } from '../../../domain/outreach';
import { compareActions, isActionOverdue } from '../../../domain/planning';
import type { DbOrTx } from '../../platform/db/client';
import { AppError } from '../../platform/errors';
import { orgContext, type OrgServiceContext, type ServiceContext } from '../../platform/http/route-spec';
import { presentAction, presentNote } from './capacity-actions.presenter';
import * as repo from './capacity-actions.repo';
import { capacityActionNoteColumn } from './capacity-actions.tables';

const noteAad = (orgId: string, id: string) => capacityActionNoteColumn.aad({ org_id: orgId, id });
const STANDARD_ITEM_KEYS = new Set(STANDARD_FRAMEWORK.domains.flatMap((d) => d.items.map((i) => i.key)));

const invalid = (field: string, reason = 'invalid_value') =>
  new AppError('validation', { field, params: { reason } });

/** Item keys must name items of the standard framework or of some version of the organization's own. */
async function checkItemKeys(c: OrgServiceContext, keys: readonly string[]): Promise<void> {
  const unknown = keys.filter((key) => !STANDARD_ITEM_KEYS.has(key));
  if (unknown.length === 0) return;
  const known = await repo.frameworkItemKeys(c.db, c.org.orgId, unknown);
  if (unknown.some((key) => !known.has(key))) throw invalid('itemKeys');
}

async function present(c: OrgServiceContext, rows: repo.ActionRow[]): Promise<ActionView[]> {
  const today = dayOf(c.now);
  const counts = await repo.noteCounts(
    c.db,
    c.org.orgId,
    rows.map((row) => row.id),
  );
  return [...rows]
    .sort((a, b) =>
      compareActions({ ...a, status: a.status as ActionStatus }, { ...b, status: b.status as ActionStatus }),
    )
    .map((row) => presentAction(row, today, counts.get(row.id) ?? 0));
}

export async function listActions(ctx: ServiceContext, query: ActionListQuery): Promise<ActionList> {
  const c = orgContext(ctx);
  const today = dayOf(c.now);
  const filter: repo.ActionFilter = {};
  if (query.itemKey) filter.itemKeys = [query.itemKey];
  if (query.status) filter.status = query.status;
  if (query.assessmentId) filter.assessmentId = query.assessmentId;
  if (query.overdue) filter.overdueOn = today;
  let rows = await repo.listActions(c.db, c.org.orgId, filter);
  if (query.overdue === false)
    rows = rows.filter(
      (row) => !isActionOverdue({ status: row.status as ActionStatus, dueOn: row.dueOn }, today),
    );
  return { today, actions: await present(c, rows) };
}

/** One action with its progress notes (decrypted: an audited sensitive read). */
export async function getAction(ctx: ServiceContext, id: string): Promise<ActionDetail> {
  const c = orgContext(ctx);
  const row = await repo.findAction(c.db, c.org.orgId, id);
  if (!row) throw new AppError('not_found');
  const noteRows = await repo.listNotes(c.db, c.org.orgId, id);
  const notes: ActionNoteView[] = [];
  for (const note of noteRows) {
    const text = await c.deps.keyring.decryptText(c.org.orgId, note.noteEnc, noteAad(note.orgId, note.id));
    notes.push(presentNote(note, text));
  }
  await ctx.audit({
    action: 'capacity_action.read',
    resourceType: 'capacity_action',
    resourceId: id,
    sensitiveRead: true,
    details: { notes: notes.length },
  });
  const today = dayOf(c.now);
  return { today, action: presentAction(row, today, notes.length), notes };
}

/** Final `completedOn`: kept or given while done, today when it becomes done, null otherwise. */
function completedOnFor(
  status: ActionStatus,
  given: string | null | undefined,
  current: string | null,
  today: string,
): string | null {
  if (status !== 'done') {
    if (given) throw invalid('completedOn');
    return null;
  }
  if (given) {
    if (given > today) throw invalid('completedOn', 'not_in_future');
    return given;
  }
  return current ?? today;
}

export async function createAction(ctx: ServiceContext, input: ActionCreateInput): Promise<ActionView> {
  const c = orgContext(ctx);
  const id = input.id ?? newId(c.now.getTime());
  await checkItemKeys(c, input.itemKeys);
  if (input.assessmentId && !(await repo.assessmentExists(c.db, c.org.orgId, input.assessmentId)))
    throw invalid('assessmentId');
  const status = input.status ?? 'planned';
  const row: repo.ActionRow = {
    orgId: c.org.orgId,
    id,
    assessmentId: input.assessmentId ?? null,
    itemKeys: [...input.itemKeys],
    title: input.title,
    responsibleRole: input.responsibleRole,
    supportNeeded: input.supportNeeded || null,
    resources: input.resources || null,
    dueOn: input.dueOn,
    status,
    completedOn: completedOnFor(status, undefined, null, dayOf(c.now)),
    createdBy: c.actor.userId,
    createdAt: c.now,
    updatedAt: c.now,
  };
  if (!(await repo.insertAction(c.db, row))) {
    // A retry of the same create (client-generated id) answers with the record; anything else conflicts.
    const existing = await repo.findAction(c.db, c.org.orgId, id);
    if (!existing || existing.title !== input.title) throw new AppError('conflict', { field: 'id' });
    return (await present(c, [existing]))[0]!;
  }
  await ctx.audit({
    action: 'capacity_action.created',
    resourceType: 'capacity_action',
    resourceId: id,
    details: { items: row.itemKeys.length, fromAssessment: row.assessmentId !== null },
  });
  return presentAction(row, dayOf(c.now), 0);
}

export async function updateAction(
  ctx: ServiceContext,
  id: string,
  input: ActionUpdateInput,
): Promise<ActionView> {
  const c = orgContext(ctx);
  const current = await repo.findAction(c.db, c.org.orgId, id);
  if (!current) throw new AppError('not_found');
  if (input.itemKeys) await checkItemKeys(c, input.itemKeys);
  const status = input.status ?? (current.status as ActionStatus);
  const values: Parameters<typeof repo.updateAction>[3] = {
    updatedAt: c.now,
    completedOn: completedOnFor(status, input.completedOn, current.completedOn, dayOf(c.now)),
    status,
  };
  if (input.itemKeys !== undefined) values.itemKeys = [...input.itemKeys];
  if (input.title !== undefined) values.title = input.title;
  if (input.responsibleRole !== undefined) values.responsibleRole = input.responsibleRole;
  if (input.supportNeeded !== undefined) values.supportNeeded = input.supportNeeded || null;
  if (input.resources !== undefined) values.resources = input.resources || null;
  if (input.dueOn !== undefined) values.dueOn = input.dueOn;
  const row = await repo.updateAction(c.db, c.org.orgId, id, values);
  if (!row) throw new AppError('not_found');
  await ctx.audit({
    action: 'capacity_action.updated',
    resourceType: 'capacity_action',
    resourceId: id,
    details: {
      statusChanged: status !== current.status,
      done: status === 'done',
      itemKeys: input.itemKeys !== undefined,
      dueOn: input.dueOn !== undefined,
    },
  });
  return (await present(c, [row]))[0]!;
}

/** Appends an encrypted progress note. */
export async function addNote(
  ctx: ServiceContext,
  actionId: string,
  input: ActionNoteInput,
): Promise<ActionNoteView> {
  const c = orgContext(ctx);
  const action = await repo.findAction(c.db, c.org.orgId, actionId);
  if (!action) throw new AppError('not_found');
  const id = input.id ?? newId(c.now.getTime());
  const row: repo.ActionNoteRow = {
    orgId: c.org.orgId,
    id,
    actionId,
    noteEnc: await c.deps.keyring.encryptText(c.org.orgId, input.note, noteAad(c.org.orgId, id)),
    createdBy: c.actor.userId,
    createdAt: c.now,
  };
  if (!(await repo.insertNote(c.db, row))) {
    const existing = await repo.findNote(c.db, c.org.orgId, id);
    if (!existing || existing.actionId !== actionId) throw new AppError('conflict', { field: 'id' });
    const text = await c.deps.keyring.decryptText(c.org.orgId, existing.noteEnc, noteAad(c.org.orgId, id));
    if (text !== input.note) throw new AppError('conflict', { field: 'id' });
    const authorName = await repo.displayNameOf(c.db, existing.createdBy);
    return presentNote({ ...existing, authorName }, text);
  }
  await repo.updateAction(c.db, c.org.orgId, actionId, { updatedAt: c.now });
  await ctx.audit({
    action: 'capacity_action.note_added',
    resourceType: 'capacity_action',
    resourceId: actionId,
    details: { noteId: id },
  });
  const authorName = await repo.displayNameOf(c.db, c.actor.userId);
  return presentNote({ id, createdAt: c.now, authorName }, input.note);
}

export interface ActionSummary {
  id: string;
  assessmentId: string | null;
  itemKeys: string[];
  title: string;
  responsibleRole: string;
  status: ActionStatus;
  dueOn: string;
  completedOn: string | null;
}

/**
 * The organization's actions (any status) tied to any of `itemKeys`, for the assessments module: the
 * next assessment shows, item by item, the actions completed since the previous one. No notes.
 */
export async function actionsForItems(
  db: DbOrTx,
  orgId: string,
  itemKeys: readonly string[],
): Promise<ActionSummary[]> {
  if (itemKeys.length === 0) return [];
  const rows = await repo.listActions(db, orgId, { itemKeys });
  return rows.map((row) => ({
    id: row.id,
    assessmentId: row.assessmentId,
    itemKeys: [...row.itemKeys],
    title: row.title,
    responsibleRole: row.responsibleRole,
    status: row.status as ActionStatus,
    dueOn: row.dueOn,
    completedOn: row.completedOn,
  }));
}
