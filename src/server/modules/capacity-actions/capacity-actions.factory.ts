import { STANDARD_FRAMEWORK } from '../../../domain/capacity/standard-framework';
import { newId } from '../../../domain/ids';
import type { ActionStatus } from '../../../domain/capacity-actions.schemas';
import type { TestApp } from '../../testing/test-app';
import { capacityActionNoteColumn, capacityActionNotes, capacityActions } from './capacity-actions.tables';

/** A key of the standard framework (present before any organization's own copy exists). */
export const SOME_ITEM_KEY = STANDARD_FRAMEWORK.domains[0]!.items[0]!.key;

/** Test builder of an action (and optionally progress notes, encrypted like the service does). */
export async function buildAction(
  t: TestApp,
  options: {
    orgId: string;
    itemKeys?: string[];
    title?: string;
    dueOn?: string;
    status?: ActionStatus;
    completedOn?: string | null;
    notes?: string[];
    createdBy?: string | null;
  },
) {
  const id = newId();
  const now = t.clock.now();
  const row = {
    orgId: options.orgId,
    id,
    assessmentId: null,
    itemKeys: options.itemKeys ?? [SOME_ITEM_KEY],
    title: options.title ?? `Acción ${id.slice(-6)}`,
    responsibleRole: 'Coordinadora',
    supportNeeded: null,
    resources: null,
    dueOn: options.dueOn ?? now.toISOString().slice(0, 10),
    status: options.status ?? 'planned',
    completedOn: options.completedOn ?? null,
    createdBy: options.createdBy ?? null,
    createdAt: now,
    updatedAt: now,
  };
  await t.db.insert(capacityActions).values(row);
  for (const note of options.notes ?? []) {
    const noteId = newId();
    await t.db.insert(capacityActionNotes).values({
      orgId: options.orgId,
      id: noteId,
      actionId: id,
      noteEnc: await t.deps.keyring.encryptText(
        options.orgId,
        note,
        capacityActionNoteColumn.aad({ org_id: options.orgId, id: noteId }),
      ),
      createdBy: options.createdBy ?? null,
      createdAt: now,
    });
  }
  return row;
}
