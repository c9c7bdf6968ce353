import { sql } from 'drizzle-orm';
import { check, date, foreignKey, index, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { users } from '../../platform/auth/auth.tables';
import { registerEncryptedColumn } from '../../platform/crypto/encrypted-columns';
import { classify } from '../../platform/db/classification';
import { bytea, timestampMs } from '../../platform/db/column-types';
import { capacityAssessments } from '../capacity-assessments/capacity-assessments.tables';
import { organizations } from '../organizations/organizations.tables';

/**
 * The capacity action plan: what the organization will do to strengthen the framework items it
 * names (`item_keys` are stable across framework versions, so the next assessment finds them).
 * `assessment_id` names the assessment that led to it, when there is one.
 */
export const capacityActions = pgTable(
  'capacity_actions',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id),
    id: uuid('id').notNull(),
    assessmentId: uuid('assessment_id'),
    itemKeys: text('item_keys').array().notNull(),
    title: text('title').notNull(),
    responsibleRole: text('responsible_role').notNull(),
    supportNeeded: text('support_needed'),
    resources: text('resources'),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    status: text('status').notNull(),
    completedOn: date('completed_on', { mode: 'string' }),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestampMs('created_at').notNull(),
    updatedAt: timestampMs('updated_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({
      columns: [t.orgId, t.assessmentId],
      foreignColumns: [capacityAssessments.orgId, capacityAssessments.id],
    }),
    index('capacity_actions_due_idx').on(t.orgId, t.status, t.dueOn),
    index('capacity_actions_item_keys_idx').using('gin', t.itemKeys),
    check('capacity_actions_status_ck', sql`${t.status} in ('planned', 'in_progress', 'done', 'dropped')`),
    check('capacity_actions_item_keys_ck', sql`cardinality(${t.itemKeys}) >= 1`),
  ],
);

classify(capacityActions, {
  orgId: 'internal',
  id: 'internal',
  assessmentId: 'internal',
  itemKeys: 'internal',
  title: 'internal',
  responsibleRole: 'internal',
  supportNeeded: 'internal',
  resources: 'internal',
  dueOn: 'internal',
  status: 'internal',
  completedOn: 'internal',
  createdBy: 'personal',
  createdAt: 'internal',
  updatedAt: 'internal',
});

/** Progress notes of an action (append-only; encrypted: they may tell about people and conflicts). */
export const capacityActionNotes = pgTable(
  'capacity_action_notes',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id),
    id: uuid('id').notNull(),
    actionId: uuid('action_id').notNull(),
    noteEnc: bytea('note_enc').notNull(),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestampMs('created_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({
      columns: [t.orgId, t.actionId],
      foreignColumns: [capacityActions.orgId, capacityActions.id],
    }),
    index('capacity_action_notes_action_idx').on(t.orgId, t.actionId, t.createdAt),
  ],
);

export const capacityActionNoteColumn = registerEncryptedColumn({
  table: 'capacity_action_notes',
  column: 'note_enc',
  scopeColumn: 'org_id',
  keyColumns: ['org_id', 'id'],
});

classify(capacityActionNotes, {
  orgId: 'internal',
  id: 'internal',
  actionId: 'internal',
  noteEnc: 'sensitive',
  createdBy: 'personal',
  createdAt: 'internal',
});
