import { z } from 'zod';
import { Uuid } from './common.schemas';

/**
 * Trainings (issue 7 §1): courses for the collective and sensitization courses for external actors,
 * their sessions, and attendance — members by display code (coordinators alone see who came) or
 * counts by participant type for external actors. Scores are kept per attendance row, without names.
 */
export const COLLECTIVE_TRAINING_KINDS = [
  'leadership',
  'rights',
  'hiv_health',
  'org_management',
  'paralegal',
  'digital_safety',
] as const;
export const EXTERNAL_TRAINING_KINDS = [
  'sensitization_health',
  'sensitization_police',
  'sensitization_social_services',
  'sensitization_justice',
  'sensitization_media',
] as const;
export const TRAINING_KINDS = [...COLLECTIVE_TRAINING_KINDS, ...EXTERNAL_TRAINING_KINDS] as const;
export const TrainingKind = z.enum(TRAINING_KINDS);
export type TrainingKind = z.infer<typeof TrainingKind>;
export type TrainingAudience = 'collective' | 'external';

/** Collective courses train members; sensitization courses train the people who serve or police them. */
export function trainingAudience(kind: TrainingKind): TrainingAudience {
  return (EXTERNAL_TRAINING_KINDS as readonly string[]).includes(kind) ? 'external' : 'collective';
}

/** Who attends a session besides members (counted, never listed). */
export const PARTICIPANT_TYPES = [
  'health_provider',
  'police',
  'social_services',
  'justice',
  'media',
  'other',
] as const;
export const ParticipantType = z.enum(PARTICIPANT_TYPES);
export type ParticipantType = z.infer<typeof ParticipantType>;

export const TRAINING_LIMITS = {
  titleMax: 160,
  descriptionMax: 2000,
  placeMax: 160,
  facilitatorRoleMax: 80,
  facilitatorsMax: 10,
  linksMax: 10,
  linkMax: 500,
  countMax: 10_000,
  scoreMax: 100,
  chosenNameMax: 60,
} as const;

const CalendarDate = z.iso.date().refine((value) => value >= '2000-01-01', { message: 'too_small' });
const Score = z.number().min(0).max(TRAINING_LIMITS.scoreMax);
const Link = z.url({ protocol: /^https?$/ }).max(TRAINING_LIMITS.linkMax);
const Time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);

export const CourseCreateInput = z.strictObject({
  id: Uuid.optional(),
  kind: TrainingKind,
  title: z.string().trim().min(1).max(TRAINING_LIMITS.titleMax),
  description: z.string().trim().max(TRAINING_LIMITS.descriptionMax).default(''),
});
export type CourseCreateInput = z.input<typeof CourseCreateInput>;

export const CourseView = z.strictObject({
  id: z.string(),
  kind: TrainingKind,
  audience: z.enum(['collective', 'external']),
  title: z.string(),
  description: z.string(),
  sessionCount: z.int(),
  createdAt: z.string(),
});
export type CourseView = z.infer<typeof CourseView>;
export const CourseList = z.strictObject({ courses: z.array(CourseView) });
export type CourseList = z.infer<typeof CourseList>;

export const ExternalCount = z.strictObject({
  participantType: ParticipantType,
  count: z.int().min(1).max(TRAINING_LIMITS.countMax),
});
export type ExternalCount = z.infer<typeof ExternalCount>;

const sessionFields = {
  heldOn: CalendarDate,
  startTime: Time.nullable().optional(),
  place: z.string().trim().max(TRAINING_LIMITS.placeMax).default(''),
  areaId: Uuid.nullable().optional(),
  facilitatorUserIds: z.array(Uuid).max(TRAINING_LIMITS.facilitatorsMax).default([]),
  /** A facilitator who has no account, by role only ("abogada aliada"), never a name. */
  facilitatorRoles: z
    .array(z.string().trim().min(1).max(TRAINING_LIMITS.facilitatorRoleMax))
    .max(TRAINING_LIMITS.facilitatorsMax)
    .default([]),
  materialLinks: z.array(Link).max(TRAINING_LIMITS.linksMax).default([]),
};

export const SessionCreateInput = z.strictObject({ id: Uuid.optional(), courseId: Uuid, ...sessionFields });
export type SessionCreateInput = z.input<typeof SessionCreateInput>;

/** External actors counted by type (replaces the list) and session-average scores. */
export const SessionUpdateInput = z.strictObject({
  heldOn: sessionFields.heldOn.optional(),
  startTime: sessionFields.startTime,
  place: z.string().trim().max(TRAINING_LIMITS.placeMax).optional(),
  areaId: sessionFields.areaId,
  facilitatorUserIds: z.array(Uuid).max(TRAINING_LIMITS.facilitatorsMax).optional(),
  facilitatorRoles: z
    .array(z.string().trim().min(1).max(TRAINING_LIMITS.facilitatorRoleMax))
    .max(TRAINING_LIMITS.facilitatorsMax)
    .optional(),
  materialLinks: z.array(Link).max(TRAINING_LIMITS.linksMax).optional(),
  externalCounts: z.array(ExternalCount).max(PARTICIPANT_TYPES.length).optional(),
  preScoreAvg: Score.nullable().optional(),
  postScoreAvg: Score.nullable().optional(),
});
export type SessionUpdateInput = z.infer<typeof SessionUpdateInput>;

export const SessionListQuery = z.strictObject({ courseId: Uuid.optional() });
export type SessionListQuery = z.infer<typeof SessionListQuery>;

export const SessionView = z.strictObject({
  id: z.string(),
  courseId: z.string(),
  courseTitle: z.string(),
  kind: TrainingKind,
  audience: z.enum(['collective', 'external']),
  heldOn: z.string(),
  startTime: z.string().nullable(),
  place: z.string(),
  areaId: z.string().nullable(),
  facilitators: z.array(z.strictObject({ userId: z.string(), name: z.string() })),
  facilitatorRoles: z.array(z.string()),
  materialLinks: z.array(z.string()),
  /** How many members attended (never who). */
  memberCount: z.int(),
  externalCounts: z.array(ExternalCount),
  /** Given by the coordinator for the session, or else the average of the attendance rows. */
  preScoreAvg: z.number().nullable(),
  postScoreAvg: z.number().nullable(),
});
export type SessionView = z.infer<typeof SessionView>;
export const SessionList = z.strictObject({ sessions: z.array(SessionView) });
export type SessionList = z.infer<typeof SessionList>;

export const SessionParams = z.strictObject({ orgId: z.uuid(), sessionId: z.uuid() });
export const AttendanceParams = z.strictObject({
  orgId: z.uuid(),
  sessionId: z.uuid(),
  attendanceId: z.uuid(),
});

/** Taken at the door: the client's id makes a retried tap answer the first result. */
export const AttendanceCreateInput = z.strictObject({
  id: Uuid,
  displayCode: z.string().trim().min(1).max(20),
  preScore: Score.nullable().optional(),
  postScore: Score.nullable().optional(),
});
export type AttendanceCreateInput = z.infer<typeof AttendanceCreateInput>;

export const AttendanceUpdateInput = z
  .strictObject({
    preScore: Score.nullable().optional(),
    postScore: Score.nullable().optional(),
  })
  // An empty change is a mistake of the caller, not a write.
  .refine((v) => v.preScore !== undefined || v.postScore !== undefined, {
    path: ['preScore'],
    message: 'required',
  });
export type AttendanceUpdateInput = z.infer<typeof AttendanceUpdateInput>;

/** The answer at the door: the code typed, whether she was already in, and how many are in. */
export const AttendanceRecorded = z.strictObject({
  id: z.string(),
  displayCode: z.string(),
  alreadyRecorded: z.boolean(),
  memberCount: z.int(),
});
export type AttendanceRecorded = z.infer<typeof AttendanceRecorded>;

export const AttendanceView = z.strictObject({
  id: z.string(),
  memberId: z.string(),
  displayCode: z.string(),
  preScore: z.number().nullable(),
  postScore: z.number().nullable(),
  recordedAt: z.string(),
});
export type AttendanceView = z.infer<typeof AttendanceView>;
export const AttendanceList = z.strictObject({ attendees: z.array(AttendanceView) });
export type AttendanceList = z.infer<typeof AttendanceList>;

/** A certificate shows the display code unless she asks for the name she chose (never stored). */
export const CertificateQuery = z.strictObject({
  chosenName: z.string().trim().min(1).max(TRAINING_LIMITS.chosenNameMax).optional(),
  lang: z.enum(['es', 'pt-BR', 'en']).optional(),
});
export type CertificateQuery = z.infer<typeof CertificateQuery>;
