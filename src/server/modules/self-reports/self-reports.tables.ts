import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  foreignKey,
  index,
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
 * Whether an organization's public self-report form is open, and its link's token. The token is
 * looked up by its SHA-256; it is also kept encrypted so that staff can show the link again.
 */
export const hrSelfReportSettings = pgTable(
  'hr_self_report_settings',
  {
    orgId: uuid('org_id')
      .primaryKey()
      .references(() => organizations.id),
    enabled: boolean('enabled').notNull().default(false),
    publicTokenHash: bytea('public_token_hash').notNull(),
    publicTokenEnc: bytea('public_token_enc').notNull(),
    updatedBy: uuid('updated_by').references(() => users.id),
    updatedAt: timestampMs('updated_at').notNull(),
  },
  // Token hashes are unique across organizations: the public URL names no organization.
  (t) => [uniqueIndex('hr_self_report_settings_token_uq').on(t.publicTokenHash)],
);

export const selfReportTokenColumn = registerEncryptedColumn({
  table: 'hr_self_report_settings',
  column: 'public_token_enc',
  scopeColumn: 'org_id',
  keyColumns: ['org_id'],
});

/**
 * A report sent through the public form, by someone who did not sign in. No name, no contact, no
 * address: she comes back with the claim code (only its SHA-256 is stored).
 */
export const hrSelfReports = pgTable(
  'hr_self_reports',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id),
    id: uuid('id').notNull(),
    claimCodeHash: bytea('claim_code_hash').notNull(),
    occurredOn: date('occurred_on', { mode: 'string' }),
    occurredPrecision: text('occurred_precision', { enum: ['day', 'month', 'approximate'] }).notNull(),
    areaTextEnc: bytea('area_text_enc'),
    whatHappenedEnc: bytea('what_happened_enc').notNull(),
    actTypes: text('act_types')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    wantsContact: boolean('wants_contact').notNull().default(false),
    status: text('status', { enum: ['new', 'in_review', 'converted', 'closed'] }).notNull(),
    /** The case it became (5A's hr_cases); no foreign key so the two modules land independently. */
    caseId: uuid('case_id'),
    createdAt: timestampMs('created_at').notNull(),
    updatedAt: timestampMs('updated_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    // Claim codes are looked up without an organization: 80 random bits, unique everywhere.
    uniqueIndex('hr_self_reports_claim_uq').on(t.claimCodeHash),
    index('hr_self_reports_status_idx').on(t.orgId, t.status, t.createdAt),
  ],
);

export const selfReportAreaColumn = registerEncryptedColumn({
  table: 'hr_self_reports',
  column: 'area_text_enc',
  scopeColumn: 'org_id',
  keyColumns: ['org_id', 'id'],
});
export const selfReportTextColumn = registerEncryptedColumn({
  table: 'hr_self_reports',
  column: 'what_happened_enc',
  scopeColumn: 'org_id',
  keyColumns: ['org_id', 'id'],
});

/** The conversation between the reporter (through her claim code) and the staff. */
export const hrSelfReportMessages = pgTable(
  'hr_self_report_messages',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id),
    id: uuid('id').notNull(),
    reportId: uuid('report_id').notNull(),
    sender: text('sender', { enum: ['reporter', 'staff'] }).notNull(),
    staffUserId: uuid('staff_user_id').references(() => users.id),
    bodyEnc: bytea('body_enc').notNull(),
    createdAt: timestampMs('created_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({
      columns: [t.orgId, t.reportId],
      foreignColumns: [hrSelfReports.orgId, hrSelfReports.id],
    }),
    index('hr_self_report_messages_report_idx').on(t.orgId, t.reportId, t.createdAt),
    check('hr_self_report_messages_sender_ck', sql`(${t.sender} = 'staff') = (${t.staffUserId} is not null)`),
  ],
);

export const selfReportMessageColumn = registerEncryptedColumn({
  table: 'hr_self_report_messages',
  column: 'body_enc',
  scopeColumn: 'org_id',
  keyColumns: ['org_id', 'id'],
});

classify(hrSelfReportSettings, {
  orgId: 'internal',
  enabled: 'internal',
  publicTokenHash: 'internal',
  publicTokenEnc: 'sensitive',
  updatedBy: 'personal',
  updatedAt: 'internal',
});

classify(hrSelfReports, {
  orgId: 'internal',
  id: 'internal',
  claimCodeHash: 'sensitive',
  occurredOn: 'sensitive',
  occurredPrecision: 'internal',
  areaTextEnc: 'sensitive',
  whatHappenedEnc: 'sensitive',
  actTypes: 'sensitive',
  wantsContact: 'internal',
  status: 'internal',
  caseId: 'internal',
  createdAt: 'internal',
  updatedAt: 'internal',
});

classify(hrSelfReportMessages, {
  orgId: 'internal',
  id: 'internal',
  reportId: 'internal',
  sender: 'internal',
  staffUserId: 'personal',
  bodyEnc: 'sensitive',
  createdAt: 'internal',
});
