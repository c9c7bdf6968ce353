import { and, arrayOverlaps, asc, count, desc, eq, inArray, lt } from 'drizzle-orm';
import { users } from '../../platform/auth/auth.tables';
import type { DbOrTx } from '../../platform/db/client';
import { capacityAssessments } from '../capacity-assessments/capacity-assessments.tables';
import { capacityItems } from '../capacity-framework/capacity-framework.tables';
import { capacityActionNotes, capacityActions } from './capacity-actions.tables';

export type ActionRow = typeof capacityActions.$inferSelect;
export type ActionNoteRow = typeof capacityActionNotes.$inferSelect;

export interface ActionFilter {
  itemKeys?: readonly string[];
  status?: string;
  /** Open actions due before this day. */
  overdueOn?: string;
  assessmentId?: string;
}

/** Every query is scoped by the tenant: an id from another organization simply does not match. */
export async function listActions(
  db: DbOrTx,
  orgId: string,
  filter: ActionFilter = {},
): Promise<ActionRow[]> {
  const conditions = [eq(capacityActions.orgId, orgId)];
  if (filter.itemKeys) conditions.push(arrayOverlaps(capacityActions.itemKeys, [...filter.itemKeys]));
  if (filter.status) conditions.push(eq(capacityActions.status, filter.status));
  if (filter.assessmentId) conditions.push(eq(capacityActions.assessmentId, filter.assessmentId));
  if (filter.overdueOn) {
    conditions.push(inArray(capacityActions.status, ['planned', 'in_progress']));
    conditions.push(lt(capacityActions.dueOn, filter.overdueOn));
  }
  return db
    .select()
    .from(capacityActions)
    .where(and(...conditions))
    .orderBy(asc(capacityActions.dueOn), asc(capacityActions.id));
}

export async function findAction(db: DbOrTx, orgId: string, id: string): Promise<ActionRow | null> {
  const [row] = await db
    .select()
    .from(capacityActions)
    .where(and(eq(capacityActions.orgId, orgId), eq(capacityActions.id, id)));
  return row ?? null;
}

/** Returns false when a record with this id exists already (a retried create). */
export async function insertAction(db: DbOrTx, row: ActionRow): Promise<boolean> {
  const inserted = await db
    .insert(capacityActions)
    .values(row)
    .onConflictDoNothing({ target: [capacityActions.orgId, capacityActions.id] })
    .returning({ id: capacityActions.id });
  return inserted.length === 1;
}

export async function updateAction(
  db: DbOrTx,
  orgId: string,
  id: string,
  values: Partial<Omit<ActionRow, 'orgId' | 'id' | 'createdAt' | 'createdBy'>>,
): Promise<ActionRow | null> {
  const [row] = await db
    .update(capacityActions)
    .set(values)
    .where(and(eq(capacityActions.orgId, orgId), eq(capacityActions.id, id)))
    .returning();
  return row ?? null;
}

/** Number of progress notes per action. */
export async function noteCounts(db: DbOrTx, orgId: string, actionIds: readonly string[]) {
  if (actionIds.length === 0) return new Map<string, number>();
  const rows = await db
    .select({ actionId: capacityActionNotes.actionId, n: count() })
    .from(capacityActionNotes)
    .where(and(eq(capacityActionNotes.orgId, orgId), inArray(capacityActionNotes.actionId, [...actionIds])))
    .groupBy(capacityActionNotes.actionId);
  return new Map(rows.map((row) => [row.actionId, Number(row.n)]));
}

export async function listNotes(db: DbOrTx, orgId: string, actionId: string) {
  return db
    .select({
      id: capacityActionNotes.id,
      orgId: capacityActionNotes.orgId,
      noteEnc: capacityActionNotes.noteEnc,
      createdAt: capacityActionNotes.createdAt,
      authorName: users.displayName,
    })
    .from(capacityActionNotes)
    .leftJoin(users, eq(users.id, capacityActionNotes.createdBy))
    .where(and(eq(capacityActionNotes.orgId, orgId), eq(capacityActionNotes.actionId, actionId)))
    .orderBy(desc(capacityActionNotes.createdAt), desc(capacityActionNotes.id));
}

export async function findNote(db: DbOrTx, orgId: string, id: string): Promise<ActionNoteRow | null> {
  const [row] = await db
    .select()
    .from(capacityActionNotes)
    .where(and(eq(capacityActionNotes.orgId, orgId), eq(capacityActionNotes.id, id)));
  return row ?? null;
}

export async function insertNote(db: DbOrTx, row: ActionNoteRow): Promise<boolean> {
  const inserted = await db
    .insert(capacityActionNotes)
    .values(row)
    .onConflictDoNothing({ target: [capacityActionNotes.orgId, capacityActionNotes.id] })
    .returning({ id: capacityActionNotes.id });
  return inserted.length === 1;
}

/** The item keys among `keys` that some version of the organization's framework holds. */
export async function frameworkItemKeys(
  db: DbOrTx,
  orgId: string,
  keys: readonly string[],
): Promise<Set<string>> {
  if (keys.length === 0) return new Set();
  const rows = await db
    .selectDistinct({ key: capacityItems.key })
    .from(capacityItems)
    .where(and(eq(capacityItems.orgId, orgId), inArray(capacityItems.key, [...keys])));
  return new Set(rows.map((row) => row.key));
}

export async function displayNameOf(db: DbOrTx, userId: string | null): Promise<string | null> {
  if (!userId) return null;
  const [row] = await db.select({ name: users.displayName }).from(users).where(eq(users.id, userId));
  return row?.name ?? null;
}

export async function assessmentExists(db: DbOrTx, orgId: string, id: string): Promise<boolean> {
  const [row] = await db
    .select({ id: capacityAssessments.id })
    .from(capacityAssessments)
    .where(and(eq(capacityAssessments.orgId, orgId), eq(capacityAssessments.id, id)));
  return Boolean(row);
}
