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
import { registerEncryptedColumn } from '../../platform/crypto/encrypted-columns';
import { classify } from '../../platform/db/classification';
import { bytea, timestampMs } from '../../platform/db/column-types';
import { organizations } from '../organizations/organizations.tables';

/**
 * A mobilization event (issue 7 §2). Participants are three counts, never a list of people. The
 * calendar reads `event_date` and `status`; indicators read held events and their counts.
 */
export const mobilizationEvents = pgTable(
  'mobilization_events',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id),
    id: uuid('id').notNull(),
    kind: text('kind', {
      enum: ['meeting', 'assembly', 'march', 'sit_in', 'commemoration', 'press_conference'],
    }).notNull(),
    /** Empty for a pre-loaded commemoration whose name the organization has not changed. */
    title: text('title').notNull(),
    commemorationKey: text('commemoration_key'),
    commemorationYear: integer('commemoration_year'),
    eventDate: date('event_date', { mode: 'string' }).notNull(),
    /** A public place (a square, a ministry's door), not anyone's address. */
    location: text('location').notNull().default(''),
    status: text('status', { enum: ['draft', 'confirmed', 'held', 'cancelled'] })
      .notNull()
      .default('draft'),
    riskLevel: text('risk_level', { enum: ['low', 'medium', 'high'] }),
    participantsMembers: integer('participants_members'),
    participantsAllies: integer('participants_allies'),
    participantsPublic: integer('participants_public'),
    outcomes: text('outcomes').notNull().default(''),
    mediaCoverage: text('media_coverage').notNull().default(''),
    confirmedAt: timestampMs('confirmed_at'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestampMs('created_at').notNull(),
    updatedAt: timestampMs('updated_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    index('mobilization_events_date_idx').on(t.orgId, t.eventDate),
    uniqueIndex('mobilization_events_commemoration_uq')
      .on(t.orgId, t.commemorationKey, t.commemorationYear)
      .where(sql`${t.commemorationKey} is not null`),
    check(
      'mobilization_events_kind_check',
      sql`${t.kind} in ('meeting', 'assembly', 'march', 'sit_in', 'commemoration', 'press_conference')`,
    ),
    check(
      'mobilization_events_status_check',
      sql`${t.status} in ('draft', 'confirmed', 'held', 'cancelled')`,
    ),
    check(
      'mobilization_events_counts_check',
      sql`coalesce(${t.participantsMembers}, 0) >= 0 and coalesce(${t.participantsAllies}, 0) >= 0 and coalesce(${t.participantsPublic}, 0) >= 0`,
    ),
  ],
);

classify(mobilizationEvents, {
  orgId: 'internal',
  id: 'internal',
  kind: 'internal',
  title: 'internal',
  commemorationKey: 'internal',
  commemorationYear: 'internal',
  eventDate: 'internal',
  location: 'internal',
  status: 'internal',
  riskLevel: 'internal',
  participantsMembers: 'internal',
  participantsAllies: 'internal',
  participantsPublic: 'internal',
  outcomes: 'internal',
  mediaCoverage: 'internal',
  confirmedAt: 'internal',
  createdBy: 'internal',
  createdAt: 'internal',
  updatedAt: 'internal',
});

/** One item of an event's risk assessment and safety plan; its note is encrypted. */
export const mobilizationChecklistItems = pgTable(
  'mobilization_checklist_items',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id),
    id: uuid('id').notNull(),
    eventId: uuid('event_id').notNull(),
    itemKey: text('item_key', {
      enum: ['risk_assessment', 'permits', 'legal_observers', 'emergency_contacts', 'arrest_plan', 'custom'],
    }).notNull(),
    label: text('label'),
    done: boolean('done').notNull().default(false),
    /** Emergency contacts, what to do on arrest…: AES-256-GCM under the organization's key. */
    noteEnc: bytea('note_enc'),
    position: integer('position').notNull(),
    updatedBy: uuid('updated_by').references(() => users.id),
    updatedAt: timestampMs('updated_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    index('mobilization_checklist_event_idx').on(t.orgId, t.eventId),
    uniqueIndex('mobilization_checklist_standard_uq')
      .on(t.orgId, t.eventId, t.itemKey)
      .where(sql`${t.itemKey} <> 'custom'`),
    foreignKey({
      name: 'mobilization_checklist_event_fk',
      columns: [t.orgId, t.eventId],
      foreignColumns: [mobilizationEvents.orgId, mobilizationEvents.id],
    }),
  ],
);

export const checklistNoteColumn = registerEncryptedColumn({
  table: 'mobilization_checklist_items',
  column: 'note_enc',
  scopeColumn: 'org_id',
  keyColumns: ['org_id', 'id'],
});

classify(mobilizationChecklistItems, {
  orgId: 'internal',
  id: 'internal',
  eventId: 'internal',
  itemKey: 'internal',
  label: 'internal',
  done: 'internal',
  noteEnc: 'sensitive',
  position: 'internal',
  updatedBy: 'internal',
  updatedAt: 'internal',
});
