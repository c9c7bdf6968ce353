import { z } from 'zod';
import { REGISTRY_SETTINGS_LIMITS as L, RISK_FLAGS_MAX } from './registry-settings';
import { UicRecipeId } from './uic/uic-recipes';

export const RiskFlagKey = z.string().regex(/^[a-z][a-z0-9_]{1,39}$/);

const Label = z.string().trim().min(1).max(L.riskFlagLabelMax);

/** A flag's wording in every language of the app (the promotora reads it in hers). */
export const RiskFlagLabels = z.strictObject({ es: Label, 'pt-BR': Label, en: Label });

export const RiskFlag = z.strictObject({ key: RiskFlagKey, labels: RiskFlagLabels });
export type RiskFlag = z.infer<typeof RiskFlag>;

export const RiskFlagList = z
  .array(RiskFlag)
  .max(RISK_FLAGS_MAX)
  .superRefine((flags, ctx) => {
    const keys = new Set<string>();
    flags.forEach((flag, index) => {
      if (keys.has(flag.key)) ctx.addIssue({ code: 'custom', path: [index, 'key'], message: 'duplicate' });
      keys.add(flag.key);
    });
  });

/**
 * The organization's registry settings, replaced as a whole. `uicRecipeId` changes the network's UIC
 * recipe (regional administrators only); while the network has members the change must be confirmed
 * with `confirmUicRecipeChange`, since codes made under another recipe never match the old ones.
 */
export const RegistrySettingsInput = z.strictObject({
  dueAfterDays: z.int().min(L.dueAfterDaysMin).max(L.dueAfterDaysMax),
  riskFlags: RiskFlagList,
  recordMigrantStatus: z.boolean(),
  recordContactChannel: z.boolean(),
  caseloadNorm: z.int().min(L.caseloadNormMin).max(L.caseloadNormMax),
  /** Small-cell suppression threshold for aggregates (S7); omitted = unchanged. */
  smallCellThreshold: z.int().min(L.smallCellThresholdMin).max(L.smallCellThresholdMax).optional(),
  uicRecipeId: UicRecipeId.optional(),
  confirmUicRecipeChange: z.boolean().optional(),
});
export type RegistrySettingsInput = z.infer<typeof RegistrySettingsInput>;

export const RegistrySettingsView = z.strictObject({
  dueAfterDays: z.int(),
  riskFlags: z.array(RiskFlag),
  recordMigrantStatus: z.boolean(),
  recordContactChannel: z.boolean(),
  caseloadNorm: z.int(),
  /** Counts below it are published as "<threshold" (S7). */
  smallCellThreshold: z.int(),
  /** Null while the organization still uses the defaults. */
  updatedAt: z.string().nullable(),
  /** The network's UIC recipe, which every organization of the network uses. */
  uicRecipeId: UicRecipeId,
  /** Whether the caller may change the recipe (an administrator of the regional organization). */
  canChangeUicRecipe: z.boolean(),
  /** Whether any organization of the network has registered members (a recipe change needs confirming). */
  networkHasMembers: z.boolean(),
});
export type RegistrySettingsView = z.infer<typeof RegistrySettingsView>;
