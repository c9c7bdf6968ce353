import { z } from 'zod';
import { BarrierStatus } from './barriers.schemas';
import { PublishedCountSchema } from './case-analysis.schemas';
import { Uuid } from './common.schemas';
import { CountryCode } from './countries';

/**
 * Advocacy with authorities (issue 7 §3): engagements with a public office, the asks presented, the
 * commitments obtained and their follow-up; policy spaces where the organization holds a seat; links
 * to the human-rights cases and structural barriers each engagement draws on (violation → barrier →
 * engagement → policy change).
 */
export const AUTHORITY_TYPES = [
  'governor',
  'mayor',
  'police_command',
  'ministry',
  'legislature',
  'health_authority',
  'ombudsperson',
  'judiciary',
  'other',
] as const;
export const AuthorityType = z.enum(AUTHORITY_TYPES);
export type AuthorityType = z.infer<typeof AuthorityType>;

export const COMMITMENT_STATUSES = ['pending', 'kept', 'partly_kept', 'broken'] as const;
export const CommitmentStatus = z.enum(COMMITMENT_STATUSES);
export type CommitmentStatus = z.infer<typeof CommitmentStatus>;

/** Where the engagement led: the end of the loop. */
export const OUTCOME_KINDS = [
  'none',
  'commitment_kept',
  'law_changed',
  'policy_changed',
  'practice_changed',
] as const;
export const OutcomeKind = z.enum(OUTCOME_KINDS);
export type OutcomeKind = z.infer<typeof OutcomeKind>;

export const POLICY_SPACE_KINDS = [
  'ccm',
  'aids_council',
  'municipal_table',
  'health_council',
  'human_rights_council',
  'other',
] as const;
export const PolicySpaceKind = z.enum(POLICY_SPACE_KINDS);
export type PolicySpaceKind = z.infer<typeof PolicySpaceKind>;

export const ADVOCACY_LIMITS = {
  officeMax: 200,
  textMax: 4000,
  commitmentMax: 1000,
  commitmentsMax: 20,
  linksMax: 50,
} as const;

const CalendarDate = z.iso.date().refine((value) => value >= '2000-01-01', { message: 'too_small' });
const Office = z.string().trim().min(1).max(ADVOCACY_LIMITS.officeMax);
const LongText = z.string().trim().max(ADVOCACY_LIMITS.textMax);
const distinct = (ids: readonly string[]) => new Set(ids).size === ids.length;
const IdSet = z.array(Uuid).max(ADVOCACY_LIMITS.linksMax).refine(distinct, { message: 'duplicate' });

export const EngagementParams = z.strictObject({ orgId: z.uuid(), engagementId: z.uuid() });
export const CommitmentParams = z.strictObject({
  orgId: z.uuid(),
  engagementId: z.uuid(),
  commitmentId: z.uuid(),
});
export const SeatParams = z.strictObject({ orgId: z.uuid(), seatId: z.uuid() });
export const BarrierLoopParams = z.strictObject({ orgId: z.uuid(), barrierId: z.uuid() });

export const CommitmentInput = z.strictObject({
  description: z.string().trim().min(1).max(ADVOCACY_LIMITS.commitmentMax),
  followUpOn: CalendarDate,
});
export type CommitmentInput = z.infer<typeof CommitmentInput>;

export const CommitmentUpdateInput = z.strictObject({
  description: z.string().trim().min(1).max(ADVOCACY_LIMITS.commitmentMax).optional(),
  followUpOn: CalendarDate.optional(),
  status: CommitmentStatus.optional(),
});
export type CommitmentUpdateInput = z.infer<typeof CommitmentUpdateInput>;

export const EngagementCreateInput = z.strictObject({
  id: Uuid.optional(),
  authorityType: AuthorityType,
  /** The public office (a title such as "Alcaldía de San Salvador"), never a private person. */
  officeTitle: Office,
  countryCode: CountryCode,
  engagedOn: CalendarDate,
  asks: LongText.default(''),
  outcomeKind: OutcomeKind.default('none'),
  outcome: LongText.default(''),
  commitments: z.array(CommitmentInput).max(ADVOCACY_LIMITS.commitmentsMax).default([]),
  caseIds: IdSet.default([]),
  barrierIds: IdSet.default([]),
});
export type EngagementCreateInput = z.input<typeof EngagementCreateInput>;

export const EngagementUpdateInput = z.strictObject({
  authorityType: AuthorityType.optional(),
  officeTitle: Office.optional(),
  countryCode: CountryCode.optional(),
  engagedOn: CalendarDate.optional(),
  asks: LongText.optional(),
  outcomeKind: OutcomeKind.optional(),
  outcome: LongText.optional(),
  /** The whole set of linked cases / barriers (replaces the previous one). */
  caseIds: IdSet.optional(),
  barrierIds: IdSet.optional(),
});
export type EngagementUpdateInput = z.infer<typeof EngagementUpdateInput>;

export const EngagementListQuery = z.strictObject({
  barrierId: z.uuid().optional(),
  from: CalendarDate.optional(),
  to: CalendarDate.optional(),
});
export type EngagementListQuery = z.infer<typeof EngagementListQuery>;

export const CommitmentView = z.strictObject({
  id: z.string(),
  engagementId: z.string(),
  description: z.string(),
  followUpOn: z.string(),
  status: CommitmentStatus,
  /** Pending with a follow-up date today or earlier. */
  due: z.boolean(),
});
export type CommitmentView = z.infer<typeof CommitmentView>;

export const CommitmentTally = z.strictObject({
  total: z.int(),
  pending: z.int(),
  kept: z.int(),
  partlyKept: z.int(),
  broken: z.int(),
});
export type CommitmentTally = z.infer<typeof CommitmentTally>;

export const EngagementSummary = z.strictObject({
  id: z.string(),
  authorityType: AuthorityType,
  officeTitle: z.string(),
  countryCode: z.string(),
  engagedOn: z.string(),
  outcomeKind: OutcomeKind,
  commitments: CommitmentTally,
});
export type EngagementSummary = z.infer<typeof EngagementSummary>;

export const EngagementList = z.strictObject({ today: z.string(), engagements: z.array(EngagementSummary) });
export type EngagementList = z.infer<typeof EngagementList>;

export const LinkedBarrier = z.strictObject({ id: z.string(), title: z.string(), status: BarrierStatus });

/**
 * Linked cases: how many, and their references only for roles that may see that cases exist
 * (`hr_case.list`); never any case content.
 */
export const LinkedCases = z.strictObject({
  count: z.int(),
  references: z.array(z.strictObject({ id: z.string(), reference: z.string() })).nullable(),
});

export const EngagementView = z.strictObject({
  id: z.string(),
  authorityType: AuthorityType,
  officeTitle: z.string(),
  countryCode: z.string(),
  engagedOn: z.string(),
  asks: z.string(),
  outcomeKind: OutcomeKind,
  outcome: z.string(),
  commitments: z.array(CommitmentView),
  barriers: z.array(LinkedBarrier),
  cases: LinkedCases,
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type EngagementView = z.infer<typeof EngagementView>;

export const DueCommitment = CommitmentView.extend({
  officeTitle: z.string(),
  authorityType: AuthorityType,
});
export const DueCommitmentList = z.strictObject({ today: z.string(), commitments: z.array(DueCommitment) });
export type DueCommitmentList = z.infer<typeof DueCommitmentList>;

// ── Policy spaces

export const SeatHolderInput = z.union([
  z.strictObject({ userId: Uuid }),
  z.strictObject({ memberId: Uuid }),
]);

export const SeatCreateInput = z.strictObject({
  id: Uuid.optional(),
  spaceKind: PolicySpaceKind,
  spaceName: z.string().trim().min(1).max(ADVOCACY_LIMITS.officeMax),
  holder: SeatHolderInput,
  heldSince: CalendarDate,
  heldUntil: CalendarDate.nullable().default(null),
});
export type SeatCreateInput = z.input<typeof SeatCreateInput>;

export const SeatUpdateInput = z.strictObject({
  spaceName: z.string().trim().min(1).max(ADVOCACY_LIMITS.officeMax).optional(),
  holder: SeatHolderInput.optional(),
  heldSince: CalendarDate.optional(),
  heldUntil: CalendarDate.nullable().optional(),
});
export type SeatUpdateInput = z.infer<typeof SeatUpdateInput>;

export const SeatMeetingInput = z.strictObject({
  metOn: CalendarDate,
  positions: LongText.default(''),
});
export type SeatMeetingInput = z.input<typeof SeatMeetingInput>;

export const SeatView = z.strictObject({
  id: z.string(),
  spaceKind: PolicySpaceKind,
  spaceName: z.string(),
  /** A staff member's display name or a member's display code; never both. */
  holder: z.strictObject({
    kind: z.enum(['user', 'member']),
    id: z.string(),
    label: z.string(),
  }),
  heldSince: z.string(),
  heldUntil: z.string().nullable(),
  active: z.boolean(),
  meetings: z.array(z.strictObject({ id: z.string(), metOn: z.string(), positions: z.string() })),
});
export type SeatView = z.infer<typeof SeatView>;

export const SeatList = z.strictObject({ seats: z.array(SeatView) });
export type SeatList = z.infer<typeof SeatList>;

// ── The loop on a barrier's page

export const BarrierLoop = z.strictObject({
  barrierId: z.string(),
  threshold: z.int(),
  /** Consented linked cases, suppressed like the register. */
  caseCount: PublishedCountSchema,
  /** References of every linked case, for roles that may see cases exist; null otherwise. */
  caseReferences: z.array(z.strictObject({ id: z.string(), reference: z.string() })).nullable(),
  engagements: z.array(EngagementSummary),
});
export type BarrierLoop = z.infer<typeof BarrierLoop>;

/** A pending commitment whose follow-up day has come. */
export function isCommitmentDue(status: CommitmentStatus, followUpOn: string, today: string): boolean {
  return status === 'pending' && followUpOn <= today;
}

/** Counts of commitments by status. */
export function tallyCommitments(statuses: readonly CommitmentStatus[]): CommitmentTally {
  const count = (s: CommitmentStatus) => statuses.filter((x) => x === s).length;
  return {
    total: statuses.length,
    pending: count('pending'),
    kept: count('kept'),
    partlyKept: count('partly_kept'),
    broken: count('broken'),
  };
}
