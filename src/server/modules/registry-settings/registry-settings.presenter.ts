import type { RegistrySettingsView } from '../../../domain/registry-settings.schemas';
import type { UicRecipeId } from '../../../domain/uic/uic-recipes';
import type { RegistrySettings } from './registry-settings.service';

/** Every output field listed explicitly. */
export function presentRegistrySettings(
  settings: RegistrySettings,
  network: { uicRecipeId: UicRecipeId; canChangeUicRecipe: boolean; networkHasMembers: boolean },
): RegistrySettingsView {
  return {
    dueAfterDays: settings.dueAfterDays,
    riskFlags: settings.riskFlags.map((flag) => ({
      key: flag.key,
      labels: { es: flag.labels.es, 'pt-BR': flag.labels['pt-BR'], en: flag.labels.en },
    })),
    recordMigrantStatus: settings.recordMigrantStatus,
    recordContactChannel: settings.recordContactChannel,
    caseloadNorm: settings.caseloadNorm,
    smallCellThreshold: settings.smallCellThreshold,
    updatedAt: settings.updatedAt ? settings.updatedAt.toISOString() : null,
    uicRecipeId: network.uicRecipeId,
    canChangeUicRecipe: network.canChangeUicRecipe,
    networkHasMembers: network.networkHasMembers,
  };
}
