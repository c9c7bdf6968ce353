import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from '../../platform/auth/auth.tables';
import { registerEncryptedColumn } from '../../platform/crypto/encrypted-columns';
import { classify } from '../../platform/db/classification';
import { bytea, timestampMs } from '../../platform/db/column-types';
import { areas } from '../areas/areas.tables';
import { members } from '../members/members.tables';
import { organizations } from '../organizations/organizations.tables';

/**
 * A documented human-rights violation (issue 5, DOMAIN §4: the HURIDOCS event model as REAct uses it).
 * Non-sensitive fields (dates, types, status) are readable by every case reader; the narrative is
 * encrypted and reaches only the assigned paralegals and coordinators (or an active break-the-glass).
 */
export const hrCases = pgTable(
  'hr_cases',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id),
    id: uuid('id').notNull(),
    /** Per-organization, per-year sequence shown to people: "C-2026-0007". */
    reference: text('reference').notNull(),
    status: text('status', { enum: ['open', 'in_progress', 'closed', 'archived'] })
      .notNull()
      .default('open'),
    outcome: text('outcome', {
      enum: ['resolved', 'partly_resolved', 'unresolved', 'withdrawn', 'referred'],
    }),
    urgent: boolean('urgent').notNull().default(false),
    occurredOn: date('occurred_on', { mode: 'string' }),
    occurredPrecision: text('occurred_precision', { enum: ['day', 'month', 'approximate'] })
      .notNull()
      .default('day'),
    areaId: uuid('area_id'),
    locationType: text('location_type', {
      enum: ['street', 'police_station', 'clinic', 'home', 'venue', 'online', 'other'],
    }),
    sourceType: text('source_type', {
      enum: ['victim', 'witness', 'promotora', 'family', 'media', 'other'],
    }),
    sourceReliability: text('source_reliability', { enum: ['high', 'medium', 'low', 'unknown'] })
      .notNull()
      .default('unknown'),
    /** What happened, in the words recorded at intake: AES-256-GCM under the organization's key. */
    narrativeEnc: bytea('narrative_enc'),
    needs: text('needs')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    intakeChannel: text('intake_channel', { enum: ['paralegal', 'self_report'] })
      .notNull()
      .default('paralegal'),
    /** The anonymous self-report this case was converted from (issue 5 §7), if any. No FK: 5D's table. */
    selfReportId: uuid('self_report_id'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestampMs('created_at').notNull(),
    updatedAt: timestampMs('updated_at').notNull(),
    closedAt: timestampMs('closed_at'),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    uniqueIndex('hr_cases_reference_uq').on(t.orgId, t.reference),
    index('hr_cases_queue_idx').on(t.orgId, t.status, t.urgent),
    foreignKey({
      name: 'hr_cases_area_fk',
      columns: [t.orgId, t.areaId],
      foreignColumns: [areas.orgId, areas.id],
    }),
    check('hr_cases_status_check', sql`${t.status} in ('open', 'in_progress', 'closed', 'archived')`),
    check(
      'hr_cases_outcome_check',
      sql`${t.outcome} is null or ${t.outcome} in ('resolved', 'partly_resolved', 'unresolved', 'withdrawn', 'referred')`,
    ),
    check(
      'hr_cases_closed_outcome_check',
      sql`${t.status} not in ('closed', 'archived') or ${t.outcome} is not null`,
    ),
    check('hr_cases_precision_check', sql`${t.occurredPrecision} in ('day', 'month', 'approximate')`),
    check(
      'hr_cases_location_check',
      sql`${t.locationType} is null or ${t.locationType} in ('street', 'police_station', 'clinic', 'home', 'venue', 'online', 'other')`,
    ),
    check(
      'hr_cases_source_check',
      sql`${t.sourceType} is null or ${t.sourceType} in ('victim', 'witness', 'promotora', 'family', 'media', 'other')`,
    ),
    check('hr_cases_reliability_check', sql`${t.sourceReliability} in ('high', 'medium', 'low', 'unknown')`),
    check('hr_cases_channel_check', sql`${t.intakeChannel} in ('paralegal', 'self_report')`),
    check(
      'hr_cases_needs_check',
      sql`${t.needs} <@ array['legal', 'medical', 'psychosocial', 'shelter', 'economic', 'safety', 'other']::text[]`,
    ),
  ],
);

export const hrCaseNarrativeColumn = registerEncryptedColumn({
  table: 'hr_cases',
  column: 'narrative_enc',
  scopeColumn: 'org_id',
  keyColumns: ['org_id', 'id'],
});

classify(hrCases, {
  orgId: 'internal',
  id: 'internal',
  reference: 'internal',
  status: 'internal',
  outcome: 'personal',
  urgent: 'personal',
  occurredOn: 'personal',
  occurredPrecision: 'internal',
  areaId: 'personal',
  locationType: 'personal',
  sourceType: 'personal',
  sourceReliability: 'internal',
  narrativeEnc: 'sensitive',
  needs: 'sensitive',
  intakeChannel: 'internal',
  selfReportId: 'internal',
  createdBy: 'internal',
  createdAt: 'internal',
  updatedAt: 'internal',
  closedAt: 'internal',
});

/**
 * Consent per purpose, append-only: a withdrawal is a new row with `granted = false`; the latest row
 * of a purpose is the current answer.
 */
export const hrCaseConsents = pgTable(
  'hr_case_consents',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id),
    id: uuid('id').notNull(),
    caseId: uuid('case_id').notNull(),
    purpose: text('purpose', {
      enum: ['record', 'follow_up', 'advocacy_anonymized', 'network_share'],
    }).notNull(),
    granted: boolean('granted').notNull(),
    recordedOn: date('recorded_on', { mode: 'string' }).notNull(),
    recordedBy: uuid('recorded_by').references(() => users.id),
    createdAt: timestampMs('created_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    index('hr_case_consents_case_idx').on(t.orgId, t.caseId, t.purpose),
    foreignKey({
      name: 'hr_case_consents_case_fk',
      columns: [t.orgId, t.caseId],
      foreignColumns: [hrCases.orgId, hrCases.id],
    }),
    check(
      'hr_case_consents_purpose_check',
      sql`${t.purpose} in ('record', 'follow_up', 'advocacy_anonymized', 'network_share')`,
    ),
  ],
);

classify(hrCaseConsents, {
  orgId: 'internal',
  id: 'internal',
  caseId: 'internal',
  purpose: 'personal',
  granted: 'personal',
  recordedOn: 'personal',
  recordedBy: 'internal',
  createdAt: 'internal',
});

/** The organization's configurable list of act types, seeded from DOMAIN §4. */
export const hrActTypes = pgTable(
  'hr_act_types',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id),
    key: text('key').notNull(),
    /** `{ es, 'pt-BR', en }` */
    labels: jsonb('labels').$type<Record<string, string>>().notNull(),
    active: boolean('active').notNull().default(true),
    position: integer('position').notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.key] }),
    check('hr_act_types_key_check', sql`${t.key} ~ '^[a-z][a-z0-9_]{1,47}$'`),
  ],
);

classify(hrActTypes, {
  orgId: 'internal',
  key: 'internal',
  labels: 'internal',
  active: 'internal',
  position: 'internal',
});

/** One act of the violation (a case has one or more). */
export const hrCaseActs = pgTable(
  'hr_case_acts',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id),
    id: uuid('id').notNull(),
    caseId: uuid('case_id').notNull(),
    actType: text('act_type').notNull(),
    method: text('method', {
      enum: ['physical_force', 'weapon', 'threat', 'detention', 'extortion', 'online', 'other'],
    }),
    consequences: text('consequences')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    createdAt: timestampMs('created_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    index('hr_case_acts_case_idx').on(t.orgId, t.caseId),
    index('hr_case_acts_type_idx').on(t.orgId, t.actType),
    foreignKey({
      name: 'hr_case_acts_case_fk',
      columns: [t.orgId, t.caseId],
      foreignColumns: [hrCases.orgId, hrCases.id],
    }),
    foreignKey({
      name: 'hr_case_acts_type_fk',
      columns: [t.orgId, t.actType],
      foreignColumns: [hrActTypes.orgId, hrActTypes.key],
    }),
    check(
      'hr_case_acts_method_check',
      sql`${t.method} is null or ${t.method} in ('physical_force', 'weapon', 'threat', 'detention', 'extortion', 'online', 'other')`,
    ),
    check(
      'hr_case_acts_consequences_check',
      sql`${t.consequences} <@ array['physical', 'psychological', 'economic']::text[]`,
    ),
  ],
);

classify(hrCaseActs, {
  orgId: 'internal',
  id: 'internal',
  caseId: 'internal',
  actType: 'personal',
  method: 'personal',
  consequences: 'sensitive',
  createdAt: 'internal',
});

/** A victim: a registered member (by display code at intake) or an anonymous person or group. */
export const hrCaseVictims = pgTable(
  'hr_case_victims',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id),
    id: uuid('id').notNull(),
    caseId: uuid('case_id').notNull(),
    memberId: uuid('member_id'),
    anonymousCount: integer('anonymous_count'),
    createdAt: timestampMs('created_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    index('hr_case_victims_case_idx').on(t.orgId, t.caseId),
    index('hr_case_victims_member_idx').on(t.orgId, t.memberId),
    uniqueIndex('hr_case_victims_member_uq')
      .on(t.orgId, t.caseId, t.memberId)
      .where(sql`${t.memberId} is not null`),
    foreignKey({
      name: 'hr_case_victims_case_fk',
      columns: [t.orgId, t.caseId],
      foreignColumns: [hrCases.orgId, hrCases.id],
    }),
    foreignKey({
      name: 'hr_case_victims_member_fk',
      columns: [t.orgId, t.memberId],
      foreignColumns: [members.orgId, members.id],
    }),
    check(
      'hr_case_victims_who_check',
      sql`(${t.memberId} is not null and ${t.anonymousCount} is null) or (${t.memberId} is null and ${t.anonymousCount} >= 1 and ${t.anonymousCount} <= 1000)`,
    ),
  ],
);

classify(hrCaseVictims, {
  orgId: 'internal',
  id: 'internal',
  caseId: 'internal',
  memberId: 'sensitive',
  anonymousCount: 'personal',
  createdAt: 'internal',
});

/** Perpetrators by type (state / non-state); a name only when strictly needed, always encrypted. */
export const hrCasePerpetrators = pgTable(
  'hr_case_perpetrators',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id),
    id: uuid('id').notNull(),
    caseId: uuid('case_id').notNull(),
    perpetratorType: text('perpetrator_type').notNull(),
    count: integer('count').notNull().default(1),
    nameEnc: bytea('name_enc'),
    createdAt: timestampMs('created_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    index('hr_case_perpetrators_case_idx').on(t.orgId, t.caseId),
    foreignKey({
      name: 'hr_case_perpetrators_case_fk',
      columns: [t.orgId, t.caseId],
      foreignColumns: [hrCases.orgId, hrCases.id],
    }),
    check(
      'hr_case_perpetrators_type_check',
      sql`${t.perpetratorType} in ('police', 'municipal_agent', 'military', 'migration', 'judiciary', 'health_worker', 'other_official', 'client', 'partner_family', 'venue_owner', 'community_member', 'media', 'employer', 'organized_crime', 'other_non_state')`,
    ),
    check('hr_case_perpetrators_count_check', sql`${t.count} >= 1 and ${t.count} <= 1000`),
  ],
);

export const hrPerpetratorNameColumn = registerEncryptedColumn({
  table: 'hr_case_perpetrators',
  column: 'name_enc',
  scopeColumn: 'org_id',
  keyColumns: ['org_id', 'id'],
});

classify(hrCasePerpetrators, {
  orgId: 'internal',
  id: 'internal',
  caseId: 'internal',
  perpetratorType: 'personal',
  count: 'personal',
  nameEnc: 'sensitive',
  createdAt: 'internal',
});

/** The paralegals who work a case (the intake author is assigned automatically). */
export const hrCaseAssignments = pgTable(
  'hr_case_assignments',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id),
    caseId: uuid('case_id').notNull(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    assignedBy: uuid('assigned_by').references(() => users.id),
    assignedAt: timestampMs('assigned_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.caseId, t.userId] }),
    index('hr_case_assignments_user_idx').on(t.orgId, t.userId),
    foreignKey({
      name: 'hr_case_assignments_case_fk',
      columns: [t.orgId, t.caseId],
      foreignColumns: [hrCases.orgId, hrCases.id],
    }),
  ],
);

classify(hrCaseAssignments, {
  orgId: 'internal',
  caseId: 'internal',
  userId: 'internal',
  assignedBy: 'internal',
  assignedAt: 'internal',
});

/**
 * Emergency access to a case's sensitive fields by someone not assigned: reason required, three
 * hours (by the injectable clock), audited, shown to the assigned paralegals.
 */
export const hrBreakGlass = pgTable(
  'hr_break_glass',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id),
    id: uuid('id').notNull(),
    caseId: uuid('case_id').notNull(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    reasonEnc: bytea('reason_enc').notNull(),
    grantedAt: timestampMs('granted_at').notNull(),
    expiresAt: timestampMs('expires_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    index('hr_break_glass_case_idx').on(t.orgId, t.caseId, t.userId),
    foreignKey({
      name: 'hr_break_glass_case_fk',
      columns: [t.orgId, t.caseId],
      foreignColumns: [hrCases.orgId, hrCases.id],
    }),
    check('hr_break_glass_window_check', sql`${t.expiresAt} > ${t.grantedAt}`),
  ],
);

export const hrBreakGlassReasonColumn = registerEncryptedColumn({
  table: 'hr_break_glass',
  column: 'reason_enc',
  scopeColumn: 'org_id',
  keyColumns: ['org_id', 'id'],
});

classify(hrBreakGlass, {
  orgId: 'internal',
  id: 'internal',
  caseId: 'internal',
  userId: 'internal',
  reasonEnc: 'sensitive',
  grantedAt: 'internal',
  expiresAt: 'internal',
});

/** The case's timeline, append-only. `details` holds ids and enum values only, never text. */
export const hrCaseEvents = pgTable(
  'hr_case_events',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id),
    id: uuid('id').notNull(),
    caseId: uuid('case_id').notNull(),
    kind: text('kind').notNull(),
    actorUserId: uuid('actor_user_id').references(() => users.id),
    details: jsonb('details')
      .$type<Record<string, string | number | boolean | null | readonly string[]>>()
      .notNull()
      .default(sql`'{}'::jsonb`),
    createdAt: timestampMs('created_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    index('hr_case_events_case_idx').on(t.orgId, t.caseId, t.createdAt),
    foreignKey({
      name: 'hr_case_events_case_fk',
      columns: [t.orgId, t.caseId],
      foreignColumns: [hrCases.orgId, hrCases.id],
    }),
    check('hr_case_events_kind_check', sql`${t.kind} ~ '^[a-z][a-z_]{1,47}$'`),
  ],
);

classify(hrCaseEvents, {
  orgId: 'internal',
  id: 'internal',
  caseId: 'internal',
  kind: 'internal',
  actorUserId: 'internal',
  details: 'internal',
  createdAt: 'internal',
});
