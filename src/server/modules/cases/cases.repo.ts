import { and, asc, desc, eq, inArray, isNull, like, sql, type SQL } from 'drizzle-orm';
import { referenceSequence, STARTER_ACT_TYPES } from '../../../domain/cases';
import { users } from '../../platform/auth/auth.tables';
import type { DbOrTx } from '../../platform/db/client';
import { areas } from '../areas/areas.tables';
import { members } from '../members/members.tables';
import { memberships } from '../org-users/memberships.tables';
import {
  hrActTypes,
  hrBreakGlass,
  hrCaseActs,
  hrCaseAssignments,
  hrCaseConsents,
  hrCaseEvents,
  hrCasePerpetrators,
  hrCases,
  hrCaseVictims,
} from './cases.tables';

export type CaseRow = typeof hrCases.$inferSelect;
export type CaseInsert = typeof hrCases.$inferInsert;
export type ActRow = typeof hrCaseActs.$inferSelect;
export type PerpetratorRow = typeof hrCasePerpetrators.$inferSelect;
export type ConsentRow = typeof hrCaseConsents.$inferSelect;
export type BreakGlassRow = typeof hrBreakGlass.$inferSelect;

export async function findCase(db: DbOrTx, orgId: string, caseId: string): Promise<CaseRow | null> {
  const [row] = await db
    .select()
    .from(hrCases)
    .where(and(eq(hrCases.orgId, orgId), eq(hrCases.id, caseId)));
  return row ?? null;
}

/**
 * The next reference of `year` for the organization. Two intakes at once would pick the same number,
 * so the transaction takes an advisory lock per organization first (released at commit).
 */
export async function nextReferenceSequence(db: DbOrTx, orgId: string, year: number): Promise<number> {
  await db.execute(sql`select pg_advisory_xact_lock(hashtext(${`hr_case_reference:${orgId}`}))`);
  const rows = await db
    .select({ reference: hrCases.reference })
    .from(hrCases)
    .where(and(eq(hrCases.orgId, orgId), like(hrCases.reference, `C-${year}-%`)));
  let last = 0;
  for (const row of rows) last = Math.max(last, referenceSequence(row.reference, year) ?? 0);
  return last + 1;
}

export async function insertCase(db: DbOrTx, row: CaseInsert): Promise<boolean> {
  const inserted = await db
    .insert(hrCases)
    .values(row)
    .onConflictDoNothing({ target: [hrCases.orgId, hrCases.id] })
    .returning({ id: hrCases.id });
  return inserted.length > 0;
}

export async function updateCase(
  db: DbOrTx,
  orgId: string,
  caseId: string,
  values: Partial<CaseInsert>,
): Promise<void> {
  await db
    .update(hrCases)
    .set(values)
    .where(and(eq(hrCases.orgId, orgId), eq(hrCases.id, caseId)));
}

/** Moves a case on only if it is still in `from`; false when another request moved it first. */
export async function updateCaseStatusFrom(
  db: DbOrTx,
  orgId: string,
  caseId: string,
  from: CaseRow['status'],
  values: Partial<CaseInsert>,
): Promise<boolean> {
  const moved = await db
    .update(hrCases)
    .set(values)
    .where(and(eq(hrCases.orgId, orgId), eq(hrCases.id, caseId), eq(hrCases.status, from)))
    .returning({ id: hrCases.id });
  return moved.length === 1;
}

export interface CaseListFilter {
  status?: CaseRow['status'] | 'active';
  urgent?: boolean;
  assignedTo?: string;
  actType?: string;
  limit: number;
}

/** The queue: urgent active cases first, then active ones, then closed and archived; newest first. */
export async function listCases(db: DbOrTx, orgId: string, userId: string, filter: CaseListFilter) {
  const conditions: (SQL | undefined)[] = [eq(hrCases.orgId, orgId)];
  if (filter.status === 'active') conditions.push(inArray(hrCases.status, ['open', 'in_progress']));
  else if (filter.status) conditions.push(eq(hrCases.status, filter.status));
  if (filter.urgent !== undefined) conditions.push(eq(hrCases.urgent, filter.urgent));
  if (filter.assignedTo)
    conditions.push(
      sql`exists (select 1 from ${hrCaseAssignments} a where a.org_id = hr_cases.org_id and a.case_id = hr_cases.id and a.user_id = ${filter.assignedTo})`,
    );
  if (filter.actType)
    conditions.push(
      sql`exists (select 1 from ${hrCaseActs} x where x.org_id = hr_cases.org_id and x.case_id = hr_cases.id and x.act_type = ${filter.actType})`,
    );
  return db
    .select({
      id: hrCases.id,
      reference: hrCases.reference,
      status: hrCases.status,
      outcome: hrCases.outcome,
      urgent: hrCases.urgent,
      occurredOn: hrCases.occurredOn,
      occurredPrecision: hrCases.occurredPrecision,
      locationType: hrCases.locationType,
      needs: hrCases.needs,
      createdAt: hrCases.createdAt,
      updatedAt: hrCases.updatedAt,
      // Columns inside a select's raw SQL are rendered unqualified by Drizzle: name the outer row here.
      actTypes: sql<
        string[]
      >`array(select distinct x.act_type from ${hrCaseActs} x where x.org_id = hr_cases.org_id and x.case_id = hr_cases.id order by 1)`,
      assignedToMe: sql<boolean>`exists (select 1 from ${hrCaseAssignments} a where a.org_id = hr_cases.org_id and a.case_id = hr_cases.id and a.user_id = ${userId})`,
      assigneeCount: sql<number>`(select count(*)::int from ${hrCaseAssignments} a where a.org_id = hr_cases.org_id and a.case_id = hr_cases.id)`,
    })
    .from(hrCases)
    .where(and(...conditions))
    .orderBy(
      sql`case when ${hrCases.status} in ('open', 'in_progress') then (case when ${hrCases.urgent} then 0 else 1 end) else 2 end`,
      sql`case ${hrCases.status} when 'open' then 0 when 'in_progress' then 1 when 'closed' then 2 else 3 end`,
      desc(hrCases.createdAt),
      desc(hrCases.id),
    )
    .limit(filter.limit);
}

export async function areaName(db: DbOrTx, orgId: string, areaId: string | null): Promise<string | null> {
  if (!areaId) return null;
  const [row] = await db
    .select({ name: areas.name })
    .from(areas)
    .where(and(eq(areas.orgId, orgId), eq(areas.id, areaId)));
  return row?.name ?? null;
}

export async function areaExists(db: DbOrTx, orgId: string, areaId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: areas.id })
    .from(areas)
    .where(and(eq(areas.orgId, orgId), eq(areas.id, areaId), isNull(areas.deletedAt)));
  return !!row;
}

// ── Consents

export async function insertConsent(db: DbOrTx, row: typeof hrCaseConsents.$inferInsert) {
  await db.insert(hrCaseConsents).values(row);
}

export async function listConsents(db: DbOrTx, orgId: string, caseId: string) {
  return db
    .select({
      id: hrCaseConsents.id,
      purpose: hrCaseConsents.purpose,
      granted: hrCaseConsents.granted,
      recordedOn: hrCaseConsents.recordedOn,
      recordedBy: users.displayName,
      createdAt: hrCaseConsents.createdAt,
    })
    .from(hrCaseConsents)
    .leftJoin(users, eq(users.id, hrCaseConsents.recordedBy))
    .where(and(eq(hrCaseConsents.orgId, orgId), eq(hrCaseConsents.caseId, caseId)))
    .orderBy(asc(hrCaseConsents.createdAt), asc(hrCaseConsents.id));
}

// ── Acts, victims, perpetrators

export async function insertAct(db: DbOrTx, row: typeof hrCaseActs.$inferInsert): Promise<boolean> {
  const inserted = await db
    .insert(hrCaseActs)
    .values(row)
    .onConflictDoNothing({ target: [hrCaseActs.orgId, hrCaseActs.id] })
    .returning({ id: hrCaseActs.id });
  return inserted.length > 0;
}

export async function listActs(db: DbOrTx, orgId: string, caseId: string): Promise<ActRow[]> {
  return db
    .select()
    .from(hrCaseActs)
    .where(and(eq(hrCaseActs.orgId, orgId), eq(hrCaseActs.caseId, caseId)))
    .orderBy(asc(hrCaseActs.createdAt), asc(hrCaseActs.id));
}

export async function deleteAct(db: DbOrTx, orgId: string, caseId: string, id: string): Promise<boolean> {
  const deleted = await db
    .delete(hrCaseActs)
    .where(and(eq(hrCaseActs.orgId, orgId), eq(hrCaseActs.caseId, caseId), eq(hrCaseActs.id, id)))
    .returning({ id: hrCaseActs.id });
  return deleted.length > 0;
}

export async function countActs(db: DbOrTx, orgId: string, caseId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(hrCaseActs)
    .where(and(eq(hrCaseActs.orgId, orgId), eq(hrCaseActs.caseId, caseId)));
  return row?.n ?? 0;
}

export async function insertVictim(db: DbOrTx, row: typeof hrCaseVictims.$inferInsert): Promise<boolean> {
  const inserted = await db
    .insert(hrCaseVictims)
    .values(row)
    .onConflictDoNothing()
    .returning({ id: hrCaseVictims.id });
  return inserted.length > 0;
}

export async function listVictims(db: DbOrTx, orgId: string, caseId: string) {
  return db
    .select({
      id: hrCaseVictims.id,
      memberId: hrCaseVictims.memberId,
      anonymousCount: hrCaseVictims.anonymousCount,
      displayCode: members.displayCode,
    })
    .from(hrCaseVictims)
    .leftJoin(members, and(eq(members.orgId, hrCaseVictims.orgId), eq(members.id, hrCaseVictims.memberId)))
    .where(and(eq(hrCaseVictims.orgId, orgId), eq(hrCaseVictims.caseId, caseId)))
    .orderBy(asc(hrCaseVictims.createdAt), asc(hrCaseVictims.id));
}

export async function deleteVictim(db: DbOrTx, orgId: string, caseId: string, id: string): Promise<boolean> {
  const deleted = await db
    .delete(hrCaseVictims)
    .where(and(eq(hrCaseVictims.orgId, orgId), eq(hrCaseVictims.caseId, caseId), eq(hrCaseVictims.id, id)))
    .returning({ id: hrCaseVictims.id });
  return deleted.length > 0;
}

export async function countVictims(db: DbOrTx, orgId: string, caseId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(hrCaseVictims)
    .where(and(eq(hrCaseVictims.orgId, orgId), eq(hrCaseVictims.caseId, caseId)));
  return row?.n ?? 0;
}

/** A live (not deleted) member of the organization by her display code (stored form, no dash). */
export async function findMemberByCode(db: DbOrTx, orgId: string, code: string) {
  const [row] = await db
    .select({ id: members.id, mergedIntoId: members.mergedIntoId })
    .from(members)
    .where(and(eq(members.orgId, orgId), eq(members.displayCode, code), isNull(members.deletedAt)));
  return row ?? null;
}

export async function insertPerpetrator(
  db: DbOrTx,
  row: typeof hrCasePerpetrators.$inferInsert,
): Promise<boolean> {
  const inserted = await db
    .insert(hrCasePerpetrators)
    .values(row)
    .onConflictDoNothing()
    .returning({ id: hrCasePerpetrators.id });
  return inserted.length > 0;
}

export async function listPerpetrators(db: DbOrTx, orgId: string, caseId: string): Promise<PerpetratorRow[]> {
  return db
    .select()
    .from(hrCasePerpetrators)
    .where(and(eq(hrCasePerpetrators.orgId, orgId), eq(hrCasePerpetrators.caseId, caseId)))
    .orderBy(asc(hrCasePerpetrators.createdAt), asc(hrCasePerpetrators.id));
}

export async function deletePerpetrator(
  db: DbOrTx,
  orgId: string,
  caseId: string,
  id: string,
): Promise<boolean> {
  const deleted = await db
    .delete(hrCasePerpetrators)
    .where(
      and(
        eq(hrCasePerpetrators.orgId, orgId),
        eq(hrCasePerpetrators.caseId, caseId),
        eq(hrCasePerpetrators.id, id),
      ),
    )
    .returning({ id: hrCasePerpetrators.id });
  return deleted.length > 0;
}

// ── Assignments and break-the-glass

export async function insertAssignment(
  db: DbOrTx,
  row: typeof hrCaseAssignments.$inferInsert,
): Promise<boolean> {
  const inserted = await db
    .insert(hrCaseAssignments)
    .values(row)
    .onConflictDoNothing()
    .returning({ userId: hrCaseAssignments.userId });
  return inserted.length > 0;
}

export async function deleteAssignment(
  db: DbOrTx,
  orgId: string,
  caseId: string,
  userId: string,
): Promise<boolean> {
  const deleted = await db
    .delete(hrCaseAssignments)
    .where(
      and(
        eq(hrCaseAssignments.orgId, orgId),
        eq(hrCaseAssignments.caseId, caseId),
        eq(hrCaseAssignments.userId, userId),
      ),
    )
    .returning({ userId: hrCaseAssignments.userId });
  return deleted.length > 0;
}

export async function listAssignees(db: DbOrTx, orgId: string, caseId: string) {
  return db
    .select({
      userId: hrCaseAssignments.userId,
      displayName: users.displayName,
      assignedAt: hrCaseAssignments.assignedAt,
    })
    .from(hrCaseAssignments)
    .innerJoin(users, eq(users.id, hrCaseAssignments.userId))
    .where(and(eq(hrCaseAssignments.orgId, orgId), eq(hrCaseAssignments.caseId, caseId)))
    .orderBy(asc(hrCaseAssignments.assignedAt));
}

/** The role of an active member of the organization, or null. */
export async function activeRoleOf(db: DbOrTx, orgId: string, userId: string) {
  const [row] = await db
    .select({ role: memberships.role })
    .from(memberships)
    .where(and(eq(memberships.orgId, orgId), eq(memberships.userId, userId), isNull(memberships.disabledAt)));
  return row?.role ?? null;
}

export async function insertBreakGlass(db: DbOrTx, row: typeof hrBreakGlass.$inferInsert) {
  await db.insert(hrBreakGlass).values(row);
}

export async function listBreakGlass(db: DbOrTx, orgId: string, caseId: string) {
  return db
    .select({
      id: hrBreakGlass.id,
      orgId: hrBreakGlass.orgId,
      userId: hrBreakGlass.userId,
      displayName: users.displayName,
      reasonEnc: hrBreakGlass.reasonEnc,
      grantedAt: hrBreakGlass.grantedAt,
      expiresAt: hrBreakGlass.expiresAt,
    })
    .from(hrBreakGlass)
    .innerJoin(users, eq(users.id, hrBreakGlass.userId))
    .where(and(eq(hrBreakGlass.orgId, orgId), eq(hrBreakGlass.caseId, caseId)))
    .orderBy(desc(hrBreakGlass.grantedAt))
    .limit(100);
}

// ── Timeline

export async function listEvents(db: DbOrTx, orgId: string, caseId: string) {
  return db
    .select({
      id: hrCaseEvents.id,
      kind: hrCaseEvents.kind,
      actor: users.displayName,
      details: hrCaseEvents.details,
      at: hrCaseEvents.createdAt,
    })
    .from(hrCaseEvents)
    .leftJoin(users, eq(users.id, hrCaseEvents.actorUserId))
    .where(and(eq(hrCaseEvents.orgId, orgId), eq(hrCaseEvents.caseId, caseId)))
    .orderBy(desc(hrCaseEvents.createdAt), desc(hrCaseEvents.id))
    .limit(500);
}

// ── Act types

export type ActTypeRow = typeof hrActTypes.$inferSelect;

/** The organization's act types, seeded from the starter list the first time they are needed. */
export async function listActTypes(db: DbOrTx, orgId: string): Promise<ActTypeRow[]> {
  const rows = await selectActTypes(db, orgId);
  if (rows.length > 0) return rows;
  await db
    .insert(hrActTypes)
    .values(
      STARTER_ACT_TYPES.map((type, position) => ({
        orgId,
        key: type.key,
        labels: { ...type.labels },
        active: true,
        position,
      })),
    )
    .onConflictDoNothing();
  return selectActTypes(db, orgId);
}

function selectActTypes(db: DbOrTx, orgId: string) {
  return db
    .select()
    .from(hrActTypes)
    .where(eq(hrActTypes.orgId, orgId))
    .orderBy(asc(hrActTypes.position), asc(hrActTypes.key));
}

export async function upsertActType(db: DbOrTx, row: ActTypeRow) {
  await db
    .insert(hrActTypes)
    .values(row)
    .onConflictDoUpdate({
      target: [hrActTypes.orgId, hrActTypes.key],
      set: { labels: row.labels, active: row.active, position: row.position },
    });
}
