import { and, desc, eq, gt } from 'drizzle-orm';
import type { SensitiveAccess } from '../../../domain/cases.schemas';
import { isAllowed } from '../../../domain/policy';
import { AppError } from '../../platform/errors';
import { orgContext, type ServiceContext } from '../../platform/http/route-spec';
import { hrBreakGlass, hrCaseAssignments, hrCases } from './cases.tables';

export type CaseRow = typeof hrCases.$inferSelect;

export interface CaseAccess {
  row: CaseRow;
  /** How the caller reaches the sensitive fields ('none': non-sensitive fields only). */
  access: SensitiveAccess;
  /** End of the caller's active break-the-glass window, when that is how she reaches them. */
  breakGlassExpiresAt: Date | null;
}

/**
 * The case `caseId` of the caller's organization, and how she may read it (issue 5 §4):
 * - not found, or another organization's id → 404 `not_found`;
 * - 'basic': any role the route's policy admitted (the non-sensitive fields);
 * - 'sensitive' (narrative, perpetrator names, victims' codes, evidence files, responses): a
 *   coordinator, a paralegal assigned to the case, or someone with an active break-the-glass on it;
 *   anyone else → 403 `case_restricted`.
 * Other case modules (responses, evidence, escalations) call it before touching a case's records.
 */
export async function requireCaseAccess(
  ctx: ServiceContext,
  caseId: string,
  need: 'basic' | 'sensitive',
): Promise<CaseAccess> {
  const c = orgContext(ctx);
  const [row] = await c.db
    .select()
    .from(hrCases)
    .where(and(eq(hrCases.orgId, c.org.orgId), eq(hrCases.id, caseId)));
  if (!row) throw new AppError('not_found');
  const result = await sensitiveAccessOf(ctx, row);
  if (need === 'sensitive' && result.access === 'none') throw new AppError('case_restricted');
  return result;
}

async function sensitiveAccessOf(ctx: ServiceContext, row: CaseRow): Promise<CaseAccess> {
  const c = orgContext(ctx);
  const { role, level } = c.org;
  // Only the roles that work cases can ever reach sensitive fields (policy hr_case_sensitive.read).
  if (!isAllowed(role, 'hr_case_sensitive', 'read', level))
    return { row, access: 'none', breakGlassExpiresAt: null };
  if (role === 'coordinator') return { row, access: 'coordinator', breakGlassExpiresAt: null };
  const [assigned] = await c.db
    .select({ userId: hrCaseAssignments.userId })
    .from(hrCaseAssignments)
    .where(
      and(
        eq(hrCaseAssignments.orgId, row.orgId),
        eq(hrCaseAssignments.caseId, row.id),
        eq(hrCaseAssignments.userId, c.actor.userId),
      ),
    );
  if (assigned) return { row, access: 'assigned', breakGlassExpiresAt: null };
  const [glass] = await c.db
    .select({ expiresAt: hrBreakGlass.expiresAt })
    .from(hrBreakGlass)
    .where(
      and(
        eq(hrBreakGlass.orgId, row.orgId),
        eq(hrBreakGlass.caseId, row.id),
        eq(hrBreakGlass.userId, c.actor.userId),
        gt(hrBreakGlass.expiresAt, c.now),
      ),
    )
    .orderBy(desc(hrBreakGlass.expiresAt))
    .limit(1);
  if (glass) return { row, access: 'break_glass', breakGlassExpiresAt: glass.expiresAt };
  return { row, access: 'none', breakGlassExpiresAt: null };
}
