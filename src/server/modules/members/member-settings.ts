import type { DbOrTx } from '../../platform/db/client';
import { getRegistrySettings } from '../registry-settings/registry-settings.service';

/** What the member forms need from the organization's registry settings. */
export interface MemberSettings {
  riskFlagKeys: string[];
  recordMigrantStatus: boolean;
  recordContactChannel: boolean;
}

export async function memberSettings(db: DbOrTx, orgId: string): Promise<MemberSettings> {
  const settings = await getRegistrySettings(db, orgId);
  return {
    riskFlagKeys: settings.riskFlags.map((flag) => flag.key),
    recordMigrantStatus: settings.recordMigrantStatus,
    recordContactChannel: settings.recordContactChannel,
  };
}
