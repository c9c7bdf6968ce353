import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { registerEncryptedColumn } from '../../platform/crypto/encrypted-columns';
import { classify } from '../../platform/db/classification';
import { bytea, timestampMs } from '../../platform/db/column-types';
import { users } from '../../platform/auth/auth.tables';
import { organizations } from '../organizations/organizations.tables';

/**
 * One import of a spreadsheet (members or contacts). The uploaded file is kept encrypted only until
 * the import is confirmed or cancelled (then wiped); the rows ready to write are kept encrypted with
 * the UIC already hashed — neither a code nor an answer is ever stored in plain text.
 */
export const importJobs = pgTable(
  'import_jobs',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id),
    id: uuid('id').notNull(),
    kind: text('kind').notNull(),
    /** SHA-256 of the uploaded bytes: the same file imported again is recognized. */
    fileSha256: bytea('file_sha256').notNull(),
    fileNameEnc: bytea('file_name_enc'),
    /** The file (base64) under the organization's key; null once confirmed or cancelled. */
    fileEnc: bytea('file_enc'),
    /** The sheet's header row (JSON) under the organization's key. */
    headersEnc: bytea('headers_enc'),
    /** The valid rows as they will be written (JSON, UIC hashed), under the organization's key. */
    rowsEnc: bytea('rows_enc'),
    status: text('status').notNull(),
    recipeId: text('recipe_id').notNull(),
    mapping: jsonb('mapping').$type<Record<string, number>>().notNull(),
    totalRows: integer('total_rows').notNull().default(0),
    validRows: integer('valid_rows').notNull().default(0),
    errorRows: integer('error_rows').notNull().default(0),
    existingRows: integer('existing_rows').notNull().default(0),
    processedRows: integer('processed_rows').notNull().default(0),
    createdRows: integer('created_rows').notNull().default(0),
    skippedRows: integer('skipped_rows').notNull().default(0),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: timestampMs('created_at').notNull(),
    updatedAt: timestampMs('updated_at').notNull(),
    confirmedAt: timestampMs('confirmed_at'),
    finishedAt: timestampMs('finished_at'),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    index('import_jobs_file_idx').on(t.orgId, t.fileSha256),
    check('import_jobs_kind_check', sql`${t.kind} in ('members', 'contacts')`),
    check(
      'import_jobs_status_check',
      sql`${t.status} in ('uploaded', 'previewed', 'running', 'done', 'failed', 'cancelled')`,
    ),
  ],
);

const encrypted = (column: string) =>
  registerEncryptedColumn({
    table: 'import_jobs',
    column,
    scopeColumn: 'org_id',
    keyColumns: ['org_id', 'id'],
  });

export const importFileNameColumn = encrypted('file_name_enc');
export const importFileColumn = encrypted('file_enc');
export const importHeadersColumn = encrypted('headers_enc');
export const importRowsColumn = encrypted('rows_enc');

classify(importJobs, {
  orgId: 'internal',
  id: 'internal',
  kind: 'internal',
  fileSha256: 'internal',
  fileNameEnc: 'sensitive',
  fileEnc: 'sensitive',
  headersEnc: 'sensitive',
  rowsEnc: 'sensitive',
  status: 'internal',
  recipeId: 'internal',
  mapping: 'internal',
  totalRows: 'internal',
  validRows: 'internal',
  errorRows: 'internal',
  existingRows: 'internal',
  processedRows: 'internal',
  createdRows: 'internal',
  skippedRows: 'internal',
  createdBy: 'internal',
  createdAt: 'internal',
  updatedAt: 'internal',
  confirmedAt: 'internal',
  finishedAt: 'internal',
});
