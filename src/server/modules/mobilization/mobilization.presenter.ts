import type {
  ChecklistItemView,
  EventSummary,
  EventView,
  ParticipantCounts,
} from '../../../domain/mobilization.schemas';
import type { ChecklistRow, EventRow } from './mobilization.repo';

function participantsOf(row: EventRow): ParticipantCounts | null {
  if (row.participantsMembers === null && row.participantsAllies === null && row.participantsPublic === null)
    return null;
  return {
    members: row.participantsMembers ?? 0,
    allies: row.participantsAllies ?? 0,
    public: row.participantsPublic ?? 0,
  };
}

export function presentEventSummary(row: EventRow, checklist: readonly ChecklistRow[]): EventSummary {
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    commemorationKey: row.commemorationKey,
    eventDate: row.eventDate,
    location: row.location,
    status: row.status,
    riskLevel: row.riskLevel,
    checklistDone: checklist.filter((item) => item.done).length,
    checklistTotal: checklist.length,
    participants: participantsOf(row),
  };
}

/** `notes` holds the decrypted notes by item id, only for readers of the safety plan. */
export function presentEvent(
  row: EventRow,
  checklist: readonly ChecklistRow[],
  notes: ReadonlyMap<string, string | null> | null,
): EventView {
  const items: ChecklistItemView[] = checklist.map((item) => ({
    id: item.id,
    key: item.itemKey,
    label: item.label,
    done: item.done,
    hasNote: item.noteEnc !== null,
    note: notes?.get(item.id) ?? null,
  }));
  return {
    ...presentEventSummary(row, checklist),
    outcomes: row.outcomes,
    mediaCoverage: row.mediaCoverage,
    checklist: items,
    confirmedAt: row.confirmedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
