import { z } from 'zod';
import {
  IMPACTS,
  INTERVENTION_STATUSES,
  INTERVENTION_TYPES,
  PRIORITIES,
  REFERRAL_STATUSES,
} from './case-responses';
import { Uuid } from './common.schemas';
import { FileUploadInput, StoredFileMeta } from './files.schemas';

export const RESPONSE_LIMITS = {
  notesMax: 4000,
  partyMax: 200,
  taskMax: 1000,
  descriptionMax: 1000,
  queueMax: 200,
} as const;

export const InterventionType = z.enum(INTERVENTION_TYPES);
export const InterventionStatus = z.enum(INTERVENTION_STATUSES);
export const Priority = z.enum(PRIORITIES);
export const Impact = z.enum(IMPACTS);
export const ReferralStatus = z.enum(REFERRAL_STATUSES);

const CalendarDate = z.iso.date();
const ShortText = (max: number) => z.string().trim().min(1).max(max);
const Notes = z.string().max(RESPONSE_LIMITS.notesMax);

export const ResponseCaseParams = z.strictObject({ orgId: z.uuid(), caseId: z.uuid() });
export const InterventionParams = z.strictObject({
  orgId: z.uuid(),
  caseId: z.uuid(),
  interventionId: z.uuid(),
});
export const ReferralParams = z.strictObject({ orgId: z.uuid(), caseId: z.uuid(), referralId: z.uuid() });
export const FollowUpParams = z.strictObject({ orgId: z.uuid(), caseId: z.uuid(), followUpId: z.uuid() });
export const EvidenceParams = z.strictObject({ orgId: z.uuid(), caseId: z.uuid(), evidenceId: z.uuid() });

// ---- Interventions --------------------------------------------------------------------------------

export const InterventionCreateInput = z.strictObject({
  id: Uuid.optional(),
  type: InterventionType,
  /** Who was asked (a prosecutor's office, a clinic): an institution, not a person's name. */
  requestedParty: ShortText(RESPONSE_LIMITS.partyMax).nullable().optional(),
  requestedOn: CalendarDate.nullable().optional(),
  status: InterventionStatus.default('planned'),
  priority: Priority.default('medium'),
  impact: Impact.nullable().optional(),
  notes: Notes.nullable().optional(),
});
export type InterventionCreateInput = z.input<typeof InterventionCreateInput>;

export const InterventionUpdateInput = z.strictObject({
  type: InterventionType.optional(),
  requestedParty: ShortText(RESPONSE_LIMITS.partyMax).nullable().optional(),
  requestedOn: CalendarDate.nullable().optional(),
  status: InterventionStatus.optional(),
  priority: Priority.optional(),
  impact: Impact.nullable().optional(),
  notes: Notes.nullable().optional(),
});
export type InterventionUpdateInput = z.infer<typeof InterventionUpdateInput>;

export const InterventionView = z.strictObject({
  id: z.uuid(),
  caseId: z.uuid(),
  type: InterventionType,
  requestedParty: z.string().nullable(),
  requestedOn: z.string().nullable(),
  status: InterventionStatus,
  priority: Priority,
  impact: Impact.nullable(),
  notes: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type InterventionView = z.infer<typeof InterventionView>;
export const InterventionList = z.strictObject({ interventions: z.array(InterventionView) });
export type InterventionList = z.infer<typeof InterventionList>;

// ---- Referrals ------------------------------------------------------------------------------------

export const ReferralCreateInput = z.strictObject({
  id: Uuid.optional(),
  partnerName: ShortText(RESPONSE_LIMITS.partyMax),
  service: ShortText(RESPONSE_LIMITS.partyMax),
  referredOn: CalendarDate,
  status: ReferralStatus.default('referred'),
  notes: Notes.nullable().optional(),
});
export type ReferralCreateInput = z.input<typeof ReferralCreateInput>;

export const ReferralUpdateInput = z.strictObject({
  partnerName: ShortText(RESPONSE_LIMITS.partyMax).optional(),
  service: ShortText(RESPONSE_LIMITS.partyMax).optional(),
  referredOn: CalendarDate.optional(),
  status: ReferralStatus.optional(),
  notes: Notes.nullable().optional(),
});
export type ReferralUpdateInput = z.infer<typeof ReferralUpdateInput>;

export const ReferralView = z.strictObject({
  id: z.uuid(),
  caseId: z.uuid(),
  partnerName: z.string(),
  service: z.string(),
  referredOn: z.string(),
  status: ReferralStatus,
  notes: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ReferralView = z.infer<typeof ReferralView>;
export const ReferralList = z.strictObject({ referrals: z.array(ReferralView) });
export type ReferralList = z.infer<typeof ReferralList>;

// ---- Follow-ups -----------------------------------------------------------------------------------

export const FollowUpCreateInput = z.strictObject({
  id: Uuid.optional(),
  /** A coordinator or a paralegal assigned to the case; the caller when absent. */
  assignedUserId: Uuid.optional(),
  dueOn: CalendarDate,
  task: ShortText(RESPONSE_LIMITS.taskMax),
});
export type FollowUpCreateInput = z.input<typeof FollowUpCreateInput>;

export const FollowUpUpdateInput = z.strictObject({
  assignedUserId: Uuid.optional(),
  dueOn: CalendarDate.optional(),
  task: ShortText(RESPONSE_LIMITS.taskMax).optional(),
  /** true marks it done (by the caller, now); false reopens it. */
  done: z.boolean().optional(),
});
export type FollowUpUpdateInput = z.infer<typeof FollowUpUpdateInput>;

export const FollowUpView = z.strictObject({
  id: z.uuid(),
  caseId: z.uuid(),
  assignedUserId: z.uuid(),
  assignedName: z.string().nullable(),
  dueOn: z.string(),
  task: z.string(),
  overdue: z.boolean(),
  doneAt: z.string().nullable(),
  doneBy: z.uuid().nullable(),
  createdAt: z.string(),
});
export type FollowUpView = z.infer<typeof FollowUpView>;
export const FollowUpList = z.strictObject({ followUps: z.array(FollowUpView) });
export type FollowUpList = z.infer<typeof FollowUpList>;

/** The queue: the caller's follow-ups (or, for a coordinator, everyone's), overdue first. */
export const FollowUpQueueQuery = z.strictObject({
  scope: z.enum(['mine', 'all']).default('mine'),
  status: z.enum(['open', 'done']).default('open'),
});
export type FollowUpQueueQuery = z.infer<typeof FollowUpQueueQuery>;

export const FollowUpQueueItem = FollowUpView.extend({
  caseReference: z.string(),
  caseUrgent: z.boolean(),
});
export type FollowUpQueueItem = z.infer<typeof FollowUpQueueItem>;
export const FollowUpQueue = z.strictObject({ today: z.string(), followUps: z.array(FollowUpQueueItem) });
export type FollowUpQueue = z.infer<typeof FollowUpQueue>;

/** Counts for the home card (no task text: nothing sensitive, nothing to audit). */
export const FollowUpSummary = z.strictObject({
  open: z.number().int(),
  overdue: z.number().int(),
  dueToday: z.number().int(),
});
export type FollowUpSummary = z.infer<typeof FollowUpSummary>;

// ---- Evidence -------------------------------------------------------------------------------------

export const EvidenceUploadInput = FileUploadInput.extend({
  id: Uuid.optional(),
  description: z.string().trim().max(RESPONSE_LIMITS.descriptionMax).nullable().optional(),
});
export type EvidenceUploadInput = z.input<typeof EvidenceUploadInput>;

export const EvidenceView = StoredFileMeta.omit({ id: true }).extend({
  id: z.uuid(),
  caseId: z.uuid(),
  fileId: z.uuid(),
  fileName: z.string(),
  description: z.string().nullable(),
  /** The photo's metadata (EXIF, GPS…) was removed before storing it. */
  metadataRemoved: z.boolean(),
  uploadedBy: z.uuid(),
  uploadedByName: z.string().nullable(),
  createdAt: z.string(),
});
export type EvidenceView = z.infer<typeof EvidenceView>;
export const EvidenceList = z.strictObject({ evidence: z.array(EvidenceView) });
export type EvidenceList = z.infer<typeof EvidenceList>;
