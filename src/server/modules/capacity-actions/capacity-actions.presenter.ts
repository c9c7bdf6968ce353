import type { ActionNoteView, ActionStatus, ActionView } from '../../../domain/capacity-actions.schemas';
import { isActionOverdue } from '../../../domain/planning';
import type { ActionRow } from './capacity-actions.repo';

/** Explicit output fields of an action; `overdue` is computed with the server's day. */
export function presentAction(row: ActionRow, today: string, noteCount: number): ActionView {
  const status = row.status as ActionStatus;
  return {
    id: row.id,
    assessmentId: row.assessmentId,
    itemKeys: [...row.itemKeys],
    title: row.title,
    responsibleRole: row.responsibleRole,
    supportNeeded: row.supportNeeded,
    resources: row.resources,
    dueOn: row.dueOn,
    status,
    completedOn: row.completedOn,
    overdue: isActionOverdue({ status, dueOn: row.dueOn }, today),
    noteCount,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function presentNote(
  row: { id: string; createdAt: Date; authorName: string | null },
  note: string,
): ActionNoteView {
  return { id: row.id, note, authorName: row.authorName, createdAt: row.createdAt.toISOString() };
}
