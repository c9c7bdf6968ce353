import { sql } from 'drizzle-orm';
import {
  check,
  date,
  doublePrecision,
  foreignKey,
  index,
  jsonb,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { IndicatorFilterValues } from '../../../domain/indicator-filters';
import { users } from '../../platform/auth/auth.tables';
import { registerEncryptedColumn } from '../../platform/crypto/encrypted-columns';
import { classify } from '../../platform/db/classification';
import { bytea, timestampMs } from '../../platform/db/column-types';
import { organizations } from '../organizations/organizations.tables';

/** An organization's own indicator: a count of one source, or a ratio of two (with their filters). */
export const indicators = pgTable(
  'indicators',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id),
    id: uuid('id').notNull(),
    name: text('name').notNull(),
    kind: text('kind', { enum: ['count', 'ratio'] }).notNull(),
    sourceKey: text('source_key').notNull(),
    filters: jsonb('filters').$type<IndicatorFilterValues>().notNull(),
    denominatorSourceKey: text('denominator_source_key'),
    denominatorFilters: jsonb('denominator_filters').$type<IndicatorFilterValues>(),
    archivedAt: timestampMs('archived_at'),
    createdAt: timestampMs('created_at').notNull(),
    updatedAt: timestampMs('updated_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    uniqueIndex('indicators_name_uq').on(t.orgId, sql`lower(${t.name})`),
    check('indicators_kind_ck', sql`${t.kind} in ('count', 'ratio')`),
    check('indicators_ratio_ck', sql`(${t.kind} = 'ratio') = (${t.denominatorSourceKey} is not null)`),
  ],
);

classify(indicators, {
  orgId: 'internal',
  id: 'internal',
  name: 'internal',
  kind: 'internal',
  sourceKey: 'internal',
  filters: 'internal',
  denominatorSourceKey: 'internal',
  denominatorFilters: 'internal',
  archivedAt: 'internal',
  createdAt: 'internal',
  updatedAt: 'internal',
});

/** A target per indicator and period; `period_start` is the first day of the month, quarter or year. */
export const indicatorTargets = pgTable(
  'indicator_targets',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id),
    indicatorId: uuid('indicator_id').notNull(),
    periodType: text('period_type', { enum: ['month', 'quarter', 'year'] }).notNull(),
    periodStart: date('period_start', { mode: 'string' }).notNull(),
    target: doublePrecision('target').notNull(),
    updatedAt: timestampMs('updated_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.indicatorId, t.periodType, t.periodStart] }),
    foreignKey({ columns: [t.orgId, t.indicatorId], foreignColumns: [indicators.orgId, indicators.id] }),
    check('indicator_targets_period_ck', sql`${t.periodType} in ('month', 'quarter', 'year')`),
    check('indicator_targets_target_ck', sql`${t.target} >= 0`),
  ],
);

classify(indicatorTargets, {
  orgId: 'internal',
  indicatorId: 'internal',
  periodType: 'internal',
  periodStart: 'internal',
  target: 'internal',
  updatedAt: 'internal',
});

/** "What happened" for one indicator in one month of the review (encrypted free text). */
export const indicatorReviewNotes = pgTable(
  'indicator_review_notes',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id),
    id: uuid('id').notNull(),
    indicatorId: uuid('indicator_id').notNull(),
    month: date('month', { mode: 'string' }).notNull(),
    noteEnc: bytea('note_enc').notNull(),
    updatedBy: uuid('updated_by').references(() => users.id),
    updatedAt: timestampMs('updated_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    uniqueIndex('indicator_review_notes_uq').on(t.orgId, t.indicatorId, t.month),
    foreignKey({ columns: [t.orgId, t.indicatorId], foreignColumns: [indicators.orgId, indicators.id] }),
    check('indicator_review_notes_month_ck', sql`extract(day from ${t.month}) = 1`),
  ],
);

export const indicatorReviewNoteColumn = registerEncryptedColumn({
  table: 'indicator_review_notes',
  column: 'note_enc',
  scopeColumn: 'org_id',
  keyColumns: ['org_id', 'id'],
});

classify(indicatorReviewNotes, {
  orgId: 'internal',
  id: 'internal',
  indicatorId: 'internal',
  month: 'internal',
  noteEnc: 'sensitive',
  updatedBy: 'personal',
  updatedAt: 'internal',
});

/**
 * Action items of a monthly review, with an owner (a staff account of the organization). Titles are
 * short task names kept in clear, like capacity actions: they must not name people (SECURITY.md).
 */
export const indicatorActions = pgTable(
  'indicator_actions',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id),
    id: uuid('id').notNull(),
    indicatorId: uuid('indicator_id'),
    month: date('month', { mode: 'string' }).notNull(),
    title: text('title').notNull(),
    ownerUserId: uuid('owner_user_id')
      .notNull()
      .references(() => users.id),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    status: text('status', { enum: ['open', 'done', 'dropped'] }).notNull(),
    completedOn: date('completed_on', { mode: 'string' }),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestampMs('created_at').notNull(),
    updatedAt: timestampMs('updated_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId, t.indicatorId], foreignColumns: [indicators.orgId, indicators.id] }),
    index('indicator_actions_month_idx').on(t.orgId, t.month),
    index('indicator_actions_owner_idx').on(t.orgId, t.ownerUserId, t.status, t.dueOn),
    check('indicator_actions_status_ck', sql`${t.status} in ('open', 'done', 'dropped')`),
    check('indicator_actions_month_ck', sql`extract(day from ${t.month}) = 1`),
  ],
);

classify(indicatorActions, {
  orgId: 'internal',
  id: 'internal',
  indicatorId: 'internal',
  month: 'internal',
  title: 'internal',
  ownerUserId: 'personal',
  dueOn: 'internal',
  status: 'internal',
  completedOn: 'internal',
  createdBy: 'personal',
  createdAt: 'internal',
  updatedAt: 'internal',
});

/** Lessons learned (append-only, encrypted; searched in the service after decryption). */
export const indicatorLessons = pgTable(
  'indicator_lessons',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id),
    id: uuid('id').notNull(),
    month: date('month', { mode: 'string' }).notNull(),
    indicatorId: uuid('indicator_id'),
    textEnc: bytea('text_enc').notNull(),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestampMs('created_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId, t.indicatorId], foreignColumns: [indicators.orgId, indicators.id] }),
    index('indicator_lessons_month_idx').on(t.orgId, t.month),
    check('indicator_lessons_month_ck', sql`extract(day from ${t.month}) = 1`),
  ],
);

export const indicatorLessonColumn = registerEncryptedColumn({
  table: 'indicator_lessons',
  column: 'text_enc',
  scopeColumn: 'org_id',
  keyColumns: ['org_id', 'id'],
});

classify(indicatorLessons, {
  orgId: 'internal',
  id: 'internal',
  month: 'internal',
  indicatorId: 'internal',
  textEnc: 'sensitive',
  createdBy: 'personal',
  createdAt: 'internal',
});
