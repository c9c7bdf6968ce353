import { and, asc, count, desc, eq, isNotNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client';
import {
  consultationDecisions,
  consultationNeeds,
  consultations,
  priorityBallots,
} from './priorities.tables';

export type ConsultationRow = typeof consultations.$inferSelect;
export type NeedRow = typeof consultationNeeds.$inferSelect;
export type DecisionRow = typeof consultationDecisions.$inferSelect;
export type PriorityBallotRow = typeof priorityBallots.$inferSelect;

const byId = (orgId: string, id: string) => and(eq(consultations.orgId, orgId), eq(consultations.id, id));

/** Consultations, newest first, with how many needs and decisions each holds. */
export async function listConsultations(db: DbOrTx, orgId: string) {
  const needCount = sql<number>`(select count(*)::int from ${consultationNeeds} n where n.org_id = consultations.org_id and n.consultation_id = consultations.id)`;
  const decisionCount = sql<number>`(select count(*)::int from ${consultationDecisions} d where d.org_id = consultations.org_id and d.consultation_id = consultations.id)`;
  return db
    .select({ row: consultations, needCount, decisionCount })
    .from(consultations)
    .where(eq(consultations.orgId, orgId))
    .orderBy(desc(consultations.heldOn), desc(consultations.createdAt));
}

export async function findConsultation(
  db: DbOrTx,
  orgId: string,
  id: string,
): Promise<ConsultationRow | null> {
  const [row] = await db.select().from(consultations).where(byId(orgId, id));
  return row ?? null;
}

export async function lockConsultation(
  db: DbOrTx,
  orgId: string,
  id: string,
): Promise<ConsultationRow | null> {
  const [row] = await db.select().from(consultations).where(byId(orgId, id)).for('update');
  return row ?? null;
}

/** Returns false when a record with this id exists already (a retried create). */
export async function insertConsultation(db: DbOrTx, row: ConsultationRow): Promise<boolean> {
  const inserted = await db
    .insert(consultations)
    .values(row)
    .onConflictDoNothing({ target: [consultations.orgId, consultations.id] })
    .returning({ id: consultations.id });
  return inserted.length === 1;
}

export async function updateConsultation(
  db: DbOrTx,
  orgId: string,
  id: string,
  values: Partial<Omit<ConsultationRow, 'orgId' | 'id' | 'createdAt'>>,
): Promise<boolean> {
  const updated = await db
    .update(consultations)
    .set(values)
    .where(byId(orgId, id))
    .returning({ id: consultations.id });
  return updated.length === 1;
}

export async function listNeeds(db: DbOrTx, orgId: string, consultationId: string): Promise<NeedRow[]> {
  return db
    .select()
    .from(consultationNeeds)
    .where(and(eq(consultationNeeds.orgId, orgId), eq(consultationNeeds.consultationId, consultationId)))
    .orderBy(asc(consultationNeeds.createdAt), asc(consultationNeeds.id));
}

export async function insertNeed(db: DbOrTx, row: NeedRow): Promise<boolean> {
  const inserted = await db
    .insert(consultationNeeds)
    .values(row)
    .onConflictDoNothing({ target: [consultationNeeds.orgId, consultationNeeds.id] })
    .returning({ id: consultationNeeds.id });
  return inserted.length === 1;
}

export async function listDecisions(
  db: DbOrTx,
  orgId: string,
  consultationId: string,
): Promise<DecisionRow[]> {
  return db
    .select()
    .from(consultationDecisions)
    .where(
      and(eq(consultationDecisions.orgId, orgId), eq(consultationDecisions.consultationId, consultationId)),
    )
    .orderBy(asc(consultationDecisions.createdAt), asc(consultationDecisions.id));
}

export async function insertDecision(db: DbOrTx, row: DecisionRow): Promise<boolean> {
  const inserted = await db
    .insert(consultationDecisions)
    .values(row)
    .onConflictDoNothing({ target: [consultationDecisions.orgId, consultationDecisions.id] })
    .returning({ id: consultationDecisions.id });
  return inserted.length === 1;
}

export async function ballotCounts(
  db: DbOrTx,
  orgId: string,
  consultationId: string,
): Promise<{ opened: number; submitted: number }> {
  const [row] = await db
    .select({
      opened: count(),
      submitted: sql<number>`count(${priorityBallots.submittedAt})::int`,
    })
    .from(priorityBallots)
    .where(and(eq(priorityBallots.orgId, orgId), eq(priorityBallots.consultationId, consultationId)));
  return { opened: Number(row?.opened ?? 0), submitted: Number(row?.submitted ?? 0) };
}

export async function insertBallot(db: DbOrTx, row: PriorityBallotRow): Promise<void> {
  await db.insert(priorityBallots).values(row);
}

export async function findBallotByTokenHash(
  db: DbOrTx,
  tokenHash: Buffer,
): Promise<PriorityBallotRow | null> {
  const [row] = await db.select().from(priorityBallots).where(eq(priorityBallots.tokenHash, tokenHash));
  return row ?? null;
}

/** Hands a ballot in once: false when it was handed in already (a replay). */
export async function submitBallot(
  db: DbOrTx,
  orgId: string,
  id: string,
  values: { ranking: string[]; submittedAt: Date },
): Promise<boolean> {
  const updated = await db
    .update(priorityBallots)
    .set(values)
    .where(
      and(
        eq(priorityBallots.orgId, orgId),
        eq(priorityBallots.id, id),
        sql`${priorityBallots.submittedAt} is null`,
      ),
    )
    .returning({ id: priorityBallots.id });
  return updated.length === 1;
}

/** The rankings handed in, in no particular order (no id, no time). */
export async function submittedRankings(
  db: DbOrTx,
  orgId: string,
  consultationId: string,
): Promise<string[][]> {
  const rows = await db
    .select({ ranking: priorityBallots.ranking })
    .from(priorityBallots)
    .where(
      and(
        eq(priorityBallots.orgId, orgId),
        eq(priorityBallots.consultationId, consultationId),
        isNotNull(priorityBallots.submittedAt),
      ),
    );
  return rows.map((row) => row.ranking ?? []);
}
