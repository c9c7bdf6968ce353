import type { DbOrTx } from '../../platform/db/client';

/**
 * Effective contacts per site in a month, for the zero-returns list. Returns null while the
 * contacts module does not exist yet: the list then tells "nothing to report" from silence only.
 */
export async function countContactsBySite(
  _db: DbOrTx,
  _orgId: string,
  _month: string,
  _siteIds: readonly string[],
): Promise<Map<string, number> | null> {
  return null;
}
