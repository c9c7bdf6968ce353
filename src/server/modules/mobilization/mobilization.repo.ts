import { and, asc, eq, gte, inArray, lte } from 'drizzle-orm';
import type { EventListQuery } from '../../../domain/mobilization.schemas';
import type { DbOrTx } from '../../platform/db/client';
import { mobilizationChecklistItems, mobilizationEvents } from './mobilization.tables';

export type EventRow = typeof mobilizationEvents.$inferSelect;
export type ChecklistRow = typeof mobilizationChecklistItems.$inferSelect;

export async function listEvents(db: DbOrTx, orgId: string, query: EventListQuery): Promise<EventRow[]> {
  return db
    .select()
    .from(mobilizationEvents)
    .where(
      and(
        eq(mobilizationEvents.orgId, orgId),
        query.from ? gte(mobilizationEvents.eventDate, query.from) : undefined,
        query.to ? lte(mobilizationEvents.eventDate, query.to) : undefined,
        query.status ? eq(mobilizationEvents.status, query.status) : undefined,
      ),
    )
    .orderBy(asc(mobilizationEvents.eventDate), asc(mobilizationEvents.id));
}

export async function findEvent(db: DbOrTx, orgId: string, id: string): Promise<EventRow | null> {
  const [row] = await db
    .select()
    .from(mobilizationEvents)
    .where(and(eq(mobilizationEvents.orgId, orgId), eq(mobilizationEvents.id, id)));
  return row ?? null;
}

/** Returns false when the id (or the commemoration of that year) exists already. */
export async function insertEvent(db: DbOrTx, row: EventRow): Promise<boolean> {
  const inserted = await db
    .insert(mobilizationEvents)
    .values(row)
    .onConflictDoNothing()
    .returning({ id: mobilizationEvents.id });
  return inserted.length === 1;
}

export async function updateEvent(
  db: DbOrTx,
  orgId: string,
  id: string,
  values: Partial<Omit<EventRow, 'orgId' | 'id' | 'createdAt' | 'createdBy'>>,
): Promise<void> {
  await db
    .update(mobilizationEvents)
    .set(values)
    .where(and(eq(mobilizationEvents.orgId, orgId), eq(mobilizationEvents.id, id)));
}

/** Moves the status only from `from`, so a doubled request changes it once. */
export async function moveStatus(
  db: DbOrTx,
  orgId: string,
  id: string,
  from: readonly EventRow['status'][],
  values: Partial<EventRow>,
): Promise<boolean> {
  const updated = await db
    .update(mobilizationEvents)
    .set(values)
    .where(
      and(
        eq(mobilizationEvents.orgId, orgId),
        eq(mobilizationEvents.id, id),
        inArray(mobilizationEvents.status, [...from]),
      ),
    )
    .returning({ id: mobilizationEvents.id });
  return updated.length === 1;
}

export async function listChecklist(db: DbOrTx, orgId: string, eventIds: readonly string[]) {
  if (eventIds.length === 0) return [];
  return db
    .select()
    .from(mobilizationChecklistItems)
    .where(
      and(
        eq(mobilizationChecklistItems.orgId, orgId),
        inArray(mobilizationChecklistItems.eventId, [...eventIds]),
      ),
    )
    .orderBy(asc(mobilizationChecklistItems.position), asc(mobilizationChecklistItems.id));
}

export async function insertChecklistItems(db: DbOrTx, rows: ChecklistRow[]): Promise<void> {
  if (rows.length > 0) await db.insert(mobilizationChecklistItems).values(rows).onConflictDoNothing();
}

export async function findChecklistItem(db: DbOrTx, orgId: string, eventId: string, id: string) {
  const [row] = await db
    .select()
    .from(mobilizationChecklistItems)
    .where(
      and(
        eq(mobilizationChecklistItems.orgId, orgId),
        eq(mobilizationChecklistItems.eventId, eventId),
        eq(mobilizationChecklistItems.id, id),
      ),
    );
  return row ?? null;
}

export async function updateChecklistItem(
  db: DbOrTx,
  orgId: string,
  id: string,
  values: Partial<Pick<ChecklistRow, 'done' | 'noteEnc' | 'updatedAt' | 'updatedBy'>>,
): Promise<void> {
  await db
    .update(mobilizationChecklistItems)
    .set(values)
    .where(and(eq(mobilizationChecklistItems.orgId, orgId), eq(mobilizationChecklistItems.id, id)));
}
