import {
  DEFAULT_RISK_FLAGS,
  REGISTRY_SETTINGS_LIMITS,
  RISK_FLAGS_MAX,
} from '../../../domain/registry-settings';
import {
  RegistrySettingsInput,
  type RegistrySettingsView,
  type RiskFlag,
} from '../../../domain/registry-settings.schemas';
import { normalizeUicAnswer } from '../../../domain/uic/uic-normalize';
import type { UicRecipeId } from '../../../domain/uic/uic-recipes';
import { validateWith } from '../../app/form-errors';
import type { Validation } from '../../app/use-form';

/** One flag as the form edits it; `key` is '' for a flag added here (made from its Spanish label). */
export interface RiskFlagValues {
  key: string;
  es: string;
  ptBR: string;
  en: string;
}

export interface RegistrySettingsValues {
  dueAfterDays: string;
  caseloadNorm: string;
  recordMigrantStatus: boolean;
  recordContactChannel: boolean;
  riskFlags: RiskFlagValues[];
  uicRecipeId: UicRecipeId;
  confirmUicRecipeChange: boolean;
}

export const flagValues = (flag: RiskFlag): RiskFlagValues => ({
  key: flag.key,
  es: flag.labels.es,
  ptBR: flag.labels['pt-BR'],
  en: flag.labels.en,
});

export const defaultFlagValues = (): RiskFlagValues[] => DEFAULT_RISK_FLAGS.map(flagValues);

export const emptyFlag = (): RiskFlagValues => ({ key: '', es: '', ptBR: '', en: '' });

export const canAddFlag = (values: RegistrySettingsValues) => values.riskFlags.length < RISK_FLAGS_MAX;

export function toFormValues(view: RegistrySettingsView): RegistrySettingsValues {
  return {
    dueAfterDays: String(view.dueAfterDays),
    caseloadNorm: String(view.caseloadNorm),
    recordMigrantStatus: view.recordMigrantStatus,
    recordContactChannel: view.recordContactChannel,
    riskFlags: view.riskFlags.map(flagValues),
    uicRecipeId: view.uicRecipeId,
    confirmUicRecipeChange: false,
  };
}

/**
 * A stable key for a new flag, from its Spanish label ("Sin vivienda" → `sin_vivienda`). Members store
 * keys, so existing flags keep theirs even when their wording changes.
 */
export function riskFlagKeyFor(label: string, taken: ReadonlySet<string>): string {
  const words = label
    .split(/\s+/)
    .map((word) => normalizeUicAnswer(word).toLowerCase())
    .filter(Boolean);
  let base = words.join('_').slice(0, 32).replace(/_+$/, '');
  if (!/^[a-z]/.test(base)) base = `f_${base}`;
  if (base.length < 2) base = 'factor';
  let key = base;
  for (let n = 2; taken.has(key); n++) key = `${base}_${n}`;
  return key;
}

const toNumber = (text: string) => (text.trim() === '' ? Number.NaN : Number(text));

/** The PUT body, checked with the server's schema; the recipe is sent only when it changed. */
export function validateRegistrySettings(
  saved: RegistrySettingsView,
  values: RegistrySettingsValues,
): Validation<RegistrySettingsInput> {
  const taken = new Set(values.riskFlags.map((flag) => flag.key).filter(Boolean));
  const riskFlags = values.riskFlags.map((flag) => {
    const key = flag.key || riskFlagKeyFor(flag.es, taken);
    taken.add(key);
    return { key, labels: { es: flag.es, 'pt-BR': flag.ptBR, en: flag.en } };
  });
  const input: Record<string, unknown> = {
    dueAfterDays: toNumber(values.dueAfterDays),
    caseloadNorm: toNumber(values.caseloadNorm),
    recordMigrantStatus: values.recordMigrantStatus,
    recordContactChannel: values.recordContactChannel,
    riskFlags,
  };
  if (values.uicRecipeId !== saved.uicRecipeId) {
    input.uicRecipeId = values.uicRecipeId;
    if (values.confirmUicRecipeChange) input.confirmUicRecipeChange = true;
  }
  return validateWith(RegistrySettingsInput, input);
}

/** Every field path the form shows, so the server's `field` errors land under the right input. */
export const REGISTRY_SETTINGS_FIELDS: readonly string[] = [
  'dueAfterDays',
  'caseloadNorm',
  'riskFlags',
  'uicRecipeId',
  ...Array.from({ length: RISK_FLAGS_MAX }, (_, i) =>
    ['es', 'pt-BR', 'en'].map((lang) => `riskFlags.${i}.labels.${lang}`),
  ).flat(),
];

/**
 * This form's own wording for a field's error (i18n key and parameters), clearer than the generic
 * "check the field «riskFlags.0.labels.en»"; null for fields whose server message is already clear.
 */
export function errorMessageFor(path: string): { key: string; params: Record<string, number> } | null {
  if (path === 'dueAfterDays')
    return {
      key: 'registrySettings.errors.dueAfterDays',
      params: {
        min: REGISTRY_SETTINGS_LIMITS.dueAfterDaysMin,
        max: REGISTRY_SETTINGS_LIMITS.dueAfterDaysMax,
      },
    };
  if (path === 'caseloadNorm')
    return {
      key: 'registrySettings.errors.caseloadNorm',
      params: {
        min: REGISTRY_SETTINGS_LIMITS.caseloadNormMin,
        max: REGISTRY_SETTINGS_LIMITS.caseloadNormMax,
      },
    };
  if (/^riskFlags\.\d+\.(labels\.|key$)/.test(path))
    return {
      key: 'registrySettings.errors.riskFlagLabel',
      params: { max: REGISTRY_SETTINGS_LIMITS.riskFlagLabelMax },
    };
  if (path === 'riskFlags')
    return { key: 'registrySettings.errors.riskFlags', params: { max: RISK_FLAGS_MAX } };
  return null;
}
