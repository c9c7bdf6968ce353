import { z } from 'zod';

export const AuditEntryView = z.strictObject({
  id: z.string(),
  at: z.string(),
  actor: z.string().nullable(),
  action: z.string(),
  resourceType: z.string(),
  resourceId: z.string().nullable(),
});
export type AuditEntryView = z.infer<typeof AuditEntryView>;
export const AuditEntryList = z.strictObject({
  entries: z.array(AuditEntryView),
  nextBefore: z.string().nullable(),
});

export const AuditListQuery = z.strictObject({
  /** A sequence number; at most 15 digits so that it stays an exact integer and a valid bigint. */
  before: z
    .string()
    .regex(/^[0-9]{1,15}$/)
    .optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  resourceType: z.string().max(64).optional(),
});

export const ViewersQuery = z.strictObject({ resourceType: z.string().min(1).max(64), resourceId: z.uuid() });
export const ViewerView = z.strictObject({
  actor: z.string().nullable(),
  role: z.string().nullable(),
  at: z.string(),
});
export const ViewerList = z.strictObject({ viewers: z.array(ViewerView) });
