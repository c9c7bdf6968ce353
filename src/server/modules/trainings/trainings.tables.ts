import { sql } from 'drizzle-orm';
import {
  check,
  date,
  doublePrecision,
  foreignKey,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from '../../platform/auth/auth.tables';
import { classify } from '../../platform/db/classification';
import { timestampMs } from '../../platform/db/column-types';
import { areas } from '../areas/areas.tables';
import { members } from '../members/members.tables';
import { organizations } from '../organizations/organizations.tables';

/** A course: for the collective (leadership, rights…) or sensitization of external actors (issue 7 §1). */
export const trainingCourses = pgTable(
  'training_courses',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id),
    id: uuid('id').notNull(),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestampMs('created_at').notNull(),
    updatedAt: timestampMs('updated_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.id] })],
);

classify(trainingCourses, {
  orgId: 'internal',
  id: 'internal',
  kind: 'internal',
  title: 'internal',
  description: 'internal',
  createdBy: 'internal',
  createdAt: 'internal',
  updatedAt: 'internal',
});

/**
 * One session of a course: the date the calendar shows (`held_on`, optional `start_time`), where
 * (short free text and/or an area), who facilitated (staff accounts or roles, never names), links
 * to materials, and session-average scores when they were not taken per attendee.
 */
export const trainingSessions = pgTable(
  'training_sessions',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id),
    id: uuid('id').notNull(),
    courseId: uuid('course_id').notNull(),
    heldOn: date('held_on', { mode: 'string' }).notNull(),
    startTime: text('start_time'),
    place: text('place').notNull().default(''),
    areaId: uuid('area_id'),
    facilitatorUserIds: uuid('facilitator_user_ids')
      .array()
      .notNull()
      .default(sql`'{}'::uuid[]`),
    facilitatorRoles: text('facilitator_roles')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    materialLinks: text('material_links')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    preScoreAvg: doublePrecision('pre_score_avg'),
    postScoreAvg: doublePrecision('post_score_avg'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestampMs('created_at').notNull(),
    updatedAt: timestampMs('updated_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    index('training_sessions_held_on_idx').on(t.orgId, t.heldOn),
    foreignKey({
      name: 'training_sessions_course_fk',
      columns: [t.orgId, t.courseId],
      foreignColumns: [trainingCourses.orgId, trainingCourses.id],
    }),
    foreignKey({
      name: 'training_sessions_area_fk',
      columns: [t.orgId, t.areaId],
      foreignColumns: [areas.orgId, areas.id],
    }),
  ],
);

classify(trainingSessions, {
  orgId: 'internal',
  id: 'internal',
  courseId: 'internal',
  heldOn: 'internal',
  startTime: 'internal',
  place: 'internal',
  areaId: 'internal',
  facilitatorUserIds: 'internal',
  facilitatorRoles: 'internal',
  materialLinks: 'internal',
  preScoreAvg: 'internal',
  postScoreAvg: 'internal',
  createdBy: 'internal',
  createdAt: 'internal',
  updatedAt: 'internal',
});

/** A member at a session (who came: personal, coordinators only). Scores without names. */
export const trainingAttendance = pgTable(
  'training_attendance',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id),
    /** The client's id: a retried tap at the door answers the first result. */
    id: uuid('id').notNull(),
    sessionId: uuid('session_id').notNull(),
    memberId: uuid('member_id').notNull(),
    preScore: doublePrecision('pre_score'),
    postScore: doublePrecision('post_score'),
    recordedBy: uuid('recorded_by').references(() => users.id),
    recordedAt: timestampMs('recorded_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    uniqueIndex('training_attendance_member_uq').on(t.orgId, t.sessionId, t.memberId),
    index('training_attendance_member_idx').on(t.orgId, t.memberId),
    foreignKey({
      name: 'training_attendance_session_fk',
      columns: [t.orgId, t.sessionId],
      foreignColumns: [trainingSessions.orgId, trainingSessions.id],
    }),
    foreignKey({
      name: 'training_attendance_member_fk',
      columns: [t.orgId, t.memberId],
      foreignColumns: [members.orgId, members.id],
    }),
  ],
);

classify(trainingAttendance, {
  orgId: 'internal',
  id: 'internal',
  sessionId: 'internal',
  memberId: 'personal',
  preScore: 'personal',
  postScore: 'personal',
  recordedBy: 'internal',
  recordedAt: 'internal',
});

/** External actors at a session, counted by type (12 police, 3 health providers), never listed. */
export const trainingExternalCounts = pgTable(
  'training_external_counts',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id),
    sessionId: uuid('session_id').notNull(),
    participantType: text('participant_type').notNull(),
    count: integer('count').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.sessionId, t.participantType] }),
    foreignKey({
      name: 'training_external_counts_session_fk',
      columns: [t.orgId, t.sessionId],
      foreignColumns: [trainingSessions.orgId, trainingSessions.id],
    }),
    check('training_external_counts_count_check', sql`${t.count} > 0`),
  ],
);

classify(trainingExternalCounts, {
  orgId: 'internal',
  sessionId: 'internal',
  participantType: 'internal',
  count: 'internal',
});
