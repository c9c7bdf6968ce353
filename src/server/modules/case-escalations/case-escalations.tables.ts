import { foreignKey, index, jsonb, pgTable, primaryKey, uuid } from 'drizzle-orm/pg-core';
import type { EscalationFields } from '../../../domain/case-escalations.schemas';
import { users } from '../../platform/auth/auth.tables';
import { registerEncryptedColumn } from '../../platform/crypto/encrypted-columns';
import { classify } from '../../platform/db/classification';
import { bytea, timestampMs } from '../../platform/db/column-types';
import { hrCases } from '../cases/cases.tables';
import { organizations } from '../organizations/organizations.tables';

/**
 * A consented escalation package (issue 5 §5): the redacted case summary a paralegal reviewed field
 * by field for an urgent appeal to a human-rights body. `fields` records which choices she made
 * (enum keys and booleans only); the summary text itself (it may hold her narrative excerpt) is
 * encrypted. Never the member's display code, never a perpetrator's name.
 */
export const hrEscalations = pgTable(
  'hr_escalations',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id),
    id: uuid('id').notNull(),
    caseId: uuid('case_id').notNull(),
    fields: jsonb('fields').$type<EscalationFields>().notNull(),
    summaryEnc: bytea('summary_enc').notNull(),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestampMs('created_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    index('hr_escalations_case_idx').on(t.orgId, t.caseId),
    foreignKey({
      name: 'hr_escalations_case_fk',
      columns: [t.orgId, t.caseId],
      foreignColumns: [hrCases.orgId, hrCases.id],
    }),
  ],
);

export const hrEscalationSummaryColumn = registerEncryptedColumn({
  table: 'hr_escalations',
  column: 'summary_enc',
  scopeColumn: 'org_id',
  keyColumns: ['org_id', 'id'],
});

classify(hrEscalations, {
  orgId: 'internal',
  id: 'internal',
  caseId: 'internal',
  fields: 'internal',
  summaryEnc: 'sensitive',
  createdBy: 'internal',
  createdAt: 'internal',
});
