import { and, asc, desc, eq, gte, inArray, lte } from 'drizzle-orm';
import type { EngagementListQuery } from '../../../domain/advocacy.schemas';
import type { DbOrTx } from '../../platform/db/client';
import { structuralBarriers } from '../barriers/barriers.tables';
import { hrCases } from '../cases/cases.tables';
import {
  advocacyCommitments,
  advocacyEngagementBarriers,
  advocacyEngagementCases,
  advocacyEngagements,
} from './advocacy.tables';

export type EngagementRow = typeof advocacyEngagements.$inferSelect;
export type CommitmentRow = typeof advocacyCommitments.$inferSelect;

export async function listEngagements(db: DbOrTx, orgId: string, query: EngagementListQuery) {
  const barrierFilter = query.barrierId
    ? inArray(
        advocacyEngagements.id,
        db
          .select({ id: advocacyEngagementBarriers.engagementId })
          .from(advocacyEngagementBarriers)
          .where(
            and(
              eq(advocacyEngagementBarriers.orgId, orgId),
              eq(advocacyEngagementBarriers.barrierId, query.barrierId),
            ),
          ),
      )
    : undefined;
  return db
    .select()
    .from(advocacyEngagements)
    .where(
      and(
        eq(advocacyEngagements.orgId, orgId),
        query.from ? gte(advocacyEngagements.engagedOn, query.from) : undefined,
        query.to ? lte(advocacyEngagements.engagedOn, query.to) : undefined,
        barrierFilter,
      ),
    )
    .orderBy(desc(advocacyEngagements.engagedOn), desc(advocacyEngagements.id));
}

export async function findEngagement(db: DbOrTx, orgId: string, id: string): Promise<EngagementRow | null> {
  const [row] = await db
    .select()
    .from(advocacyEngagements)
    .where(and(eq(advocacyEngagements.orgId, orgId), eq(advocacyEngagements.id, id)));
  return row ?? null;
}

export async function insertEngagement(db: DbOrTx, row: EngagementRow): Promise<void> {
  await db.insert(advocacyEngagements).values(row);
}

export async function updateEngagement(
  db: DbOrTx,
  orgId: string,
  id: string,
  values: Partial<Omit<EngagementRow, 'orgId' | 'id' | 'createdAt' | 'createdBy'>>,
): Promise<void> {
  await db
    .update(advocacyEngagements)
    .set(values)
    .where(and(eq(advocacyEngagements.orgId, orgId), eq(advocacyEngagements.id, id)));
}

export async function listCommitments(db: DbOrTx, orgId: string, engagementIds: readonly string[]) {
  if (engagementIds.length === 0) return [];
  return db
    .select()
    .from(advocacyCommitments)
    .where(
      and(
        eq(advocacyCommitments.orgId, orgId),
        inArray(advocacyCommitments.engagementId, [...engagementIds]),
      ),
    )
    .orderBy(asc(advocacyCommitments.followUpOn), asc(advocacyCommitments.id));
}

export async function insertCommitments(db: DbOrTx, rows: CommitmentRow[]): Promise<void> {
  if (rows.length > 0) await db.insert(advocacyCommitments).values(rows);
}

export async function findCommitment(db: DbOrTx, orgId: string, engagementId: string, id: string) {
  const [row] = await db
    .select()
    .from(advocacyCommitments)
    .where(
      and(
        eq(advocacyCommitments.orgId, orgId),
        eq(advocacyCommitments.engagementId, engagementId),
        eq(advocacyCommitments.id, id),
      ),
    );
  return row ?? null;
}

export async function updateCommitment(
  db: DbOrTx,
  orgId: string,
  id: string,
  values: Partial<
    Pick<CommitmentRow, 'description' | 'followUpOn' | 'status' | 'statusChangedAt' | 'updatedAt'>
  >,
): Promise<void> {
  await db
    .update(advocacyCommitments)
    .set(values)
    .where(and(eq(advocacyCommitments.orgId, orgId), eq(advocacyCommitments.id, id)));
}

/** Pending commitments whose follow-up day is `today` or earlier, oldest first. */
export async function listDueCommitments(db: DbOrTx, orgId: string, today: string) {
  return db
    .select({
      commitment: advocacyCommitments,
      officeTitle: advocacyEngagements.officeTitle,
      authorityType: advocacyEngagements.authorityType,
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
        eq(advocacyCommitments.status, 'pending'),
        lte(advocacyCommitments.followUpOn, today),
      ),
    )
    .orderBy(asc(advocacyCommitments.followUpOn), asc(advocacyCommitments.id))
    .limit(100);
}

// ── Links

export async function existingCaseIds(db: DbOrTx, orgId: string, ids: readonly string[]) {
  if (ids.length === 0) return new Set<string>();
  const rows = await db
    .select({ id: hrCases.id })
    .from(hrCases)
    .where(and(eq(hrCases.orgId, orgId), inArray(hrCases.id, [...ids])));
  return new Set(rows.map((row) => row.id));
}

export async function existingBarrierIds(db: DbOrTx, orgId: string, ids: readonly string[]) {
  if (ids.length === 0) return new Set<string>();
  const rows = await db
    .select({ id: structuralBarriers.id })
    .from(structuralBarriers)
    .where(and(eq(structuralBarriers.orgId, orgId), inArray(structuralBarriers.id, [...ids])));
  return new Set(rows.map((row) => row.id));
}

interface LinkSet {
  orgId: string;
  engagementId: string;
  ids: readonly string[];
  by: string;
  at: Date;
}

export async function replaceCaseLinks(db: DbOrTx, links: LinkSet): Promise<void> {
  await db
    .delete(advocacyEngagementCases)
    .where(
      and(
        eq(advocacyEngagementCases.orgId, links.orgId),
        eq(advocacyEngagementCases.engagementId, links.engagementId),
      ),
    );
  if (links.ids.length > 0)
    await db.insert(advocacyEngagementCases).values(
      links.ids.map((caseId) => ({
        orgId: links.orgId,
        engagementId: links.engagementId,
        caseId,
        linkedBy: links.by,
        linkedAt: links.at,
      })),
    );
}

export async function replaceBarrierLinks(db: DbOrTx, links: LinkSet): Promise<void> {
  await db
    .delete(advocacyEngagementBarriers)
    .where(
      and(
        eq(advocacyEngagementBarriers.orgId, links.orgId),
        eq(advocacyEngagementBarriers.engagementId, links.engagementId),
      ),
    );
  if (links.ids.length > 0)
    await db.insert(advocacyEngagementBarriers).values(
      links.ids.map((barrierId) => ({
        orgId: links.orgId,
        engagementId: links.engagementId,
        barrierId,
        linkedBy: links.by,
        linkedAt: links.at,
      })),
    );
}

/** Linked cases by id and reference only (the reference is a non-sensitive field of the queue). */
export async function listLinkedCases(db: DbOrTx, orgId: string, engagementId: string) {
  return db
    .select({ id: hrCases.id, reference: hrCases.reference })
    .from(advocacyEngagementCases)
    .innerJoin(
      hrCases,
      and(eq(hrCases.orgId, advocacyEngagementCases.orgId), eq(hrCases.id, advocacyEngagementCases.caseId)),
    )
    .where(
      and(eq(advocacyEngagementCases.orgId, orgId), eq(advocacyEngagementCases.engagementId, engagementId)),
    )
    .orderBy(asc(hrCases.reference));
}

export async function listLinkedBarriers(db: DbOrTx, orgId: string, engagementId: string) {
  return db
    .select({ id: structuralBarriers.id, title: structuralBarriers.title, status: structuralBarriers.status })
    .from(advocacyEngagementBarriers)
    .innerJoin(
      structuralBarriers,
      and(
        eq(structuralBarriers.orgId, advocacyEngagementBarriers.orgId),
        eq(structuralBarriers.id, advocacyEngagementBarriers.barrierId),
      ),
    )
    .where(
      and(
        eq(advocacyEngagementBarriers.orgId, orgId),
        eq(advocacyEngagementBarriers.engagementId, engagementId),
      ),
    )
    .orderBy(asc(structuralBarriers.title));
}
