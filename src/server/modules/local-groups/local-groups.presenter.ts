import type { LocalGroupView } from '../../../domain/organizations.schemas';
import { hiddenFieldsFor } from '../../../domain/policy';
import type { Role } from '../../../domain/roles';
import type { LocalGroupRow } from './local-groups.repo';

/** Explicit output fields; `notes` only when given and not hidden from the role. */
export function presentLocalGroup(row: LocalGroupRow, role: Role, notes?: string | null): LocalGroupView {
  const view: LocalGroupView = {
    id: row.id,
    orgId: row.orgId,
    name: row.name,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
  if (notes !== undefined && !hiddenFieldsFor('local_group', role).includes('notes')) view.notes = notes;
  return view;
}

export function canSeeNotes(role: Role): boolean {
  return !hiddenFieldsFor('local_group', role).includes('notes');
}
