import { sql } from 'drizzle-orm';
import { pgTable, primaryKey, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { registerEncryptedColumn } from '../../platform/crypto/encrypted-columns';
import { classify } from '../../platform/db/classification';
import { bytea, timestampMs } from '../../platform/db/column-types';
import { organizations } from '../organizations/organizations.tables';

/** A local group (colectivo local) under a national organization. */
export const localGroups = pgTable(
  'local_groups',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id),
    id: uuid('id').notNull(),
    name: text('name').notNull(),
    /** Free-text notes, AES-256-GCM under the organization's data key. */
    notesEnc: bytea('notes_enc'),
    createdAt: timestampMs('created_at').notNull(),
    updatedAt: timestampMs('updated_at').notNull(),
    deletedAt: timestampMs('deleted_at'),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    uniqueIndex('local_groups_name_uq')
      .on(t.orgId, sql`lower(${t.name})`)
      .where(sql`${t.deletedAt} is null`),
  ],
);

export const localGroupNotesColumn = registerEncryptedColumn({
  table: 'local_groups',
  column: 'notes_enc',
  scopeColumn: 'org_id',
  keyColumns: ['org_id', 'id'],
});

classify(localGroups, {
  orgId: 'internal',
  id: 'internal',
  name: 'internal',
  notesEnc: 'sensitive',
  createdAt: 'internal',
  updatedAt: 'internal',
  deletedAt: 'internal',
});
