// TEMPORARY (H2b, uncommitted): stands in for H2a's src/domain/uic until it lands.
import { z } from 'zod';
export const UicInput = z.strictObject({
  recipeId: z.string().min(1).max(40),
  code: z.string().regex(/^[A-Z0-9]{4,40}$/),
  fallbacksUsed: z.array(z.string().max(40)).max(10),
});
export type UicInput = z.infer<typeof UicInput>;
