import { z } from 'zod';
import { PublishedCountSchema } from './case-analysis.schemas';

export const EvidenceFactView = z.strictObject({
  provider: z.string(),
  key: z.string(),
  /** A count, or '<' / '*' where small-cell suppression hides it (case facts). */
  value: PublishedCountSchema,
  total: PublishedCountSchema.nullable(),
  /** Present on suppressed facts: '<' reads "<threshold". */
  threshold: z.int().optional(),
});

export const EvidenceView = z.strictObject({
  /** The period the facts cover (`YYYY-MM-DD`, both included). */
  from: z.string(),
  to: z.string(),
  domains: z.array(z.strictObject({ domainKey: z.string(), facts: z.array(EvidenceFactView) })),
});
export type EvidenceView = z.infer<typeof EvidenceView>;
