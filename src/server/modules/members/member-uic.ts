import type { UicInput } from '../../../domain/uic';
import { AppError } from '../../platform/errors';
import type { OrgServiceContext } from '../../platform/http/route-spec';
import { getNetworkUicRecipeId } from '../registry-settings/registry-settings.service';

/**
 * The keyed hash of a member's UIC under her network's key (kept outside the database). The code
 * itself goes no further than this call: it is never stored, logged, audited or answered. A code made
 * under another recipe than the network's could never match its members, so it is refused.
 */
export async function deriveUicHash(c: OrgServiceContext, uic: UicInput): Promise<Buffer> {
  if (uic.recipeId !== (await getNetworkUicRecipeId(c.db, c.org.networkId)))
    throw new AppError('validation', { field: 'uic.recipeId', params: { reason: 'invalid_value' } });
  return c.deps.uic.hash(c.org.networkId, uic.code);
}
