import { describe, expect, it } from 'vitest';
import { DEFAULT_RISK_FLAGS } from '../../../domain/registry-settings';
import type { RegistrySettingsView } from '../../../domain/registry-settings.schemas';
import {
  emptyFlag,
  riskFlagKeyFor,
  toFormValues,
  validateRegistrySettings,
} from './registry-settings-values';

const saved: RegistrySettingsView = {
  dueAfterDays: 30,
  riskFlags: [...DEFAULT_RISK_FLAGS],
  recordMigrantStatus: false,
  recordContactChannel: false,
  caseloadNorm: 50,
  smallCellThreshold: 11,
  updatedAt: null,
  uicRecipeId: 'default',
  canChangeUicRecipe: true,
  networkHasMembers: false,
};

describe('registry settings form', () => {
  it('sends the settings as they are, without the recipe when it did not change', () => {
    const result = validateRegistrySettings(saved, toFormValues(saved));
    expect(result).toEqual({
      ok: true,
      data: {
        dueAfterDays: 30,
        caseloadNorm: 50,
        recordMigrantStatus: false,
        recordContactChannel: false,
        riskFlags: DEFAULT_RISK_FLAGS,
      },
    });
  });

  it('gives a new flag a key from its Spanish label, kept apart from existing keys', () => {
    const values = toFormValues({ ...saved, riskFlags: DEFAULT_RISK_FLAGS.slice(0, 2) });
    values.riskFlags.push({ ...emptyFlag(), es: ' Sin vivienda ', ptBR: 'Sem moradia', en: 'No housing' });
    const result = validateRegistrySettings(saved, values);
    expect(result.ok && result.data.riskFlags[2]).toEqual({
      key: 'sin_vivienda',
      labels: { es: 'Sin vivienda', 'pt-BR': 'Sem moradia', en: 'No housing' },
    });
    expect(riskFlagKeyFor('Violencia reciente', new Set(['violencia_reciente']))).toBe(
      'violencia_reciente_2',
    );
    expect(riskFlagKeyFor('¿Menor de 25?', new Set())).toBe('menor_de_25');
    expect(riskFlagKeyFor('25 o menos', new Set())).toBe('f_25_o_menos');
  });

  it('names the fields that are wrong', () => {
    const values = { ...toFormValues(saved), dueAfterDays: '', caseloadNorm: '0' };
    values.riskFlags[0] = { ...values.riskFlags[0]!, en: '  ' };
    const result = validateRegistrySettings(saved, values);
    expect(result.ok).toBe(false);
    expect(!result.ok && Object.keys(result.errors).sort()).toEqual([
      'caseloadNorm',
      'dueAfterDays',
      'riskFlags.0.labels.en',
    ]);
  });

  it('sends a changed recipe with its confirmation', () => {
    const values = { ...toFormValues(saved), uicRecipeId: 'pasmo' as const, confirmUicRecipeChange: true };
    const result = validateRegistrySettings(saved, values);
    expect(result.ok && result.data).toMatchObject({ uicRecipeId: 'pasmo', confirmUicRecipeChange: true });
  });
});
