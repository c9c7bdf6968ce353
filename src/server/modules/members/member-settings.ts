import type { DbOrTx } from '../../platform/db/client';

/** What the member forms need from the organization's registry settings. */
export interface MemberSettings {
  riskFlagKeys: string[];
  recordMigrantStatus: boolean;
  recordContactChannel: boolean;
}

// TEMPORARY shim until H2a's registry settings land.
export async function memberSettings(_db: DbOrTx, _orgId: string): Promise<MemberSettings> {
  return {
    riskFlagKeys: [
      'violence',
      'young',
      'new_to_work',
      'alcohol_drugs',
      'high_volume',
      'condom_breaks',
      'migrant',
      'homeless',
    ],
    recordMigrantStatus: false,
    recordContactChannel: false,
  };
}
