import { z } from 'zod';
import { LIMITS } from './limits';

/** A UUID in canonical lower-case form (records are keyed by UUIDv7). */
export const Uuid = z.uuid().transform((value) => value.toLowerCase());

/** Trimmed, non-empty display text. */
export const Name = z.string().trim().min(1).max(LIMITS.nameMax);

/** Free text that will be encrypted at rest. */
export const Notes = z.string().max(LIMITS.notesMax);

export const OrgParams = z.strictObject({ orgId: z.uuid() });
export type OrgParams = z.infer<typeof OrgParams>;

export const IdempotencyKey = z
  .string()
  .min(8)
  .max(LIMITS.idempotencyKeyMax)
  .regex(/^[A-Za-z0-9_.:-]+$/);

/** Plain acknowledgement for writes that return no record. */
export const Ok = z.strictObject({ ok: z.literal(true) });
export type Ok = z.infer<typeof Ok>;
