import { sql } from 'drizzle-orm';
import { check, date, foreignKey, index, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import {
  IMPACTS,
  INTERVENTION_STATUSES,
  INTERVENTION_TYPES,
  PRIORITIES,
  REFERRAL_STATUSES,
} from '../../../domain/case-responses';
import { users } from '../../platform/auth/auth.tables';
import { registerEncryptedColumn } from '../../platform/crypto/encrypted-columns';
import { classify } from '../../platform/db/classification';
import { bytea, timestampMs } from '../../platform/db/column-types';
import { hrCases } from '../cases/cases.tables';
import { organizations } from '../organizations/organizations.tables';

const list = (values: readonly string[]) => sql.raw(values.map((v) => `'${v}'`).join(', '));

/** An intervention on a case (issue 5 §2): what was done or asked for, its status, priority and impact. */
export const hrInterventions = pgTable(
  'hr_interventions',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id),
    id: uuid('id').notNull(),
    caseId: uuid('case_id').notNull(),
    type: text('type', { enum: INTERVENTION_TYPES }).notNull(),
    /** The institution asked (prosecutor's office, clinic, shelter): internal, not a person's name. */
    requestedParty: text('requested_party'),
    requestedOn: date('requested_on', { mode: 'string' }),
    status: text('status', { enum: INTERVENTION_STATUSES }).notNull(),
    priority: text('priority', { enum: PRIORITIES }).notNull(),
    impact: text('impact', { enum: IMPACTS }),
    notesEnc: bytea('notes_enc'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestampMs('created_at').notNull(),
    updatedAt: timestampMs('updated_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    index('hr_interventions_case_idx').on(t.orgId, t.caseId),
    foreignKey({
      name: 'hr_interventions_case_fk',
      columns: [t.orgId, t.caseId],
      foreignColumns: [hrCases.orgId, hrCases.id],
    }),
    check('hr_interventions_type_check', sql`${t.type} in (${list(INTERVENTION_TYPES)})`),
    check('hr_interventions_status_check', sql`${t.status} in (${list(INTERVENTION_STATUSES)})`),
    check('hr_interventions_priority_check', sql`${t.priority} in (${list(PRIORITIES)})`),
    check('hr_interventions_impact_check', sql`${t.impact} is null or ${t.impact} in (${list(IMPACTS)})`),
  ],
);

export const hrInterventionNotesColumn = registerEncryptedColumn({
  table: 'hr_interventions',
  column: 'notes_enc',
  scopeColumn: 'org_id',
  keyColumns: ['org_id', 'id'],
});

classify(hrInterventions, {
  orgId: 'internal',
  id: 'internal',
  caseId: 'internal',
  type: 'internal',
  requestedParty: 'internal',
  requestedOn: 'internal',
  status: 'internal',
  priority: 'internal',
  impact: 'internal',
  notesEnc: 'sensitive',
  createdBy: 'internal',
  createdAt: 'internal',
  updatedAt: 'internal',
});

/** A referral of a case to a partner organization (legal clinic, health service, shelter). */
export const hrCaseReferrals = pgTable(
  'hr_case_referrals',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id),
    id: uuid('id').notNull(),
    caseId: uuid('case_id').notNull(),
    partnerName: text('partner_name').notNull(),
    service: text('service').notNull(),
    referredOn: date('referred_on', { mode: 'string' }).notNull(),
    status: text('status', { enum: REFERRAL_STATUSES }).notNull(),
    notesEnc: bytea('notes_enc'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestampMs('created_at').notNull(),
    updatedAt: timestampMs('updated_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    index('hr_case_referrals_case_idx').on(t.orgId, t.caseId),
    foreignKey({
      name: 'hr_case_referrals_case_fk',
      columns: [t.orgId, t.caseId],
      foreignColumns: [hrCases.orgId, hrCases.id],
    }),
    check('hr_case_referrals_status_check', sql`${t.status} in (${list(REFERRAL_STATUSES)})`),
  ],
);

export const hrReferralNotesColumn = registerEncryptedColumn({
  table: 'hr_case_referrals',
  column: 'notes_enc',
  scopeColumn: 'org_id',
  keyColumns: ['org_id', 'id'],
});

classify(hrCaseReferrals, {
  orgId: 'internal',
  id: 'internal',
  caseId: 'internal',
  partnerName: 'internal',
  service: 'internal',
  referredOn: 'internal',
  status: 'internal',
  notesEnc: 'sensitive',
  createdBy: 'internal',
  createdAt: 'internal',
  updatedAt: 'internal',
});

/** A follow-up task of a case, with a due day, in the assigned person's queue until done. */
export const hrFollowUps = pgTable(
  'hr_follow_ups',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id),
    id: uuid('id').notNull(),
    caseId: uuid('case_id').notNull(),
    assignedUserId: uuid('assigned_user_id')
      .notNull()
      .references(() => users.id),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    /** What to do (may name the person or the place): encrypted. */
    taskEnc: bytea('task_enc').notNull(),
    doneAt: timestampMs('done_at'),
    doneBy: uuid('done_by').references(() => users.id),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestampMs('created_at').notNull(),
    updatedAt: timestampMs('updated_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    index('hr_follow_ups_case_idx').on(t.orgId, t.caseId),
    index('hr_follow_ups_queue_idx')
      .on(t.orgId, t.assignedUserId, t.dueOn)
      .where(sql`${t.doneAt} is null`),
    foreignKey({
      name: 'hr_follow_ups_case_fk',
      columns: [t.orgId, t.caseId],
      foreignColumns: [hrCases.orgId, hrCases.id],
    }),
    check('hr_follow_ups_done_check', sql`(${t.doneAt} is null) = (${t.doneBy} is null)`),
  ],
);

export const hrFollowUpTaskColumn = registerEncryptedColumn({
  table: 'hr_follow_ups',
  column: 'task_enc',
  scopeColumn: 'org_id',
  keyColumns: ['org_id', 'id'],
});

classify(hrFollowUps, {
  orgId: 'internal',
  id: 'internal',
  caseId: 'internal',
  assignedUserId: 'internal',
  dueOn: 'internal',
  taskEnc: 'sensitive',
  doneAt: 'internal',
  doneBy: 'internal',
  createdBy: 'internal',
  createdAt: 'internal',
  updatedAt: 'internal',
});
