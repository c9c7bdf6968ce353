import { DEFAULT_CASELOAD_NORM, DEFAULT_DUE_AFTER_DAYS } from '../../../domain/outreach';
import type { DbOrTx } from '../../platform/db/client';

/** What micro-planning reads from the organization's registry settings. */
export interface OutreachSettings {
  dueAfterDays: number;
  caseloadNorm: number;
}

// TEMPORARY stand-in until the registry settings module lands (getRegistrySettings).
export async function outreachSettings(_db: DbOrTx, _orgId: string): Promise<OutreachSettings> {
  return { dueAfterDays: DEFAULT_DUE_AFTER_DAYS, caseloadNorm: DEFAULT_CASELOAD_NORM };
}
