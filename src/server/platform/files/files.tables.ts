import { check, index, integer, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { organizations } from '../../modules/organizations/organizations.tables';
import { users } from '../auth/auth.tables';
import { registerEncryptedColumn } from '../crypto/encrypted-columns';
import { classify } from '../db/classification';
import { bytea, timestampMs } from '../db/column-types';

/**
 * The encrypted file store: evidence photos and documents of human-rights cases, evidence of capacity
 * assessments, organizational documents. The content and the name are sealed with the organization's
 * data key (AAD bound to the organization and the file's id); images are stored without metadata.
 * Whoever holds a `file_id` decides who may read it (the owning module checks access and audits).
 */
export const storedFiles = pgTable(
  'stored_files',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id),
    id: uuid('id').notNull(),
    /** Which module stored it: 'hr_evidence', 'capacity_evidence', 'org_document', … */
    purpose: text('purpose').notNull(),
    contentType: text('content_type').notNull(),
    /** Size of the bytes as stored. */
    sizeBytes: integer('size_bytes').notNull(),
    /** SHA-256 (hex) of the bytes as uploaded, recorded at upload. */
    sha256Original: text('sha256_original').notNull(),
    /** SHA-256 (hex) of the bytes as stored (after metadata stripping); checked on every read. */
    sha256Stored: text('sha256_stored').notNull(),
    filenameEnc: bytea('filename_enc').notNull(),
    contentEnc: bytea('content_enc').notNull(),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: timestampMs('created_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    index('stored_files_purpose_idx').on(t.orgId, t.purpose),
    check('stored_files_size_ck', sql`${t.sizeBytes} >= 0`),
  ],
);

const encrypted = (column: string) =>
  registerEncryptedColumn({
    table: 'stored_files',
    column,
    scopeColumn: 'org_id',
    keyColumns: ['org_id', 'id'],
  });

export const storedFileNameColumn = encrypted('filename_enc');
export const storedFileContentColumn = encrypted('content_enc');

classify(storedFiles, {
  orgId: 'internal',
  id: 'internal',
  purpose: 'internal',
  contentType: 'internal',
  sizeBytes: 'internal',
  sha256Original: 'internal',
  sha256Stored: 'internal',
  filenameEnc: 'sensitive',
  contentEnc: 'sensitive',
  createdBy: 'internal',
  createdAt: 'internal',
});
