import { z } from 'zod';
import { Notes, Uuid } from './common.schemas';
import { TrainingKind } from './trainings.schemas';

/** A member's leadership pathway (issue 7 §1): trainings completed, roles held, mentoring. */
export const PATHWAY_ROLES = [
  'promotora',
  'paralegal',
  'board_member',
  'spokesperson',
  'facilitator',
  'coordinator',
  'other',
] as const;
export const PathwayRole = z.enum(PATHWAY_ROLES);
export type PathwayRole = z.infer<typeof PathwayRole>;

const CalendarDate = z.iso.date().refine((value) => value >= '1950-01-01', { message: 'too_small' });

export const MemberPathwayParams = z.strictObject({ orgId: z.uuid(), memberId: z.uuid() });
export const PathwayRoleParams = z.strictObject({ orgId: z.uuid(), memberId: z.uuid(), roleId: z.uuid() });

export const PathwayRoleInput = z
  .strictObject({
    id: Uuid.optional(),
    role: PathwayRole,
    fromOn: CalendarDate,
    toOn: CalendarDate.nullable().default(null),
  })
  .refine((v) => v.toOn === null || v.toOn >= v.fromOn, { path: ['toOn'], message: 'before_start' });
export type PathwayRoleInput = z.input<typeof PathwayRoleInput>;

export const PathwayRoleEndInput = z.strictObject({ toOn: CalendarDate.nullable() });
export type PathwayRoleEndInput = z.infer<typeof PathwayRoleEndInput>;

/** A mentor is another member (by display code) or a staff account, never a name. */
export const MentorshipInput = z
  .strictObject({
    id: Uuid.optional(),
    mentorDisplayCode: z.string().trim().min(1).max(20).optional(),
    mentorUserId: Uuid.optional(),
    fromOn: CalendarDate,
    toOn: CalendarDate.nullable().default(null),
    notes: Notes.nullable().optional(),
  })
  .refine((v) => (v.mentorDisplayCode === undefined) !== (v.mentorUserId === undefined), {
    path: ['mentorDisplayCode'],
    message: 'one_mentor',
  })
  .refine((v) => v.toOn === null || v.toOn >= v.fromOn, { path: ['toOn'], message: 'before_start' });
export type MentorshipInput = z.input<typeof MentorshipInput>;

export const MemberPathway = z.strictObject({
  memberId: z.string(),
  displayCode: z.string(),
  trainings: z.array(
    z.strictObject({
      attendanceId: z.string(),
      sessionId: z.string(),
      courseTitle: z.string(),
      kind: TrainingKind,
      heldOn: z.string(),
      preScore: z.number().nullable(),
      postScore: z.number().nullable(),
    }),
  ),
  roles: z.array(
    z.strictObject({
      id: z.string(),
      role: PathwayRole,
      fromOn: z.string(),
      toOn: z.string().nullable(),
    }),
  ),
  mentorships: z.array(
    z.strictObject({
      id: z.string(),
      mentorKind: z.enum(['member', 'staff']),
      /** The mentor's display code (a member) or account name (staff). */
      mentor: z.string(),
      fromOn: z.string(),
      toOn: z.string().nullable(),
      notes: z.string().nullable(),
    }),
  ),
});
export type MemberPathway = z.infer<typeof MemberPathway>;
