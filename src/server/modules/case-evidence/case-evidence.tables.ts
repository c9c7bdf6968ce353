import { foreignKey, index, pgTable, primaryKey, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from '../../platform/auth/auth.tables';
import { registerEncryptedColumn } from '../../platform/crypto/encrypted-columns';
import { classify } from '../../platform/db/classification';
import { bytea, timestampMs } from '../../platform/db/column-types';
import { storedFiles } from '../../platform/files/files.tables';
import { hrCases } from '../cases/cases.tables';
import { organizations } from '../organizations/organizations.tables';

/**
 * An evidence file of a case (photo or document): the file itself is in the encrypted file store
 * (`stored_files`, metadata stripped, SHA-256 recorded at upload); this row ties it to the case.
 * Evidence is never edited nor removed through the API (chain of custody).
 */
export const hrEvidence = pgTable(
  'hr_evidence',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id),
    id: uuid('id').notNull(),
    caseId: uuid('case_id').notNull(),
    fileId: uuid('file_id').notNull(),
    descriptionEnc: bytea('description_enc'),
    uploadedBy: uuid('uploaded_by')
      .notNull()
      .references(() => users.id),
    createdAt: timestampMs('created_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    index('hr_evidence_case_idx').on(t.orgId, t.caseId),
    uniqueIndex('hr_evidence_file_uq').on(t.orgId, t.fileId),
    foreignKey({
      name: 'hr_evidence_case_fk',
      columns: [t.orgId, t.caseId],
      foreignColumns: [hrCases.orgId, hrCases.id],
    }),
    foreignKey({
      name: 'hr_evidence_file_fk',
      columns: [t.orgId, t.fileId],
      foreignColumns: [storedFiles.orgId, storedFiles.id],
    }),
  ],
);

export const hrEvidenceDescriptionColumn = registerEncryptedColumn({
  table: 'hr_evidence',
  column: 'description_enc',
  scopeColumn: 'org_id',
  keyColumns: ['org_id', 'id'],
});

classify(hrEvidence, {
  orgId: 'internal',
  id: 'internal',
  caseId: 'internal',
  fileId: 'internal',
  descriptionEnc: 'sensitive',
  uploadedBy: 'internal',
  createdAt: 'internal',
});
