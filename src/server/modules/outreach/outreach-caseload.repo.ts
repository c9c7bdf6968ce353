import { and, eq, isNotNull, isNull, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client';
import { members } from '../members/members.tables';

/** What micro-planning reads of a member: no attribute beyond the code, priority and condom need. */
export interface CaseloadMemberRow {
  id: string;
  displayCode: string;
  assignedUserId: string | null;
  priority: boolean;
  riskFlagCount: number;
  partnersPerWeek: number | null;
  actsPerPartner: number | null;
}

const caseloadColumns = {
  id: members.id,
  displayCode: members.displayCode,
  assignedUserId: members.assignedUserId,
  priority: members.priority,
  riskFlagCount: sql<number>`coalesce(array_length(${members.riskFlags}, 1), 0)`.mapWith(Number),
  partnersPerWeek: members.partnersPerWeek,
  actsPerPartner: members.actsPerPartner,
};

/** Live members a caseload counts: not deleted, not merged into another record. */
const live = (orgId: string) =>
  and(eq(members.orgId, orgId), isNull(members.deletedAt), isNull(members.mergedIntoId)) as SQL;

/** The members assigned to one person. */
export async function listCaseload(db: DbOrTx, orgId: string, userId: string): Promise<CaseloadMemberRow[]> {
  return db
    .select(caseloadColumns)
    .from(members)
    .where(and(live(orgId), eq(members.assignedUserId, userId)));
}

/** Every assigned member of the organization (the supervision view groups them by person). */
export async function listAssignedMembers(db: DbOrTx, orgId: string): Promise<CaseloadMemberRow[]> {
  return db
    .select(caseloadColumns)
    .from(members)
    .where(and(live(orgId), isNotNull(members.assignedUserId)));
}

export async function countUnassignedMembers(db: DbOrTx, orgId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)`.mapWith(Number) })
    .from(members)
    .where(and(live(orgId), isNull(members.assignedUserId)));
  return row?.n ?? 0;
}
