import { sql } from 'drizzle-orm';
import { check, date, foreignKey, index, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { users } from '../../platform/auth/auth.tables';
import { classify } from '../../platform/db/classification';
import { timestampMs } from '../../platform/db/column-types';
import { structuralBarriers } from '../barriers/barriers.tables';
import { hrCases } from '../cases/cases.tables';
import { members } from '../members/members.tables';
import { organizations } from '../organizations/organizations.tables';

/**
 * A meeting with an authority (issue 7 §3). It names a public office, never a private person; the
 * asks and outcome are the organization's public positions (in clear). The calendar reads
 * `engaged_on`; indicators count engagements in a period.
 */
export const advocacyEngagements = pgTable(
  'advocacy_engagements',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id),
    id: uuid('id').notNull(),
    authorityType: text('authority_type', {
      enum: [
        'governor',
        'mayor',
        'police_command',
        'ministry',
        'legislature',
        'health_authority',
        'ombudsperson',
        'judiciary',
        'other',
      ],
    }).notNull(),
    officeTitle: text('office_title').notNull(),
    countryCode: text('country_code').notNull(),
    engagedOn: date('engaged_on', { mode: 'string' }).notNull(),
    asks: text('asks').notNull().default(''),
    outcomeKind: text('outcome_kind', {
      enum: ['none', 'commitment_kept', 'law_changed', 'policy_changed', 'practice_changed'],
    })
      .notNull()
      .default('none'),
    outcome: text('outcome').notNull().default(''),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestampMs('created_at').notNull(),
    updatedAt: timestampMs('updated_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    index('advocacy_engagements_date_idx').on(t.orgId, t.engagedOn),
    check(
      'advocacy_engagements_outcome_check',
      sql`${t.outcomeKind} in ('none', 'commitment_kept', 'law_changed', 'policy_changed', 'practice_changed')`,
    ),
  ],
);

classify(advocacyEngagements, {
  orgId: 'internal',
  id: 'internal',
  authorityType: 'internal',
  officeTitle: 'internal',
  countryCode: 'internal',
  engagedOn: 'internal',
  asks: 'internal',
  outcomeKind: 'internal',
  outcome: 'internal',
  createdBy: 'internal',
  createdAt: 'internal',
  updatedAt: 'internal',
});

/** A commitment obtained at an engagement, with its follow-up day (the calendar reads it). */
export const advocacyCommitments = pgTable(
  'advocacy_commitments',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id),
    id: uuid('id').notNull(),
    engagementId: uuid('engagement_id').notNull(),
    description: text('description').notNull(),
    followUpOn: date('follow_up_on', { mode: 'string' }).notNull(),
    status: text('status', { enum: ['pending', 'kept', 'partly_kept', 'broken'] })
      .notNull()
      .default('pending'),
    statusChangedAt: timestampMs('status_changed_at'),
    createdAt: timestampMs('created_at').notNull(),
    updatedAt: timestampMs('updated_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    index('advocacy_commitments_engagement_idx').on(t.orgId, t.engagementId),
    index('advocacy_commitments_follow_up_idx').on(t.orgId, t.status, t.followUpOn),
    foreignKey({
      name: 'advocacy_commitments_engagement_fk',
      columns: [t.orgId, t.engagementId],
      foreignColumns: [advocacyEngagements.orgId, advocacyEngagements.id],
    }),
    check(
      'advocacy_commitments_status_check',
      sql`${t.status} in ('pending', 'kept', 'partly_kept', 'broken')`,
    ),
  ],
);

classify(advocacyCommitments, {
  orgId: 'internal',
  id: 'internal',
  engagementId: 'internal',
  description: 'internal',
  followUpOn: 'internal',
  status: 'internal',
  statusChangedAt: 'internal',
  createdAt: 'internal',
  updatedAt: 'internal',
});

/** The human-rights cases an engagement draws on (ids only: the case's content stays in its module). */
export const advocacyEngagementCases = pgTable(
  'advocacy_engagement_cases',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id),
    engagementId: uuid('engagement_id').notNull(),
    caseId: uuid('case_id').notNull(),
    linkedBy: uuid('linked_by').references(() => users.id),
    linkedAt: timestampMs('linked_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.engagementId, t.caseId] }),
    index('advocacy_engagement_cases_case_idx').on(t.orgId, t.caseId),
    foreignKey({
      name: 'advocacy_engagement_cases_engagement_fk',
      columns: [t.orgId, t.engagementId],
      foreignColumns: [advocacyEngagements.orgId, advocacyEngagements.id],
    }),
    foreignKey({
      name: 'advocacy_engagement_cases_case_fk',
      columns: [t.orgId, t.caseId],
      foreignColumns: [hrCases.orgId, hrCases.id],
    }),
  ],
);

classify(advocacyEngagementCases, {
  orgId: 'internal',
  engagementId: 'internal',
  caseId: 'internal',
  linkedBy: 'internal',
  linkedAt: 'internal',
});

/** The structural barriers an engagement addresses. */
export const advocacyEngagementBarriers = pgTable(
  'advocacy_engagement_barriers',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id),
    engagementId: uuid('engagement_id').notNull(),
    barrierId: uuid('barrier_id').notNull(),
    linkedBy: uuid('linked_by').references(() => users.id),
    linkedAt: timestampMs('linked_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.engagementId, t.barrierId] }),
    index('advocacy_engagement_barriers_barrier_idx').on(t.orgId, t.barrierId),
    foreignKey({
      name: 'advocacy_engagement_barriers_engagement_fk',
      columns: [t.orgId, t.engagementId],
      foreignColumns: [advocacyEngagements.orgId, advocacyEngagements.id],
    }),
    foreignKey({
      name: 'advocacy_engagement_barriers_barrier_fk',
      columns: [t.orgId, t.barrierId],
      foreignColumns: [structuralBarriers.orgId, structuralBarriers.id],
    }),
  ],
);

classify(advocacyEngagementBarriers, {
  orgId: 'internal',
  engagementId: 'internal',
  barrierId: 'internal',
  linkedBy: 'internal',
  linkedAt: 'internal',
});

/**
 * A seat the organization holds in a policy space (CCM, AIDS council, municipal table…). The holder
 * is a staff account or a member by display code (exactly one); who holds a seat is personal.
 */
export const policySeats = pgTable(
  'policy_seats',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id),
    id: uuid('id').notNull(),
    spaceKind: text('space_kind', {
      enum: ['ccm', 'aids_council', 'municipal_table', 'health_council', 'human_rights_council', 'other'],
    }).notNull(),
    spaceName: text('space_name').notNull(),
    holderUserId: uuid('holder_user_id').references(() => users.id),
    holderMemberId: uuid('holder_member_id'),
    heldSince: date('held_since', { mode: 'string' }).notNull(),
    heldUntil: date('held_until', { mode: 'string' }),
    createdAt: timestampMs('created_at').notNull(),
    updatedAt: timestampMs('updated_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({
      name: 'policy_seats_member_fk',
      columns: [t.orgId, t.holderMemberId],
      foreignColumns: [members.orgId, members.id],
    }),
    check('policy_seats_one_holder_check', sql`(${t.holderUserId} is null) <> (${t.holderMemberId} is null)`),
    check('policy_seats_period_check', sql`${t.heldUntil} is null or ${t.heldUntil} >= ${t.heldSince}`),
  ],
);

classify(policySeats, {
  orgId: 'internal',
  id: 'internal',
  spaceKind: 'internal',
  spaceName: 'internal',
  holderUserId: 'personal',
  holderMemberId: 'personal',
  heldSince: 'internal',
  heldUntil: 'internal',
  createdAt: 'internal',
  updatedAt: 'internal',
});

/** A meeting of a policy space the seat holder attended, and the positions presented there. */
export const policySeatMeetings = pgTable(
  'policy_seat_meetings',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id),
    id: uuid('id').notNull(),
    seatId: uuid('seat_id').notNull(),
    metOn: date('met_on', { mode: 'string' }).notNull(),
    positions: text('positions').notNull().default(''),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestampMs('created_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    index('policy_seat_meetings_seat_idx').on(t.orgId, t.seatId),
    foreignKey({
      name: 'policy_seat_meetings_seat_fk',
      columns: [t.orgId, t.seatId],
      foreignColumns: [policySeats.orgId, policySeats.id],
    }),
  ],
);

classify(policySeatMeetings, {
  orgId: 'internal',
  id: 'internal',
  seatId: 'internal',
  metOn: 'internal',
  positions: 'internal',
  createdBy: 'internal',
  createdAt: 'internal',
});
