import { sql } from 'drizzle-orm';
import {
  check,
  date,
  foreignKey,
  index,
  numeric,
  pgTable,
  primaryKey,
  text,
  uuid,
} from 'drizzle-orm/pg-core';
import { registerEncryptedColumn } from '../../platform/crypto/encrypted-columns';
import { classify } from '../../platform/db/classification';
import { bytea, timestampMs } from '../../platform/db/column-types';
import { users } from '../../platform/auth/auth.tables';
import { members } from '../members/members.tables';
import { organizations } from '../organizations/organizations.tables';

/** A project or grant: who funds it, how much (in its own currency), for which period. */
export const grants = pgTable(
  'grants',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id),
    id: uuid('id').notNull(),
    funder: text('funder').notNull(),
    title: text('title').notNull(),
    amount: numeric('amount', { precision: 16, scale: 2, mode: 'number' }).notNull(),
    /** ISO 4217. Amounts are never added across currencies. */
    currency: text('currency').notNull(),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    endsOn: date('ends_on', { mode: 'string' }).notNull(),
    status: text('status', { enum: ['active', 'closed'] }).notNull(),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestampMs('created_at').notNull(),
    updatedAt: timestampMs('updated_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    check('grants_status_ck', sql`${t.status} in ('active', 'closed')`),
    check('grants_currency_ck', sql`${t.currency} ~ '^[A-Z]{3}$'`),
    check('grants_amount_ck', sql`${t.amount} >= 0`),
    check('grants_period_ck', sql`${t.endsOn} >= ${t.startsOn}`),
  ],
);

classify(grants, {
  orgId: 'internal',
  id: 'internal',
  funder: 'internal',
  title: 'internal',
  amount: 'internal',
  currency: 'internal',
  startsOn: 'internal',
  endsOn: 'internal',
  status: 'internal',
  createdBy: 'internal',
  createdAt: 'internal',
  updatedAt: 'internal',
});

/** The reporting calendar of a grant: each report's due date and the day it was submitted. */
export const grantReports = pgTable(
  'grant_reports',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id),
    id: uuid('id').notNull(),
    grantId: uuid('grant_id').notNull(),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    kind: text('kind', { enum: ['narrative', 'financial', 'both'] }).notNull(),
    submittedOn: date('submitted_on', { mode: 'string' }),
    createdAt: timestampMs('created_at').notNull(),
    updatedAt: timestampMs('updated_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId, t.grantId], foreignColumns: [grants.orgId, grants.id] }),
    index('grant_reports_due_idx').on(t.orgId, t.dueOn),
    check('grant_reports_kind_ck', sql`${t.kind} in ('narrative', 'financial', 'both')`),
  ],
);

classify(grantReports, {
  orgId: 'internal',
  id: 'internal',
  grantId: 'internal',
  dueOn: 'internal',
  kind: 'internal',
  submittedOn: 'internal',
  createdAt: 'internal',
  updatedAt: 'internal',
});

/** The resource-mobilization pipeline: opportunity → proposal → awarded (a grant) or declined. */
export const fundingOpportunities = pgTable(
  'funding_opportunities',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id),
    id: uuid('id').notNull(),
    funder: text('funder').notNull(),
    title: text('title').notNull(),
    amount: numeric('amount', { precision: 16, scale: 2, mode: 'number' }),
    currency: text('currency'),
    deadline: date('deadline', { mode: 'string' }),
    stage: text('stage', { enum: ['opportunity', 'proposal', 'awarded', 'declined'] }).notNull(),
    grantId: uuid('grant_id'),
    /** Free text, AES-256-GCM under the organization's data key. */
    notesEnc: bytea('notes_enc'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestampMs('created_at').notNull(),
    updatedAt: timestampMs('updated_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId, t.grantId], foreignColumns: [grants.orgId, grants.id] }),
    check(
      'funding_opportunities_stage_ck',
      sql`${t.stage} in ('opportunity', 'proposal', 'awarded', 'declined')`,
    ),
    check('funding_opportunities_award_ck', sql`${t.stage} <> 'awarded' or ${t.grantId} is not null`),
  ],
);

export const opportunityNotesColumn = registerEncryptedColumn({
  table: 'funding_opportunities',
  column: 'notes_enc',
  scopeColumn: 'org_id',
  keyColumns: ['org_id', 'id'],
});

classify(fundingOpportunities, {
  orgId: 'internal',
  id: 'internal',
  funder: 'internal',
  title: 'internal',
  amount: 'internal',
  currency: 'internal',
  deadline: 'internal',
  stage: 'internal',
  grantId: 'internal',
  notesEnc: 'sensitive',
  createdBy: 'internal',
  createdAt: 'internal',
  updatedAt: 'internal',
});

/** Membership fees with exemptions: a fee may name a member (by her record) or nobody. */
export const membershipFees = pgTable(
  'membership_fees',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id),
    id: uuid('id').notNull(),
    memberId: uuid('member_id'),
    /** `2026` or `2026-03`. */
    period: text('period').notNull(),
    amount: numeric('amount', { precision: 16, scale: 2, mode: 'number' }).notNull(),
    currency: text('currency').notNull(),
    status: text('status', { enum: ['paid', 'pending', 'exempt'] }).notNull(),
    exemptionReason: text('exemption_reason', { enum: ['hardship', 'new_member', 'other'] }),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestampMs('created_at').notNull(),
    updatedAt: timestampMs('updated_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId, t.memberId], foreignColumns: [members.orgId, members.id] }),
    index('membership_fees_period_idx').on(t.orgId, t.period),
    check('membership_fees_status_ck', sql`${t.status} in ('paid', 'pending', 'exempt')`),
    check(
      'membership_fees_exemption_ck',
      sql`(${t.status} = 'exempt') = (${t.exemptionReason} is not null) and (${t.exemptionReason} is null or ${t.exemptionReason} in ('hardship', 'new_member', 'other'))`,
    ),
  ],
);

classify(membershipFees, {
  orgId: 'internal',
  id: 'internal',
  memberId: 'personal',
  period: 'internal',
  amount: 'internal',
  currency: 'internal',
  status: 'personal',
  exemptionReason: 'personal',
  createdBy: 'internal',
  createdAt: 'internal',
  updatedAt: 'internal',
});
