import { and, asc, desc, eq, inArray, lte, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client';
import { members } from '../members/members.tables';
import { fundingOpportunities, grantReports, grants, membershipFees } from './grants.tables';

export type GrantRow = typeof grants.$inferSelect;
export type GrantReportRow = typeof grantReports.$inferSelect;
export type OpportunityRow = typeof fundingOpportunities.$inferSelect;
export type FeeRow = typeof membershipFees.$inferSelect;

// Every query is scoped by the tenant: an id from another organization simply does not match.

export async function listGrants(db: DbOrTx, orgId: string): Promise<GrantRow[]> {
  return db
    .select()
    .from(grants)
    .where(eq(grants.orgId, orgId))
    .orderBy(asc(grants.status), desc(grants.startsOn), asc(grants.title));
}

export async function findGrant(db: DbOrTx, orgId: string, id: string): Promise<GrantRow | null> {
  const [row] = await db
    .select()
    .from(grants)
    .where(and(eq(grants.orgId, orgId), eq(grants.id, id)));
  return row ?? null;
}

export async function insertGrant(db: DbOrTx, row: GrantRow): Promise<boolean> {
  const inserted = await db
    .insert(grants)
    .values(row)
    .onConflictDoNothing({ target: [grants.orgId, grants.id] })
    .returning({ id: grants.id });
  return inserted.length === 1;
}

export async function updateGrant(
  db: DbOrTx,
  orgId: string,
  id: string,
  values: Partial<Omit<GrantRow, 'orgId' | 'id' | 'createdAt' | 'createdBy'>>,
): Promise<boolean> {
  const updated = await db
    .update(grants)
    .set(values)
    .where(and(eq(grants.orgId, orgId), eq(grants.id, id)))
    .returning({ id: grants.id });
  return updated.length === 1;
}

export async function listReports(db: DbOrTx, orgId: string, grantIds?: string[]): Promise<GrantReportRow[]> {
  if (grantIds && grantIds.length === 0) return [];
  return db
    .select()
    .from(grantReports)
    .where(and(eq(grantReports.orgId, orgId), grantIds ? inArray(grantReports.grantId, grantIds) : undefined))
    .orderBy(asc(grantReports.dueOn), asc(grantReports.id));
}

/** Reports still to submit that fall due on or before `until` (overdue ones included). */
export async function listOpenReportsDueBy(db: DbOrTx, orgId: string, until: string) {
  return db
    .select({ report: grantReports, grantTitle: grants.title, funder: grants.funder })
    .from(grantReports)
    .innerJoin(grants, and(eq(grants.orgId, grantReports.orgId), eq(grants.id, grantReports.grantId)))
    .where(
      and(eq(grantReports.orgId, orgId), isNull(grantReports.submittedOn), lte(grantReports.dueOn, until)),
    )
    .orderBy(asc(grantReports.dueOn), asc(grants.title));
}

export async function findReport(db: DbOrTx, orgId: string, id: string): Promise<GrantReportRow | null> {
  const [row] = await db
    .select()
    .from(grantReports)
    .where(and(eq(grantReports.orgId, orgId), eq(grantReports.id, id)));
  return row ?? null;
}

export async function insertReports(db: DbOrTx, rows: GrantReportRow[]): Promise<number> {
  if (rows.length === 0) return 0;
  const inserted = await db
    .insert(grantReports)
    .values(rows)
    .onConflictDoNothing({ target: [grantReports.orgId, grantReports.id] })
    .returning({ id: grantReports.id });
  return inserted.length;
}

export async function updateReport(
  db: DbOrTx,
  orgId: string,
  id: string,
  values: Partial<Pick<GrantReportRow, 'dueOn' | 'kind' | 'submittedOn' | 'updatedAt'>>,
): Promise<boolean> {
  const updated = await db
    .update(grantReports)
    .set(values)
    .where(and(eq(grantReports.orgId, orgId), eq(grantReports.id, id)))
    .returning({ id: grantReports.id });
  return updated.length === 1;
}

// ── Pipeline

export async function listOpportunities(db: DbOrTx, orgId: string): Promise<OpportunityRow[]> {
  return db
    .select()
    .from(fundingOpportunities)
    .where(eq(fundingOpportunities.orgId, orgId))
    .orderBy(asc(fundingOpportunities.deadline), asc(fundingOpportunities.title));
}

export async function findOpportunity(db: DbOrTx, orgId: string, id: string): Promise<OpportunityRow | null> {
  const [row] = await db
    .select()
    .from(fundingOpportunities)
    .where(and(eq(fundingOpportunities.orgId, orgId), eq(fundingOpportunities.id, id)));
  return row ?? null;
}

export async function insertOpportunity(db: DbOrTx, row: OpportunityRow): Promise<boolean> {
  const inserted = await db
    .insert(fundingOpportunities)
    .values(row)
    .onConflictDoNothing({ target: [fundingOpportunities.orgId, fundingOpportunities.id] })
    .returning({ id: fundingOpportunities.id });
  return inserted.length === 1;
}

export async function updateOpportunity(
  db: DbOrTx,
  orgId: string,
  id: string,
  values: Partial<Omit<OpportunityRow, 'orgId' | 'id' | 'createdAt' | 'createdBy'>>,
): Promise<boolean> {
  const updated = await db
    .update(fundingOpportunities)
    .set(values)
    .where(and(eq(fundingOpportunities.orgId, orgId), eq(fundingOpportunities.id, id)))
    .returning({ id: fundingOpportunities.id });
  return updated.length === 1;
}

// ── Membership fees

export interface FeeWithCode {
  fee: FeeRow;
  memberCode: string | null;
}

export async function listFees(db: DbOrTx, orgId: string, period?: string): Promise<FeeWithCode[]> {
  return db
    .select({ fee: membershipFees, memberCode: members.displayCode })
    .from(membershipFees)
    .leftJoin(members, and(eq(members.orgId, membershipFees.orgId), eq(members.id, membershipFees.memberId)))
    .where(and(eq(membershipFees.orgId, orgId), period ? eq(membershipFees.period, period) : undefined))
    .orderBy(desc(membershipFees.period), asc(membershipFees.status), asc(membershipFees.createdAt));
}

export async function findFee(db: DbOrTx, orgId: string, id: string): Promise<FeeWithCode | null> {
  const [row] = await db
    .select({ fee: membershipFees, memberCode: members.displayCode })
    .from(membershipFees)
    .leftJoin(members, and(eq(members.orgId, membershipFees.orgId), eq(members.id, membershipFees.memberId)))
    .where(and(eq(membershipFees.orgId, orgId), eq(membershipFees.id, id)));
  return row ?? null;
}

/** A live member of the organization by display code (stored without the hyphen). */
export async function findMemberIdByCode(db: DbOrTx, orgId: string, code: string): Promise<string | null> {
  const [row] = await db
    .select({ id: members.id, mergedIntoId: members.mergedIntoId })
    .from(members)
    .where(and(eq(members.orgId, orgId), eq(members.displayCode, code), isNull(members.deletedAt)));
  if (!row) return null;
  return row.mergedIntoId ?? row.id;
}

export async function insertFee(db: DbOrTx, row: FeeRow): Promise<boolean> {
  const inserted = await db
    .insert(membershipFees)
    .values(row)
    .onConflictDoNothing({ target: [membershipFees.orgId, membershipFees.id] })
    .returning({ id: membershipFees.id });
  return inserted.length === 1;
}

export async function updateFee(
  db: DbOrTx,
  orgId: string,
  id: string,
  values: Partial<
    Pick<FeeRow, 'status' | 'exemptionReason' | 'amount' | 'currency' | 'period' | 'updatedAt'>
  >,
): Promise<boolean> {
  const updated = await db
    .update(membershipFees)
    .set(values)
    .where(and(eq(membershipFees.orgId, orgId), eq(membershipFees.id, id)))
    .returning({ id: membershipFees.id });
  return updated.length === 1;
}
