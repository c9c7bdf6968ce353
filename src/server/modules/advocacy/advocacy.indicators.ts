import { and, eq, gte, isNull, lte, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client';
import { advocacyCommitments, advocacyEngagements, policySeats } from './advocacy.tables';

/**
 * Read-only counts for the empowerment indicators (issue 7 §8, SWIT Table 1.2), for the indicator
 * registry to wire. Days are calendar days `YYYY-MM-DD`; periods are inclusive.
 */
export async function countSeatsHeldOn(db: DbOrTx, orgId: string, day: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<string>`count(*)` })
    .from(policySeats)
    .where(
      and(
        eq(policySeats.orgId, orgId),
        lte(policySeats.heldSince, day),
        or(isNull(policySeats.heldUntil), gte(policySeats.heldUntil, day)),
      ),
    );
  return Number(row?.n ?? 0);
}

export async function countEngagements(
  db: DbOrTx,
  orgId: string,
  period: { from: string; to: string },
): Promise<number> {
  const [row] = await db
    .select({ n: sql<string>`count(*)` })
    .from(advocacyEngagements)
    .where(
      and(
        eq(advocacyEngagements.orgId, orgId),
        gte(advocacyEngagements.engagedOn, period.from),
        lte(advocacyEngagements.engagedOn, period.to),
      ),
    );
  return Number(row?.n ?? 0);
}

/** Commitments obtained at engagements of the period: how many, and how many were kept (fully or partly). */
export async function countCommitments(
  db: DbOrTx,
  orgId: string,
  period: { from: string; to: string },
): Promise<{ total: number; kept: number; partlyKept: number; broken: number }> {
  const [row] = await db
    .select({
      total: sql<string>`count(*)`,
      kept: sql<string>`count(*) filter (where ${advocacyCommitments.status} = 'kept')`,
      partlyKept: sql<string>`count(*) filter (where ${advocacyCommitments.status} = 'partly_kept')`,
      broken: sql<string>`count(*) filter (where ${advocacyCommitments.status} = 'broken')`,
    })
    .from(advocacyCommitments)
    .innerJoin(
      advocacyEngagements,
      and(
        eq(advocacyEngagements.orgId, advocacyCommitments.orgId),
        eq(advocacyEngagements.id, advocacyCommitments.engagementId),
      ),
    )
    .where(
      and(
        eq(advocacyCommitments.orgId, orgId),
        gte(advocacyEngagements.engagedOn, period.from),
        lte(advocacyEngagements.engagedOn, period.to),
      ),
    );
  return {
    total: Number(row?.total ?? 0),
    kept: Number(row?.kept ?? 0),
    partlyKept: Number(row?.partlyKept ?? 0),
    broken: Number(row?.broken ?? 0),
  };
}
