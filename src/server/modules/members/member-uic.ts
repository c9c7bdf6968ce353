// TEMPORARY shim until H2a's uic lands.
import crypto from 'node:crypto';
import type { UicInput } from '../../../domain/uic';
import type { OrgServiceContext } from '../../platform/http/route-spec';
export async function deriveUicHash(c: OrgServiceContext, uic: UicInput): Promise<Buffer> {
  return crypto.createHmac('sha256', `net-${c.org.networkId}`).update(uic.code).digest();
}
