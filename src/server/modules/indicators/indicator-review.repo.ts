import { and, asc, desc, eq, lte } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client';
import { indicatorActions, indicatorLessons, indicatorReviewNotes } from './indicators.tables';

export type ReviewNoteRow = typeof indicatorReviewNotes.$inferSelect;
export type ActionRow = typeof indicatorActions.$inferSelect;
export type LessonRow = typeof indicatorLessons.$inferSelect;

/** `month` is the first day of the month (`YYYY-MM-01`) in every query below. */
export async function listNotes(db: DbOrTx, orgId: string, month: string): Promise<ReviewNoteRow[]> {
  return db
    .select()
    .from(indicatorReviewNotes)
    .where(and(eq(indicatorReviewNotes.orgId, orgId), eq(indicatorReviewNotes.month, month)));
}

export async function findNote(
  db: DbOrTx,
  orgId: string,
  indicatorId: string,
  month: string,
): Promise<ReviewNoteRow | null> {
  const [row] = await db
    .select()
    .from(indicatorReviewNotes)
    .where(
      and(
        eq(indicatorReviewNotes.orgId, orgId),
        eq(indicatorReviewNotes.indicatorId, indicatorId),
        eq(indicatorReviewNotes.month, month),
      ),
    );
  return row ?? null;
}

export async function insertNote(db: DbOrTx, row: ReviewNoteRow): Promise<void> {
  await db.insert(indicatorReviewNotes).values(row);
}

export async function updateNote(
  db: DbOrTx,
  orgId: string,
  id: string,
  values: Pick<ReviewNoteRow, 'noteEnc' | 'updatedBy' | 'updatedAt'>,
): Promise<void> {
  await db
    .update(indicatorReviewNotes)
    .set(values)
    .where(and(eq(indicatorReviewNotes.orgId, orgId), eq(indicatorReviewNotes.id, id)));
}

export async function deleteNote(db: DbOrTx, orgId: string, id: string): Promise<void> {
  await db
    .delete(indicatorReviewNotes)
    .where(and(eq(indicatorReviewNotes.orgId, orgId), eq(indicatorReviewNotes.id, id)));
}

export async function listActionsOfMonth(db: DbOrTx, orgId: string, month: string): Promise<ActionRow[]> {
  return db
    .select()
    .from(indicatorActions)
    .where(and(eq(indicatorActions.orgId, orgId), eq(indicatorActions.month, month)))
    .orderBy(asc(indicatorActions.dueOn), asc(indicatorActions.id));
}

/** Open items owned by `userId` due on or before `dueBy`. */
export async function listOpenActionsOf(
  db: DbOrTx,
  orgId: string,
  userId: string,
  dueBy: string,
): Promise<ActionRow[]> {
  return db
    .select()
    .from(indicatorActions)
    .where(
      and(
        eq(indicatorActions.orgId, orgId),
        eq(indicatorActions.ownerUserId, userId),
        eq(indicatorActions.status, 'open'),
        lte(indicatorActions.dueOn, dueBy),
      ),
    )
    .orderBy(asc(indicatorActions.dueOn), asc(indicatorActions.id));
}

export async function findAction(db: DbOrTx, orgId: string, id: string): Promise<ActionRow | null> {
  const [row] = await db
    .select()
    .from(indicatorActions)
    .where(and(eq(indicatorActions.orgId, orgId), eq(indicatorActions.id, id)));
  return row ?? null;
}

export async function insertAction(db: DbOrTx, row: ActionRow): Promise<boolean> {
  const inserted = await db
    .insert(indicatorActions)
    .values(row)
    .onConflictDoNothing({ target: [indicatorActions.orgId, indicatorActions.id] })
    .returning({ id: indicatorActions.id });
  return inserted.length === 1;
}

export async function updateAction(
  db: DbOrTx,
  orgId: string,
  id: string,
  values: Partial<
    Pick<ActionRow, 'title' | 'ownerUserId' | 'dueOn' | 'status' | 'completedOn' | 'updatedAt'>
  >,
): Promise<ActionRow | null> {
  const [row] = await db
    .update(indicatorActions)
    .set(values)
    .where(and(eq(indicatorActions.orgId, orgId), eq(indicatorActions.id, id)))
    .returning();
  return row ?? null;
}

/** Lessons of one month, or every lesson of the organization (for a search), newest first. */
export async function listLessons(db: DbOrTx, orgId: string, month?: string): Promise<LessonRow[]> {
  return db
    .select()
    .from(indicatorLessons)
    .where(and(eq(indicatorLessons.orgId, orgId), month ? eq(indicatorLessons.month, month) : undefined))
    .orderBy(desc(indicatorLessons.createdAt), desc(indicatorLessons.id));
}

export async function findLesson(db: DbOrTx, orgId: string, id: string): Promise<LessonRow | null> {
  const [row] = await db
    .select()
    .from(indicatorLessons)
    .where(and(eq(indicatorLessons.orgId, orgId), eq(indicatorLessons.id, id)));
  return row ?? null;
}

export async function insertLesson(db: DbOrTx, row: LessonRow): Promise<boolean> {
  const inserted = await db
    .insert(indicatorLessons)
    .values(row)
    .onConflictDoNothing({ target: [indicatorLessons.orgId, indicatorLessons.id] })
    .returning({ id: indicatorLessons.id });
  return inserted.length === 1;
}
