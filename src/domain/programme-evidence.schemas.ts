import { z } from 'zod';

export const EvidenceFactView = z.strictObject({
  provider: z.string(),
  key: z.string(),
  value: z.number(),
  total: z.number().nullable(),
});

export const EvidenceView = z.strictObject({
  /** The period the facts cover (`YYYY-MM-DD`, both included). */
  from: z.string(),
  to: z.string(),
  domains: z.array(z.strictObject({ domainKey: z.string(), facts: z.array(EvidenceFactView) })),
});
export type EvidenceView = z.infer<typeof EvidenceView>;
