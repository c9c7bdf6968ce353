import { z } from 'zod';
import {
  CASE_CONSENT_PURPOSES,
  CASE_OUTCOMES,
  CASE_STATUSES,
  PERPETRATOR_TYPES,
  URGENT_CHECKLIST,
} from './cases';
import { Uuid } from './common.schemas';

export const CaseStatus = z.enum(CASE_STATUSES);
export const CaseOutcome = z.enum(CASE_OUTCOMES);
export const OCCURRED_PRECISIONS = ['day', 'month', 'approximate'] as const;
export const OccurredPrecision = z.enum(OCCURRED_PRECISIONS);
export const LOCATION_TYPES = [
  'street',
  'police_station',
  'clinic',
  'home',
  'venue',
  'online',
  'other',
] as const;
export const LocationType = z.enum(LOCATION_TYPES);
export const SOURCE_TYPES = ['victim', 'witness', 'promotora', 'family', 'media', 'other'] as const;
export const SourceType = z.enum(SOURCE_TYPES);
export const SOURCE_RELIABILITIES = ['high', 'medium', 'low', 'unknown'] as const;
export const SourceReliability = z.enum(SOURCE_RELIABILITIES);
export const CASE_NEEDS = [
  'legal',
  'medical',
  'psychosocial',
  'shelter',
  'economic',
  'safety',
  'other',
] as const;
export const CaseNeed = z.enum(CASE_NEEDS);
export const ACT_METHODS = [
  'physical_force',
  'weapon',
  'threat',
  'detention',
  'extortion',
  'online',
  'other',
] as const;
export const ActMethod = z.enum(ACT_METHODS);
export const CONSEQUENCES = ['physical', 'psychological', 'economic'] as const;
export const Consequence = z.enum(CONSEQUENCES);
export const PerpetratorType = z.enum(PERPETRATOR_TYPES);
export const CaseConsentPurpose = z.enum(CASE_CONSENT_PURPOSES);
export const IntakeChannel = z.enum(['paralegal', 'self_report']);
export const UrgentChecklistItem = z.enum(URGENT_CHECKLIST);

export const CASE_LIMITS = {
  narrativeMax: 20_000,
  perpetratorNameMax: 200,
  breakGlassReasonMin: 10,
  breakGlassReasonMax: 1000,
  actsMax: 20,
  victimsMax: 50,
  perpetratorsMax: 20,
  anonymousCountMax: 1000,
  listMax: 200,
} as const;

const distinct = <T>(items: readonly T[]) => new Set(items).size === items.length;
const set = <S extends z.ZodType>(item: S, max: number) =>
  z.array(item).max(max).refine(distinct, { message: 'duplicate' });
const CalendarDate = z.iso.date();
export const ActTypeKey = z.string().regex(/^[a-z][a-z0-9_]{1,47}$/);

export const CaseParams = z.strictObject({ orgId: z.uuid(), caseId: z.uuid() });
export const CaseActParams = z.strictObject({ orgId: z.uuid(), caseId: z.uuid(), actId: z.uuid() });
export const CaseVictimParams = z.strictObject({ orgId: z.uuid(), caseId: z.uuid(), victimId: z.uuid() });
export const CasePerpetratorParams = z.strictObject({
  orgId: z.uuid(),
  caseId: z.uuid(),
  perpetratorId: z.uuid(),
});
export const CaseAssigneeParams = z.strictObject({ orgId: z.uuid(), caseId: z.uuid(), userId: z.uuid() });

export const ActInput = z.strictObject({
  id: Uuid.optional(),
  actType: ActTypeKey,
  method: ActMethod.nullable().optional(),
  consequences: set(Consequence, CONSEQUENCES.length).default([]),
});
export type ActInput = z.input<typeof ActInput>;

/** A victim: a registered member by her display code, or an anonymous person or group with a count. */
export const VictimInput = z.union([
  z.strictObject({ id: Uuid.optional(), memberCode: z.string().trim().min(3).max(12) }),
  z.strictObject({
    id: Uuid.optional(),
    anonymousCount: z.number().int().min(1).max(CASE_LIMITS.anonymousCountMax),
  }),
]);
export type VictimInput = z.input<typeof VictimInput>;

export const PerpetratorInput = z.strictObject({
  id: Uuid.optional(),
  perpetratorType: PerpetratorType,
  count: z.number().int().min(1).max(1000).default(1),
  /** Only if strictly needed; always encrypted. */
  name: z.string().trim().min(1).max(CASE_LIMITS.perpetratorNameMax).nullable().optional(),
});
export type PerpetratorInput = z.input<typeof PerpetratorInput>;

export const ConsentAnswers = z.strictObject({
  record: z.boolean(),
  follow_up: z.boolean(),
  advocacy_anonymized: z.boolean(),
  network_share: z.boolean(),
});
export type ConsentAnswers = z.infer<typeof ConsentAnswers>;

/** The intake wizard's whole answer, sent once at the end. */
export const CaseIntakeInput = z.strictObject({
  id: Uuid.optional(),
  consents: ConsentAnswers,
  consentRecordedOn: CalendarDate.optional(),
  urgent: z.boolean().default(false),
  occurredOn: CalendarDate.nullable().optional(),
  occurredPrecision: OccurredPrecision.default('day'),
  areaId: Uuid.nullable().optional(),
  locationType: LocationType.nullable().optional(),
  acts: z.array(ActInput).min(1).max(CASE_LIMITS.actsMax),
  victims: z.array(VictimInput).min(1).max(CASE_LIMITS.victimsMax),
  perpetrators: z.array(PerpetratorInput).max(CASE_LIMITS.perpetratorsMax).default([]),
  sourceType: SourceType.nullable().optional(),
  sourceReliability: SourceReliability.default('unknown'),
  narrative: z.string().max(CASE_LIMITS.narrativeMax).nullable().optional(),
  needs: set(CaseNeed, CASE_NEEDS.length).default([]),
});
export type CaseIntakeInput = z.input<typeof CaseIntakeInput>;

export const CaseUpdateInput = z.strictObject({
  urgent: z.boolean().optional(),
  occurredOn: CalendarDate.nullable().optional(),
  occurredPrecision: OccurredPrecision.optional(),
  areaId: Uuid.nullable().optional(),
  locationType: LocationType.nullable().optional(),
  sourceType: SourceType.nullable().optional(),
  sourceReliability: SourceReliability.optional(),
  narrative: z.string().max(CASE_LIMITS.narrativeMax).nullable().optional(),
  needs: set(CaseNeed, CASE_NEEDS.length).optional(),
});
export type CaseUpdateInput = z.infer<typeof CaseUpdateInput>;

export const CaseStatusInput = z.strictObject({
  status: CaseStatus,
  outcome: CaseOutcome.nullable().optional(),
});
export type CaseStatusInput = z.infer<typeof CaseStatusInput>;

export const CaseAssignInput = z.strictObject({ userId: Uuid });
export const CaseConsentInput = z.strictObject({
  purpose: CaseConsentPurpose,
  granted: z.boolean(),
  recordedOn: CalendarDate.optional(),
});
export type CaseConsentInput = z.infer<typeof CaseConsentInput>;

export const BreakGlassInput = z.strictObject({
  reason: z.string().trim().min(CASE_LIMITS.breakGlassReasonMin).max(CASE_LIMITS.breakGlassReasonMax),
});

const BoolString = z.enum(['true', 'false']).transform((v) => v === 'true');
export const CaseListQuery = z.strictObject({
  status: z.enum([...CASE_STATUSES, 'active']).optional(),
  urgent: BoolString.optional(),
  mine: BoolString.optional(),
  actType: ActTypeKey.optional(),
  limit: z.coerce.number().int().min(1).max(CASE_LIMITS.listMax).default(100),
});
export type CaseListQuery = z.infer<typeof CaseListQuery>;

// ── Views

export const CaseListItem = z.strictObject({
  id: z.string(),
  reference: z.string(),
  status: CaseStatus,
  outcome: CaseOutcome.nullable(),
  urgent: z.boolean(),
  occurredOn: z.string().nullable(),
  occurredPrecision: OccurredPrecision,
  locationType: LocationType.nullable(),
  actTypes: z.array(z.string()),
  needs: z.array(CaseNeed),
  assignedToMe: z.boolean(),
  assigneeCount: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type CaseListItem = z.infer<typeof CaseListItem>;
export const CaseList = z.strictObject({ cases: z.array(CaseListItem) });
export type CaseList = z.infer<typeof CaseList>;

export const CaseActView = z.strictObject({
  id: z.string(),
  actType: z.string(),
  method: ActMethod.nullable(),
  consequences: z.array(Consequence),
});
export type CaseActView = z.infer<typeof CaseActView>;

/** Readers without sensitive access see a victim's kind and count, never the member code. */
export const CaseVictimView = z.strictObject({
  id: z.string(),
  kind: z.enum(['member', 'anonymous']),
  count: z.number().int(),
  memberId: z.string().nullable(),
  memberCode: z.string().nullable(),
});
export type CaseVictimView = z.infer<typeof CaseVictimView>;

export const CasePerpetratorView = z.strictObject({
  id: z.string(),
  perpetratorType: PerpetratorType,
  state: z.boolean(),
  count: z.number().int(),
  hasName: z.boolean(),
  /** Only with sensitive access. */
  name: z.string().nullable(),
});
export type CasePerpetratorView = z.infer<typeof CasePerpetratorView>;

export const ConsentState = z.strictObject({ granted: z.boolean(), recordedOn: z.string() }).nullable();
export const CaseConsentView = z.strictObject({
  id: z.string(),
  purpose: CaseConsentPurpose,
  granted: z.boolean(),
  recordedOn: z.string(),
  recordedBy: z.string().nullable(),
  createdAt: z.string(),
});
export const CaseAssigneeView = z.strictObject({
  userId: z.string(),
  displayName: z.string(),
  assignedAt: z.string(),
});
export const BreakGlassView = z.strictObject({
  id: z.string(),
  userId: z.string(),
  displayName: z.string(),
  grantedAt: z.string(),
  expiresAt: z.string(),
  active: z.boolean(),
  /** The reason, for the assigned paralegals and coordinators only. */
  reason: z.string().nullable(),
});
export type BreakGlassView = z.infer<typeof BreakGlassView>;

export const SensitiveAccess = z.enum(['coordinator', 'assigned', 'break_glass', 'none']);
export type SensitiveAccess = z.infer<typeof SensitiveAccess>;

export const CaseView = z.strictObject({
  id: z.string(),
  reference: z.string(),
  status: CaseStatus,
  outcome: CaseOutcome.nullable(),
  urgent: z.boolean(),
  occurredOn: z.string().nullable(),
  occurredPrecision: OccurredPrecision,
  areaId: z.string().nullable(),
  areaName: z.string().nullable(),
  locationType: LocationType.nullable(),
  sourceType: SourceType.nullable(),
  sourceReliability: SourceReliability,
  needs: z.array(CaseNeed),
  intakeChannel: IntakeChannel,
  selfReportId: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  closedAt: z.string().nullable(),
  consents: z.strictObject({
    record: ConsentState,
    follow_up: ConsentState,
    advocacy_anonymized: ConsentState,
    network_share: ConsentState,
  }),
  consentHistory: z.array(CaseConsentView),
  acts: z.array(CaseActView),
  victims: z.array(CaseVictimView),
  perpetrators: z.array(CasePerpetratorView),
  assignees: z.array(CaseAssigneeView),
  breakGlass: z.array(BreakGlassView),
  access: SensitiveAccess,
  /** Until when the caller's own break-the-glass lasts. */
  breakGlassExpiresAt: z.string().nullable(),
  /** The narrative, only with sensitive access (null otherwise, and when none was written). */
  narrative: z.string().nullable(),
  hasNarrative: z.boolean(),
  nextStatuses: z.array(CaseStatus),
});
export type CaseView = z.infer<typeof CaseView>;

export const CaseEventView = z.strictObject({
  id: z.string(),
  kind: z.string(),
  actor: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
  at: z.string(),
});
export type CaseEventView = z.infer<typeof CaseEventView>;
export const CaseTimeline = z.strictObject({ events: z.array(CaseEventView) });
export type CaseTimeline = z.infer<typeof CaseTimeline>;

export const ActTypeView = z.strictObject({
  key: ActTypeKey,
  labels: z.strictObject({ es: z.string(), 'pt-BR': z.string(), en: z.string() }),
  active: z.boolean(),
  position: z.number().int(),
});
export type ActTypeView = z.infer<typeof ActTypeView>;
export const ActTypeList = z.strictObject({ actTypes: z.array(ActTypeView) });
export type ActTypeList = z.infer<typeof ActTypeList>;
export const ActTypesInput = z.strictObject({
  actTypes: z
    .array(
      z.strictObject({
        key: ActTypeKey,
        labels: z.strictObject({
          es: z.string().trim().min(1).max(120),
          'pt-BR': z.string().trim().min(1).max(120),
          en: z.string().trim().min(1).max(120),
        }),
        active: z.boolean(),
      }),
    )
    .min(1)
    .max(60)
    .refine((items) => distinct(items.map((i) => i.key)), { message: 'duplicate' }),
});
export type ActTypesInput = z.infer<typeof ActTypesInput>;
