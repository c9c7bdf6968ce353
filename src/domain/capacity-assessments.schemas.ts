import { z } from 'zod';
import { LocalizedTextView, LevelDescriptionsView } from './capacity-framework.schemas';
import { Name, Notes, Uuid } from './common.schemas';
import { StoredFileMeta } from './files.schemas';

/** Schemas of participatory capacity assessments (issue 6): sessions, anonymous ballots, consensus, results. */

export const PARTICIPANT_ROLES = ['board', 'staff', 'promotora', 'member', 'volunteer', 'other'] as const;
export const ParticipantRole = z.enum(PARTICIPANT_ROLES);
export type ParticipantRole = z.infer<typeof ParticipantRole>;

export const ASSESSMENT_STATUSES = ['draft', 'scoring', 'consensus', 'completed'] as const;
export const AssessmentStatus = z.enum(ASSESSMENT_STATUSES);
export type AssessmentStatus = z.infer<typeof AssessmentStatus>;

const CalendarDate = z.iso.date().refine((value) => value >= '2000-01-01', { message: 'too_small' });

/** Participants by role and count, never by name; one line per role. */
export const AssessmentParticipants = z
  .array(z.strictObject({ role: ParticipantRole, count: z.number().int().min(1).max(500) }))
  .min(1)
  .max(PARTICIPANT_ROLES.length)
  .refine((groups) => new Set(groups.map((group) => group.role)).size === groups.length, {
    message: 'invalid_value',
  });
export type AssessmentParticipants = z.infer<typeof AssessmentParticipants>;

export const AssessmentCreateInput = z.strictObject({
  id: Uuid.optional(),
  title: Name,
  heldOn: CalendarDate,
  facilitator: Name,
  participants: AssessmentParticipants,
});
export type AssessmentCreateInput = z.infer<typeof AssessmentCreateInput>;

export const AssessmentUpdateInput = z.strictObject({
  title: Name.optional(),
  heldOn: CalendarDate.optional(),
  facilitator: Name.optional(),
  participants: AssessmentParticipants.optional(),
});
export type AssessmentUpdateInput = z.infer<typeof AssessmentUpdateInput>;

export const AssessmentStatusInput = z.strictObject({ status: AssessmentStatus });
export type AssessmentStatusInput = z.infer<typeof AssessmentStatusInput>;

export const AssessmentParams = z.strictObject({ orgId: z.uuid(), assessmentId: Uuid });
export type AssessmentParams = z.infer<typeof AssessmentParams>;
export const AssessmentItemParams = z.strictObject({ orgId: z.uuid(), assessmentId: Uuid, itemId: Uuid });
export type AssessmentItemParams = z.infer<typeof AssessmentItemParams>;
export const AssessmentFileParams = z.strictObject({ orgId: z.uuid(), assessmentId: Uuid, fileId: Uuid });
export type AssessmentFileParams = z.infer<typeof AssessmentFileParams>;

export const AssessmentSummary = z.strictObject({
  id: z.string(),
  title: z.string(),
  heldOn: z.string(),
  facilitator: z.string(),
  participants: z.array(z.strictObject({ role: ParticipantRole, count: z.number().int() })),
  participantTotal: z.number().int(),
  status: AssessmentStatus,
  frameworkId: z.string(),
  frameworkVersion: z.number().int(),
  createdAt: z.string(),
  completedAt: z.string().nullable(),
});
export type AssessmentSummary = z.infer<typeof AssessmentSummary>;

export const AssessmentList = z.strictObject({ assessments: z.array(AssessmentSummary) });
export type AssessmentList = z.infer<typeof AssessmentList>;

/** A score 1–4, or null for N/A. */
export const CapacityScoreInput = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.null()]);

export const SpreadView = z.strictObject({
  '1': z.number().int(),
  '2': z.number().int(),
  '3': z.number().int(),
  '4': z.number().int(),
  na: z.number().int(),
});
export type SpreadView = z.infer<typeof SpreadView>;

export const EvidenceView = StoredFileMeta.extend({ fileName: z.string(), createdAt: z.string() });
export type EvidenceView = z.infer<typeof EvidenceView>;

export const ConsensusView = z.strictObject({
  score: CapacityScoreInput,
  justification: z.string().nullable(),
  decidedAt: z.string(),
  evidence: z.array(EvidenceView),
});
export type ConsensusView = z.infer<typeof ConsensusView>;

export const AssessmentItemView = z.strictObject({
  id: z.string(),
  key: z.string(),
  statement: LocalizedTextView,
  levels: LevelDescriptionsView,
  consensus: ConsensusView.nullable(),
  /** Counts per level of the individual scores: only once scoring is closed and ≥ 3 ballots were submitted. */
  spread: SpreadView.nullable(),
});
export type AssessmentItemView = z.infer<typeof AssessmentItemView>;

export const AssessmentDomainView = z.strictObject({
  id: z.string(),
  key: z.string(),
  labels: LocalizedTextView,
  items: z.array(AssessmentItemView),
});
export type AssessmentDomainView = z.infer<typeof AssessmentDomainView>;

export const AssessmentDetail = AssessmentSummary.extend({
  ballots: z.strictObject({ opened: z.number().int(), submitted: z.number().int() }),
  spreadVisible: z.boolean(),
  domains: z.array(AssessmentDomainView),
});
export type AssessmentDetail = z.infer<typeof AssessmentDetail>;

/** A random ballot token (256 bits, base64url): it lives only in the participant's browser. */
export const BallotToken = z.string().regex(/^[A-Za-z0-9_-]{43}$/, { message: 'invalid_format' });
export const BallotParams = z.strictObject({ token: BallotToken });
export type BallotParams = z.infer<typeof BallotParams>;

export const BallotOpened = z.strictObject({ token: z.string() });
export type BallotOpened = z.infer<typeof BallotOpened>;

export const BallotItemView = z.strictObject({
  id: z.string(),
  key: z.string(),
  statement: LocalizedTextView,
  levels: LevelDescriptionsView,
});

/** What the holder of a ballot token sees: the items and her own scores, nothing else. */
export const BallotView = z.strictObject({
  assessment: z.strictObject({ title: z.string(), heldOn: z.string() }),
  domains: z.array(
    z.strictObject({ key: z.string(), labels: LocalizedTextView, items: z.array(BallotItemView) }),
  ),
  scores: z.array(z.strictObject({ itemId: z.string(), score: CapacityScoreInput })),
  submitted: z.boolean(),
  /** False once submitted or once the facilitator closed scoring. */
  open: z.boolean(),
});
export type BallotView = z.infer<typeof BallotView>;

export const BallotSaveInput = z.strictObject({
  scores: z.array(z.strictObject({ itemId: Uuid, score: CapacityScoreInput })).max(300),
  /** Hand the ballot in: it can no longer be changed. */
  submit: z.boolean().optional(),
});
export type BallotSaveInput = z.infer<typeof BallotSaveInput>;

export const ConsensusInput = z.strictObject({
  score: CapacityScoreInput,
  justification: Notes.optional(),
});
export type ConsensusInput = z.infer<typeof ConsensusInput>;

const Change = z.strictObject({
  current: z.number().nullable(),
  /** null: N/A or not scored then; absent from the previous assessment: `inPrevious` false. */
  previous: z.number().nullable(),
  inPrevious: z.boolean(),
  delta: z.number().nullable(),
});

export const ResultDomain = z.strictObject({
  key: z.string(),
  labels: LocalizedTextView,
  score: z.number().nullable(),
  itemCount: z.number().int(),
  scoredCount: z.number().int(),
  comparison: Change.nullable(),
});
export type ResultDomain = z.infer<typeof ResultDomain>;

export const ResultItem = z.strictObject({
  id: z.string(),
  key: z.string(),
  domainKey: z.string(),
  statement: LocalizedTextView,
  /** False while the group has not agreed a score. */
  decided: z.boolean(),
  score: CapacityScoreInput,
  comparison: Change.nullable(),
});
export type ResultItem = z.infer<typeof ResultItem>;

export const CompletedActionView = z.strictObject({
  id: z.string(),
  title: z.string(),
  itemKeys: z.array(z.string()),
  completedOn: z.string().nullable(),
});

export const AssessmentResults = z.strictObject({
  assessment: AssessmentSummary,
  domains: z.array(ResultDomain),
  items: z.array(ResultItem),
  strengths: z.array(z.string()),
  weaknesses: z.array(z.string()),
  previous: z.strictObject({ id: z.string(), title: z.string(), heldOn: z.string() }).nullable(),
  /** Actions of the action plan completed since the previous assessment (when the plan module exists). */
  completedActions: z.array(CompletedActionView),
});
export type AssessmentResults = z.infer<typeof AssessmentResults>;

export const EvidenceUploaded = EvidenceView;
