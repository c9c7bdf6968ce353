import type { UicInput } from '../../../domain/uic';
import type { OrgServiceContext } from '../../platform/http/route-spec';

/**
 * The keyed hash of a member's UIC under her network's key (kept outside the database). The code
 * itself goes no further than this call: it is never stored, logged, audited or answered.
 */
export async function deriveUicHash(c: OrgServiceContext, uic: UicInput): Promise<Buffer> {
  return c.deps.uic.hash(c.org.networkId, uic.code);
}
