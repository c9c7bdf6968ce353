import { and, count, desc, eq, inArray, isNotNull, lt, ne, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client';
import {
  capacityAssessments,
  capacityBallots,
  capacityConsensus,
  capacityConsensusEvidence,
  capacityIndividualScores,
} from './capacity-assessments.tables';

export type AssessmentRow = typeof capacityAssessments.$inferSelect;
export type BallotRow = typeof capacityBallots.$inferSelect;
export type ConsensusRow = typeof capacityConsensus.$inferSelect;
export type EvidenceRow = typeof capacityConsensusEvidence.$inferSelect;

const byId = (orgId: string, id: string) =>
  and(eq(capacityAssessments.orgId, orgId), eq(capacityAssessments.id, id));

export async function listAssessments(db: DbOrTx, orgId: string): Promise<AssessmentRow[]> {
  return db
    .select()
    .from(capacityAssessments)
    .where(eq(capacityAssessments.orgId, orgId))
    .orderBy(desc(capacityAssessments.heldOn), desc(capacityAssessments.createdAt));
}

export async function findAssessment(db: DbOrTx, orgId: string, id: string): Promise<AssessmentRow | null> {
  const [row] = await db.select().from(capacityAssessments).where(byId(orgId, id));
  return row ?? null;
}

/** Locks the assessment row for the rest of the transaction (status changes, ballot limits). */
export async function lockAssessment(db: DbOrTx, orgId: string, id: string): Promise<AssessmentRow | null> {
  const [row] = await db.select().from(capacityAssessments).where(byId(orgId, id)).for('update');
  return row ?? null;
}

export async function insertAssessment(db: DbOrTx, row: AssessmentRow): Promise<boolean> {
  const inserted = await db
    .insert(capacityAssessments)
    .values(row)
    .onConflictDoNothing()
    .returning({ id: capacityAssessments.id });
  return inserted.length > 0;
}

export async function updateAssessment(
  db: DbOrTx,
  orgId: string,
  id: string,
  values: Partial<Omit<AssessmentRow, 'orgId' | 'id'>>,
): Promise<boolean> {
  const updated = await db
    .update(capacityAssessments)
    .set(values)
    .where(byId(orgId, id))
    .returning({ id: capacityAssessments.id });
  return updated.length > 0;
}

/** The latest completed assessment held before (or on the same day as) this one. */
export async function findPreviousCompleted(
  db: DbOrTx,
  current: AssessmentRow,
): Promise<AssessmentRow | null> {
  const [row] = await db
    .select()
    .from(capacityAssessments)
    .where(
      and(
        eq(capacityAssessments.orgId, current.orgId),
        ne(capacityAssessments.id, current.id),
        eq(capacityAssessments.status, 'completed'),
        isNotNull(capacityAssessments.completedAt),
        or(
          lt(capacityAssessments.heldOn, current.heldOn),
          and(
            eq(capacityAssessments.heldOn, current.heldOn),
            lt(capacityAssessments.createdAt, current.createdAt),
          ),
        ),
      ),
    )
    .orderBy(desc(capacityAssessments.heldOn), desc(capacityAssessments.createdAt))
    .limit(1);
  return row ?? null;
}

// ── Ballots: anonymous, counted, never listed with their scores.

export async function ballotCounts(
  db: DbOrTx,
  orgId: string,
  assessmentId: string,
): Promise<{ opened: number; submitted: number }> {
  const [row] = await db
    .select({
      opened: count(),
      submitted: sql<number>`count(${capacityBallots.submittedAt})::int`,
    })
    .from(capacityBallots)
    .where(and(eq(capacityBallots.orgId, orgId), eq(capacityBallots.assessmentId, assessmentId)));
  return { opened: Number(row?.opened ?? 0), submitted: Number(row?.submitted ?? 0) };
}

export async function insertBallot(db: DbOrTx, row: BallotRow): Promise<void> {
  await db.insert(capacityBallots).values(row);
}

export async function findBallotByTokenHash(db: DbOrTx, tokenHash: Buffer): Promise<BallotRow | null> {
  const [row] = await db.select().from(capacityBallots).where(eq(capacityBallots.tokenHash, tokenHash));
  return row ?? null;
}

export async function lockBallot(db: DbOrTx, orgId: string, id: string): Promise<BallotRow | null> {
  const [row] = await db
    .select()
    .from(capacityBallots)
    .where(and(eq(capacityBallots.orgId, orgId), eq(capacityBallots.id, id)))
    .for('update');
  return row ?? null;
}

export async function markBallotSubmitted(db: DbOrTx, orgId: string, id: string, day: Date): Promise<void> {
  await db
    .update(capacityBallots)
    .set({ submittedAt: day })
    .where(and(eq(capacityBallots.orgId, orgId), eq(capacityBallots.id, id)));
}

/** One ballot's own scores (only for the holder of its token). */
export async function ballotScores(
  db: DbOrTx,
  orgId: string,
  ballotId: string,
): Promise<{ itemId: string; score: number | null }[]> {
  return db
    .select({ itemId: capacityIndividualScores.itemId, score: capacityIndividualScores.score })
    .from(capacityIndividualScores)
    .where(and(eq(capacityIndividualScores.orgId, orgId), eq(capacityIndividualScores.ballotId, ballotId)));
}

export async function upsertBallotScores(
  db: DbOrTx,
  orgId: string,
  ballotId: string,
  scores: readonly { itemId: string; score: number | null }[],
): Promise<void> {
  if (scores.length === 0) return;
  await db
    .insert(capacityIndividualScores)
    .values(scores.map((score) => ({ orgId, ballotId, itemId: score.itemId, score: score.score })))
    .onConflictDoUpdate({
      target: [
        capacityIndividualScores.orgId,
        capacityIndividualScores.ballotId,
        capacityIndividualScores.itemId,
      ],
      set: { score: sql`excluded.score` },
    });
}

/**
 * Counts per item and level over the submitted ballots of an assessment: an aggregate, never a row
 * per ballot (the ballot id does not leave this query).
 */
export async function scoreDistribution(
  db: DbOrTx,
  orgId: string,
  assessmentId: string,
): Promise<{ itemId: string; score: number | null; n: number }[]> {
  const rows = await db
    .select({
      itemId: capacityIndividualScores.itemId,
      score: capacityIndividualScores.score,
      n: sql<number>`count(*)::int`,
    })
    .from(capacityIndividualScores)
    .innerJoin(
      capacityBallots,
      and(
        eq(capacityBallots.orgId, capacityIndividualScores.orgId),
        eq(capacityBallots.id, capacityIndividualScores.ballotId),
      ),
    )
    .where(
      and(
        eq(capacityBallots.orgId, orgId),
        eq(capacityBallots.assessmentId, assessmentId),
        isNotNull(capacityBallots.submittedAt),
      ),
    )
    .groupBy(capacityIndividualScores.itemId, capacityIndividualScores.score);
  return rows.map((row) => ({ ...row, n: Number(row.n) }));
}

// ── Consensus and evidence.

export async function listConsensus(
  db: DbOrTx,
  orgId: string,
  assessmentId: string,
): Promise<ConsensusRow[]> {
  return db
    .select()
    .from(capacityConsensus)
    .where(and(eq(capacityConsensus.orgId, orgId), eq(capacityConsensus.assessmentId, assessmentId)));
}

export async function consensusOfMany(
  db: DbOrTx,
  orgId: string,
  assessmentIds: readonly string[],
): Promise<ConsensusRow[]> {
  if (assessmentIds.length === 0) return [];
  return db
    .select()
    .from(capacityConsensus)
    .where(
      and(eq(capacityConsensus.orgId, orgId), inArray(capacityConsensus.assessmentId, [...assessmentIds])),
    );
}

export async function upsertConsensus(db: DbOrTx, row: ConsensusRow): Promise<void> {
  await db
    .insert(capacityConsensus)
    .values(row)
    .onConflictDoUpdate({
      target: [capacityConsensus.orgId, capacityConsensus.assessmentId, capacityConsensus.itemId],
      set: {
        score: row.score,
        justificationEnc: row.justificationEnc,
        decidedBy: row.decidedBy,
        decidedAt: row.decidedAt,
      },
    });
}

export async function findConsensus(
  db: DbOrTx,
  orgId: string,
  assessmentId: string,
  itemId: string,
): Promise<ConsensusRow | null> {
  const [row] = await db
    .select()
    .from(capacityConsensus)
    .where(
      and(
        eq(capacityConsensus.orgId, orgId),
        eq(capacityConsensus.assessmentId, assessmentId),
        eq(capacityConsensus.itemId, itemId),
      ),
    );
  return row ?? null;
}

export async function listEvidence(db: DbOrTx, orgId: string, assessmentId: string): Promise<EvidenceRow[]> {
  return db
    .select()
    .from(capacityConsensusEvidence)
    .where(
      and(
        eq(capacityConsensusEvidence.orgId, orgId),
        eq(capacityConsensusEvidence.assessmentId, assessmentId),
      ),
    )
    .orderBy(capacityConsensusEvidence.createdAt);
}

export async function insertEvidence(db: DbOrTx, row: EvidenceRow): Promise<void> {
  await db.insert(capacityConsensusEvidence).values(row);
}

export async function findEvidence(
  db: DbOrTx,
  orgId: string,
  assessmentId: string,
  fileId: string,
): Promise<EvidenceRow | null> {
  const [row] = await db
    .select()
    .from(capacityConsensusEvidence)
    .where(
      and(
        eq(capacityConsensusEvidence.orgId, orgId),
        eq(capacityConsensusEvidence.assessmentId, assessmentId),
        eq(capacityConsensusEvidence.fileId, fileId),
      ),
    );
  return row ?? null;
}
