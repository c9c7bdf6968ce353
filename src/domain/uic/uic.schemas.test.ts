import { describe, expect, it } from 'vitest';
import { UicInput } from './uic.schemas';

describe('UicInput', () => {
  it('accepts a code of the recipe with known fallbacks', () => {
    expect(
      UicInput.parse({ recipeId: 'philippines', code: 'AEAE9999999999', fallbacksUsed: ['birthOrder'] }),
    ).toEqual({ recipeId: 'philippines', code: 'AEAE9999999999', fallbacksUsed: ['birthOrder'] });
  });

  it('refuses a code of another shape without echoing it', () => {
    const result = UicInput.safeParse({ recipeId: 'pasmo', code: 'ANRA07031994', fallbacksUsed: [] });
    expect(result.success).toBe(false);
    expect(result.error?.issues).toEqual([
      expect.objectContaining({ path: ['code'], message: 'uic_code_shape' }),
    ]);
    expect(JSON.stringify(result.error?.issues)).not.toContain('ANRA');
  });

  it('refuses unknown recipes, unknown or repeated fallbacks and extra fields', () => {
    const base = { recipeId: 'default', code: 'ANRA07031994', fallbacksUsed: [] };
    expect(UicInput.safeParse({ ...base, recipeId: 'nope' }).success).toBe(false);
    expect(UicInput.safeParse({ ...base, fallbacksUsed: ['shoeSize'] }).success).toBe(false);
    expect(UicInput.safeParse({ ...base, fallbacksUsed: ['birthDate', 'birthDate'] }).success).toBe(false);
    expect(UicInput.safeParse({ ...base, answers: {} }).success).toBe(false);
    expect(UicInput.safeParse(base).success).toBe(true);
  });
});
