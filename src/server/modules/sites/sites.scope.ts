import { rowScopeFor } from '../../../domain/policy';
import type { OrgServiceContext } from '../../platform/http/route-spec';

/**
 * The row scope of sites for the caller: the user id whose worked sites bound what she reaches
 * (a promotora: `worked_sites` in ROW_SCOPES), or undefined for the whole organization. A site
 * outside the scope answers 404, exactly like another organization's id.
 */
export function siteWorkerScope(
  c: OrgServiceContext,
  resource: 'site' | 'site_estimate' | 'site_report',
): string | undefined {
  return rowScopeFor(resource, c.org.role) === 'worked_sites' ? c.actor.userId : undefined;
}
