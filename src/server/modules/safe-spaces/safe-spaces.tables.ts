import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
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
import { trainingSessions } from '../trainings/trainings.tables';

/** A drop-in centre run by the organization (issue 7 §5). */
export const safeSpaces = pgTable(
  'safe_spaces',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id),
    id: uuid('id').notNull(),
    name: text('name').notNull(),
    areaId: uuid('area_id'),
    openingHours: text('opening_hours').notNull().default(''),
    services: text('services')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    active: boolean('active').notNull().default(true),
    createdAt: timestampMs('created_at').notNull(),
    updatedAt: timestampMs('updated_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({
      name: 'safe_spaces_area_fk',
      columns: [t.orgId, t.areaId],
      foreignColumns: [areas.orgId, areas.id],
    }),
  ],
);

classify(safeSpaces, {
  orgId: 'internal',
  id: 'internal',
  name: 'internal',
  areaId: 'internal',
  openingHours: 'internal',
  services: 'internal',
  active: 'internal',
  createdAt: 'internal',
  updatedAt: 'internal',
});

/**
 * A visit: one member by record (once per space and day) or an anonymous tally of a day. Only
 * per-day counts leave the server.
 */
export const safeSpaceVisits = pgTable(
  'safe_space_visits',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id),
    id: uuid('id').notNull(),
    safeSpaceId: uuid('safe_space_id').notNull(),
    visitedOn: date('visited_on', { mode: 'string' }).notNull(),
    memberId: uuid('member_id'),
    anonymousCount: integer('anonymous_count'),
    recordedBy: uuid('recorded_by').references(() => users.id),
    recordedAt: timestampMs('recorded_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    index('safe_space_visits_day_idx').on(t.orgId, t.safeSpaceId, t.visitedOn),
    uniqueIndex('safe_space_visits_member_day_uq')
      .on(t.orgId, t.safeSpaceId, t.visitedOn, t.memberId)
      .where(sql`${t.memberId} is not null`),
    foreignKey({
      name: 'safe_space_visits_space_fk',
      columns: [t.orgId, t.safeSpaceId],
      foreignColumns: [safeSpaces.orgId, safeSpaces.id],
    }),
    foreignKey({
      name: 'safe_space_visits_member_fk',
      columns: [t.orgId, t.memberId],
      foreignColumns: [members.orgId, members.id],
    }),
    check(
      'safe_space_visits_kind_check',
      sql`(${t.memberId} is null) <> (${t.anonymousCount} is null) and coalesce(${t.anonymousCount}, 1) > 0`,
    ),
  ],
);

classify(safeSpaceVisits, {
  orgId: 'internal',
  id: 'internal',
  safeSpaceId: 'internal',
  visitedOn: 'internal',
  memberId: 'personal',
  anonymousCount: 'internal',
  recordedBy: 'internal',
  recordedAt: 'internal',
});

/** Something held at the space (a workshop, a clinic day), linked to a training session when it was one. */
export const safeSpaceActivities = pgTable(
  'safe_space_activities',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id),
    id: uuid('id').notNull(),
    safeSpaceId: uuid('safe_space_id').notNull(),
    heldOn: date('held_on', { mode: 'string' }).notNull(),
    title: text('title').notNull(),
    trainingSessionId: uuid('training_session_id'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestampMs('created_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({
      name: 'safe_space_activities_space_fk',
      columns: [t.orgId, t.safeSpaceId],
      foreignColumns: [safeSpaces.orgId, safeSpaces.id],
    }),
    foreignKey({
      name: 'safe_space_activities_session_fk',
      columns: [t.orgId, t.trainingSessionId],
      foreignColumns: [trainingSessions.orgId, trainingSessions.id],
    }),
  ],
);

classify(safeSpaceActivities, {
  orgId: 'internal',
  id: 'internal',
  safeSpaceId: 'internal',
  heldOn: 'internal',
  title: 'internal',
  trainingSessionId: 'internal',
  createdBy: 'internal',
  createdAt: 'internal',
});
