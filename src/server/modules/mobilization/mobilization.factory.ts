import { newId } from '../../../domain/ids';
import { STANDARD_CHECKLIST_KEYS, type EventStatus } from '../../../domain/mobilization.schemas';
import type { TestApp } from '../../testing/test-app';
import { checklistNoteColumn, mobilizationChecklistItems, mobilizationEvents } from './mobilization.tables';

/**
 * Test factory: an event stored directly with its standard checklist (ticked when `ready`, with an
 * encrypted note on the emergency-contacts item when `note` is given).
 */
export async function buildEvent(
  t: TestApp,
  options: {
    orgId: string;
    title?: string;
    status?: EventStatus;
    ready?: boolean;
    note?: string;
    eventDate?: string;
    participants?: { members: number; allies: number; public: number };
  },
): Promise<{ id: string; title: string; itemIds: Record<string, string> }> {
  const now = t.clock.now();
  const id = newId(now.getTime());
  const title = options.title ?? `Marcha ${id.slice(-6)}`;
  await t.db.insert(mobilizationEvents).values({
    orgId: options.orgId,
    id,
    kind: 'march',
    title,
    eventDate: options.eventDate ?? now.toISOString().slice(0, 10),
    location: 'Plaza central',
    status: options.status ?? 'draft',
    riskLevel: options.ready ? 'medium' : null,
    participantsMembers: options.participants?.members ?? null,
    participantsAllies: options.participants?.allies ?? null,
    participantsPublic: options.participants?.public ?? null,
    createdAt: now,
    updatedAt: now,
  });
  const itemIds: Record<string, string> = {};
  for (const [position, itemKey] of STANDARD_CHECKLIST_KEYS.entries()) {
    const itemId = newId(now.getTime());
    itemIds[itemKey] = itemId;
    const note = itemKey === 'emergency_contacts' ? options.note : undefined;
    await t.db.insert(mobilizationChecklistItems).values({
      orgId: options.orgId,
      id: itemId,
      eventId: id,
      itemKey,
      done: options.ready ?? false,
      noteEnc: note
        ? await t.deps.keyring.encryptText(
            options.orgId,
            note,
            checklistNoteColumn.aad({ org_id: options.orgId, id: itemId }),
          )
        : null,
      position,
      updatedAt: now,
    });
  }
  return { id, title, itemIds };
}
