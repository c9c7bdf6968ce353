import { DEFAULT_REGISTRY_SETTINGS } from '../../../domain/registry-settings';
import type { RiskFlag } from '../../../domain/registry-settings.schemas';
import type { TestApp } from '../../testing/test-app';
import { upsertRegistrySettings } from './registry-settings.repo';

/** Saves an organization's registry settings: the defaults, with these flags and values on top. */
export async function buildRegistrySettings(
  t: TestApp,
  options: {
    orgId: string;
    riskFlags?: RiskFlag[];
    dueAfterDays?: number;
    caseloadNorm?: number;
    smallCellThreshold?: number;
  },
): Promise<void> {
  await upsertRegistrySettings(t.db, {
    orgId: options.orgId,
    dueAfterDays: options.dueAfterDays ?? DEFAULT_REGISTRY_SETTINGS.dueAfterDays,
    riskFlags: options.riskFlags ?? [...DEFAULT_REGISTRY_SETTINGS.riskFlags],
    recordMigrantStatus: DEFAULT_REGISTRY_SETTINGS.recordMigrantStatus,
    recordContactChannel: DEFAULT_REGISTRY_SETTINGS.recordContactChannel,
    caseloadNorm: options.caseloadNorm ?? DEFAULT_REGISTRY_SETTINGS.caseloadNorm,
    smallCellThreshold: options.smallCellThreshold ?? DEFAULT_REGISTRY_SETTINGS.smallCellThreshold,
    updatedAt: t.clock.now(),
  });
}
