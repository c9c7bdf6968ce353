import { and, asc, eq, inArray, isNull, or } from 'drizzle-orm';
import { users } from '../../platform/auth/auth.tables';
import type { DbOrTx } from '../../platform/db/client';
import { AppError } from '../../platform/errors';
import type { OrgServiceContext } from '../../platform/http/route-spec';
import { memberships } from '../org-users/memberships.tables';

export interface StaffRow {
  userId: string;
  displayName: string;
  role: string;
}

/** The account behind a plan or caseload a supervisor opens: it must hold a membership here. */
export async function requirePlanOwner(c: OrgServiceContext, userId: string): Promise<StaffRow> {
  const [row] = await c.db
    .select({ userId: memberships.userId, displayName: users.displayName, role: memberships.role })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.orgId, c.org.orgId), eq(memberships.userId, userId)));
  if (!row) throw new AppError('not_found');
  return row;
}

/**
 * Who the supervision view lists: every active promotora, and anyone else who still has members
 * assigned (a coordinator with a caseload, a promotora whose access was disabled), by name.
 */
export async function listCaseloadHolders(
  db: DbOrTx,
  orgId: string,
  assignedUserIds: string[],
): Promise<StaffRow[]> {
  const activePromotora = and(eq(memberships.role, 'promotora'), isNull(memberships.disabledAt));
  return db
    .select({ userId: memberships.userId, displayName: users.displayName, role: memberships.role })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(
        eq(memberships.orgId, orgId),
        assignedUserIds.length > 0
          ? or(activePromotora, inArray(memberships.userId, assignedUserIds))
          : activePromotora,
      ),
    )
    .orderBy(asc(users.displayName), asc(memberships.userId));
}
