import { z } from 'zod';
import { Name, Notes, Uuid } from './common.schemas';

/** Schemas of shared priorities (issue 7 part 6): consultations, needs, anonymous ranking, decisions. */

export const CONSULTATION_KINDS = ['consultation', 'assembly'] as const;
export const ConsultationKind = z.enum(CONSULTATION_KINDS);
export type ConsultationKind = z.infer<typeof ConsultationKind>;

export const VOTING_STATUSES = ['not_started', 'open', 'closed'] as const;
export const VotingStatus = z.enum(VOTING_STATUSES);
export type VotingStatus = z.infer<typeof VotingStatus>;

/** A need or a decision: a short text, never a person. */
export const ShortText = z.string().trim().min(1).max(280);

const CalendarDate = z.iso.date().refine((value) => value >= '2000-01-01', { message: 'too_small' });

export const ConsultationCreateInput = z.strictObject({
  id: Uuid.optional(),
  title: Name,
  kind: ConsultationKind,
  heldOn: CalendarDate,
  localGroupId: Uuid.nullable().optional(),
});
export type ConsultationCreateInput = z.infer<typeof ConsultationCreateInput>;

export const ConsultationUpdateInput = z.strictObject({
  title: Name.optional(),
  kind: ConsultationKind.optional(),
  heldOn: CalendarDate.optional(),
  localGroupId: Uuid.nullable().optional(),
  /** Minutes of the meeting: free text, encrypted at rest. */
  minutes: Notes.nullable().optional(),
});
export type ConsultationUpdateInput = z.infer<typeof ConsultationUpdateInput>;

export const ConsultationParams = z.strictObject({ orgId: z.uuid(), consultationId: Uuid });
export type ConsultationParams = z.infer<typeof ConsultationParams>;

export const NeedCreateInput = z.strictObject({ id: Uuid.optional(), text: ShortText });
export type NeedCreateInput = z.infer<typeof NeedCreateInput>;
export const DecisionCreateInput = z.strictObject({ id: Uuid.optional(), text: ShortText });
export type DecisionCreateInput = z.infer<typeof DecisionCreateInput>;

/** Open the vote (how many needs each participant ranks, how many ballots at most) or close it. */
export const VotingInput = z.discriminatedUnion('status', [
  z.strictObject({
    status: z.literal('open'),
    topN: z.number().int().min(1).max(10),
    participants: z.number().int().min(1).max(500),
  }),
  z.strictObject({ status: z.literal('closed') }),
]);
export type VotingInput = z.infer<typeof VotingInput>;

export const ConsultationSummary = z.strictObject({
  id: z.string(),
  title: z.string(),
  kind: ConsultationKind,
  heldOn: z.string(),
  localGroupId: z.string().nullable(),
  votingStatus: VotingStatus,
  needCount: z.number().int(),
  decisionCount: z.number().int(),
});
export type ConsultationSummary = z.infer<typeof ConsultationSummary>;
export const ConsultationList = z.strictObject({ consultations: z.array(ConsultationSummary) });
export type ConsultationList = z.infer<typeof ConsultationList>;

export const NeedView = z.strictObject({ id: z.string(), text: z.string() });
export type NeedView = z.infer<typeof NeedView>;
export const DecisionView = z.strictObject({ id: z.string(), text: z.string(), createdAt: z.string() });
export type DecisionView = z.infer<typeof DecisionView>;

export const ConsultationDetail = ConsultationSummary.extend({
  needs: z.array(NeedView),
  decisions: z.array(DecisionView),
  topN: z.number().int().nullable(),
  participants: z.number().int().nullable(),
  /** Ballots opened and handed in: counts only, never which or when. */
  ballots: z.strictObject({ opened: z.number().int(), submitted: z.number().int() }),
  /** Present only for roles that may read minutes (the read is audited). */
  minutes: z.string().nullable().optional(),
});
export type ConsultationDetail = z.infer<typeof ConsultationDetail>;

/** A random ballot token (256 bits, base64url): it lives only in the participant's browser. */
export const PriorityBallotToken = z.string().regex(/^[A-Za-z0-9_-]{43}$/, { message: 'invalid_format' });
export const PriorityBallotParams = z.strictObject({ token: PriorityBallotToken });
export type PriorityBallotParams = z.infer<typeof PriorityBallotParams>;
export const PriorityBallotOpened = z.strictObject({ token: z.string() });
export type PriorityBallotOpened = z.infer<typeof PriorityBallotOpened>;

export const PriorityBallotView = z.strictObject({
  consultation: z.strictObject({ title: z.string(), heldOn: z.string() }),
  needs: z.array(NeedView),
  topN: z.number().int(),
  submitted: z.boolean(),
  open: z.boolean(),
});
export type PriorityBallotView = z.infer<typeof PriorityBallotView>;

/** The participant's choice: need ids, most important first; 1 to topN distinct needs. */
export const PriorityBallotInput = z.strictObject({ ranking: z.array(Uuid).min(1).max(10) });
export type PriorityBallotInput = z.infer<typeof PriorityBallotInput>;

export const PriorityResultRow = z.strictObject({
  needId: z.string(),
  text: z.string(),
  points: z.number().int(),
  firstChoices: z.number().int(),
  rank: z.number().int(),
});
export const PriorityResults = z.strictObject({
  submitted: z.number().int(),
  minimumBallots: z.number().int(),
  method: z.literal('borda'),
  rows: z.array(PriorityResultRow),
});
export type PriorityResults = z.infer<typeof PriorityResults>;
