import { z } from 'zod';
import { Uuid } from './common.schemas';
import {
  SELF_REPORT_LIMITS,
  SELF_REPORT_ACT_TYPES,
  normalizeClaimCode,
  isClaimCodeShape,
} from './self-reports';

export const SELF_REPORT_STATUSES = ['new', 'in_review', 'converted', 'closed'] as const;
export const SelfReportStatus = z.enum(SELF_REPORT_STATUSES);
export type SelfReportStatus = z.infer<typeof SelfReportStatus>;

export const OCCURRED_PRECISIONS = ['day', 'month', 'approximate'] as const;
export const OccurredPrecision = z.enum(OCCURRED_PRECISIONS);
export type OccurredPrecision = z.infer<typeof OccurredPrecision>;

export const SelfReportActType = z.enum(SELF_REPORT_ACT_TYPES);
export type SelfReportActType = z.infer<typeof SelfReportActType>;

const CalendarDate = z.iso.date().refine((value) => value >= '1900-01-01');

/** The public token of an organization's form, as it appears in the link (base64url, 128 bits). */
export const PublicToken = z
  .string()
  .min(16)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/);
export const PublicTokenParams = z.strictObject({ token: PublicToken });

/** A claim code as typed: dashes, spaces and look-alike letters are forgiven, then normalized. */
export const ClaimCode = z
  .string()
  .max(40)
  .transform((value) => normalizeClaimCode(value))
  .refine(isClaimCodeShape);

/** What a person reports on the public form. Free text is encrypted at rest. */
export const SelfReportInput = z.strictObject({
  occurredOn: CalendarDate.nullable().optional(),
  occurredPrecision: OccurredPrecision.default('approximate'),
  areaText: z.string().trim().max(SELF_REPORT_LIMITS.areaTextMax).optional(),
  whatHappened: z.string().trim().min(1).max(SELF_REPORT_LIMITS.textMax),
  actTypes: z.array(SelfReportActType).max(SELF_REPORT_ACT_TYPES.length).default([]),
  wantsContact: z.boolean().default(false),
});
export type SelfReportInput = z.input<typeof SelfReportInput>;

/** The only answer to a report: the claim code, shown once. */
export const SelfReportReceipt = z.strictObject({ claimCode: z.string() });
export type SelfReportReceipt = z.infer<typeof SelfReportReceipt>;

/** What the public page needs before she writes: whose form this is. */
export const SelfReportFormView = z.strictObject({ organizationName: z.string() });
export type SelfReportFormView = z.infer<typeof SelfReportFormView>;

export const ClaimInput = z.strictObject({ code: ClaimCode });
export type ClaimInput = z.input<typeof ClaimInput>;

export const ClaimMessageInput = z.strictObject({
  code: ClaimCode,
  body: z.string().trim().min(1).max(SELF_REPORT_LIMITS.messageMax),
});
export type ClaimMessageInput = z.input<typeof ClaimMessageInput>;

export const SelfReportMessageSender = z.enum(['reporter', 'staff']);

/** A message as the reporter sees it: who wrote (never which staff member), when, what. */
export const ClaimMessageView = z.strictObject({
  sender: SelfReportMessageSender,
  body: z.string(),
  createdAt: z.string(),
});

/** What the claim code opens: the status and the conversation, nothing the staff wrote internally. */
export const ClaimView = z.strictObject({
  organizationName: z.string(),
  status: SelfReportStatus,
  createdAt: z.string(),
  messages: z.array(ClaimMessageView),
});
export type ClaimView = z.infer<typeof ClaimView>;

// ── Staff side ─────────────────────────────────────────────────────────────────────────────────

export const SelfReportSettingsView = z.strictObject({
  enabled: z.boolean(),
  /** The public form's token (to build the link); null before the form was first enabled. */
  token: z.string().nullable(),
  updatedAt: z.string().nullable(),
});
export type SelfReportSettingsView = z.infer<typeof SelfReportSettingsView>;

export const SelfReportSettingsInput = z.strictObject({ enabled: z.boolean() });
export type SelfReportSettingsInput = z.infer<typeof SelfReportSettingsInput>;

export const SelfReportParams = z.strictObject({ orgId: z.uuid(), reportId: Uuid });

export const SelfReportListQuery = z.strictObject({ status: SelfReportStatus.optional() });

export const SelfReportSummary = z.strictObject({
  id: z.string(),
  status: SelfReportStatus,
  occurredOn: z.string().nullable(),
  occurredPrecision: OccurredPrecision,
  actTypes: z.array(SelfReportActType),
  wantsContact: z.boolean(),
  caseId: z.string().nullable(),
  messageCount: z.number().int(),
  /** The last message came from the reporter (or she wrote nothing yet and nobody answered). */
  awaitingReply: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type SelfReportSummary = z.infer<typeof SelfReportSummary>;

export const SelfReportList = z.strictObject({ selfReports: z.array(SelfReportSummary) });
export type SelfReportList = z.infer<typeof SelfReportList>;

export const StaffMessageView = z.strictObject({
  id: z.string(),
  sender: SelfReportMessageSender,
  staffName: z.string().nullable(),
  body: z.string(),
  createdAt: z.string(),
});
export type StaffMessageView = z.infer<typeof StaffMessageView>;

export const SelfReportDetail = SelfReportSummary.extend({
  areaText: z.string().nullable(),
  whatHappened: z.string(),
  messages: z.array(StaffMessageView),
});
export type SelfReportDetail = z.infer<typeof SelfReportDetail>;

export const StaffReplyInput = z.strictObject({
  id: Uuid.optional(),
  body: z.string().trim().min(1).max(SELF_REPORT_LIMITS.messageMax),
});
export type StaffReplyInput = z.input<typeof StaffReplyInput>;

/** Converting into a case: the act types default to those she ticked that the case list knows. */
export const SelfReportConvertInput = z.strictObject({
  actTypes: z
    .array(z.string().regex(/^[a-z][a-z0-9_]{1,47}$/))
    .min(1)
    .max(SELF_REPORT_ACT_TYPES.length)
    .optional(),
});
export type SelfReportConvertInput = z.infer<typeof SelfReportConvertInput>;

export const SelfReportConversion = z.strictObject({ caseId: z.string(), reference: z.string() });
export type SelfReportConversion = z.infer<typeof SelfReportConversion>;
