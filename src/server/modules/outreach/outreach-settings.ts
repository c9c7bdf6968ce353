import type { DbOrTx } from '../../platform/db/client';
import { getRegistrySettings } from '../registry-settings/registry-settings.service';

/** What micro-planning reads from the organization's registry settings. */
export interface OutreachSettings {
  /** Days without an effective contact after which a member is due (default 30). */
  dueAfterDays: number;
  /** Members per promotora (SWIT ≈ 1:50). */
  caseloadNorm: number;
}

export async function outreachSettings(db: DbOrTx, orgId: string): Promise<OutreachSettings> {
  const { dueAfterDays, caseloadNorm } = await getRegistrySettings(db, orgId);
  return { dueAfterDays, caseloadNorm };
}
