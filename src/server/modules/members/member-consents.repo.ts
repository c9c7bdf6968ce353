import { and, asc, eq } from 'drizzle-orm';
import { users } from '../../platform/auth/auth.tables';
import type { DbOrTx } from '../../platform/db/client';
import { memberConsents } from './members.tables';

export type ConsentRow = typeof memberConsents.$inferSelect;
export type ConsentWithRecorder = ConsentRow & { recordedByName: string | null };

/** Returns false when an event with this id exists already (a retried request). */
export async function insertConsent(db: DbOrTx, row: ConsentRow): Promise<boolean> {
  const inserted = await db
    .insert(memberConsents)
    .values(row)
    .onConflictDoNothing({ target: [memberConsents.orgId, memberConsents.id] })
    .returning({ id: memberConsents.id });
  return inserted.length === 1;
}

/** The consent history of a member, oldest first, with the name of who recorded each event. */
export async function listConsents(
  db: DbOrTx,
  orgId: string,
  memberId: string,
): Promise<ConsentWithRecorder[]> {
  const rows = await db
    .select({ consent: memberConsents, recordedByName: users.displayName })
    .from(memberConsents)
    .leftJoin(users, eq(users.id, memberConsents.recordedBy))
    .where(and(eq(memberConsents.orgId, orgId), eq(memberConsents.memberId, memberId)))
    .orderBy(asc(memberConsents.recordedOn), asc(memberConsents.createdAt), asc(memberConsents.id));
  return rows.map((row) => ({ ...row.consent, recordedByName: row.recordedByName }));
}

export async function findConsent(db: DbOrTx, orgId: string, id: string): Promise<ConsentRow | null> {
  const [row] = await db
    .select()
    .from(memberConsents)
    .where(and(eq(memberConsents.orgId, orgId), eq(memberConsents.id, id)));
  return row ?? null;
}

/** A merge moves the merged member's consent history to the member kept; returns how many events. */
export async function moveConsents(db: DbOrTx, orgId: string, fromId: string, toId: string) {
  const moved = await db
    .update(memberConsents)
    .set({ memberId: toId })
    .where(and(eq(memberConsents.orgId, orgId), eq(memberConsents.memberId, fromId)))
    .returning({ id: memberConsents.id });
  return moved.length;
}
