import type { OrgServiceContext } from '../../platform/http/route-spec';
import { AppError } from '../../platform/errors';
import { findMemberInScope } from '../members/member-scope';
import { isActivePromotora } from '../members/members.repo';
import { findSite } from '../sites/sites.repo';
import { siteWorkerScope } from '../sites/sites.scope';
import { findStockPoint } from '../stock/stock.repo';

const invalid = (field: string, reason = 'invalid_value') =>
  new AppError('validation', { field, params: { reason } });

/** Today in UTC: the region lies west of Greenwich, so a local "today" is never after it. */
export const todayOf = (now: Date) => now.toISOString().slice(0, 10);

export function checkNotInFuture(c: OrgServiceContext, field: string, date: string): void {
  if (date > todayOf(c.now)) throw invalid(field, 'not_in_future');
}

/** The caller by default; coordinators and administrators may record for an active promotora. */
export async function resolvePromotora(c: OrgServiceContext, requested: string | undefined): Promise<string> {
  if (requested === undefined || requested === c.actor.userId) return c.actor.userId;
  if (c.org.role === 'promotora') throw invalid('promotoraUserId', 'not_allowed');
  if (!(await isActivePromotora(c.db, c.org.orgId, requested)))
    throw invalid('promotoraUserId', 'not_a_promotora');
  return requested;
}

/**
 * The member a contact is recorded for, in the caller's row scope (404 outside it, like another
 * organization's id). A merged record resolves to the member it was merged into.
 */
export async function resolveMember(c: OrgServiceContext, memberId: string): Promise<string> {
  const member = await findMemberInScope(c, memberId, 'contact');
  if (!member) throw new AppError('not_found', { field: 'memberId' });
  if (member.mergedIntoId === null) return member.id;
  const kept = await findMemberInScope(c, member.mergedIntoId, 'contact');
  if (!kept) throw new AppError('not_found', { field: 'memberId' });
  return kept.id;
}

/** A live site of the organization; for a promotora, one she works. */
export async function checkSite(c: OrgServiceContext, siteId: string): Promise<void> {
  const site = await findSite(c.db, c.org.orgId, siteId, siteWorkerScope(c, 'site'));
  if (!site) throw invalid('siteId');
}

export async function checkStockPoint(c: OrgServiceContext, stockPointId: string): Promise<void> {
  if (!(await findStockPoint(c.db, c.org.orgId, stockPointId))) throw invalid('stockPointId');
}
