import { z } from 'zod';
import { isUicCodeShape, uicFallbackIds } from './uic-build';
import { UIC_RECIPES, UicRecipeId } from './uic-recipes';

/** Longest code of any shipped recipe, with room for recipes added later. */
const UIC_CODE_MAX = 40;

/**
 * What the web sends when registering or looking up a member: the code built on the device, the
 * recipe it was built with, and which fallbacks stood in for unknown answers. The server checks the
 * code's shape against the recipe, hashes it with the network key and drops it. Issue messages name
 * the field only: the code itself never appears in an error.
 */
export const UicInput = z
  .strictObject({
    recipeId: UicRecipeId,
    code: z.string().min(1).max(UIC_CODE_MAX),
    fallbacksUsed: z.array(z.string().max(40)).max(12),
  })
  .superRefine((input, ctx) => {
    const recipe = UIC_RECIPES[input.recipeId];
    if (!isUicCodeShape(recipe, input.code)) {
      ctx.addIssue({ code: 'custom', path: ['code'], message: 'uic_code_shape' });
    }
    const known = new Set(uicFallbackIds(recipe));
    const seen = new Set<string>();
    for (const id of input.fallbacksUsed) {
      if (!known.has(id) || seen.has(id)) {
        ctx.addIssue({ code: 'custom', path: ['fallbacksUsed'], message: 'uic_fallback_unknown' });
        return;
      }
      seen.add(id);
    }
  });
export type UicInput = z.infer<typeof UicInput>;
