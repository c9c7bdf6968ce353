import { foreignKey, index, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { users } from '../../platform/auth/auth.tables';
import { registerEncryptedColumn } from '../../platform/crypto/encrypted-columns';
import { classify } from '../../platform/db/classification';
import { bytea, timestampMs } from '../../platform/db/column-types';
import { areas } from '../areas/areas.tables';
import { organizations } from '../organizations/organizations.tables';

/**
 * A safety alert ("ugly mugs"): a violent client's description or a police operation's area and
 * time, for the organization's signed-in staff until it expires or is withdrawn. It links to no
 * member and no case on purpose: the warning is about the danger, never about the person harmed.
 */
export const safetyAlerts = pgTable(
  'safety_alerts',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id),
    id: uuid('id').notNull(),
    kind: text('kind', { enum: ['violent_client', 'police_operation', 'other'] }).notNull(),
    title: text('title').notNull(),
    descriptionEnc: bytea('description_enc').notNull(),
    areaId: uuid('area_id'),
    publishedBy: uuid('published_by')
      .notNull()
      .references(() => users.id),
    publishedAt: timestampMs('published_at').notNull(),
    expiresAt: timestampMs('expires_at').notNull(),
    withdrawnAt: timestampMs('withdrawn_at'),
    withdrawnBy: uuid('withdrawn_by').references(() => users.id),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId, t.areaId], foreignColumns: [areas.orgId, areas.id] }),
    index('safety_alerts_active_idx').on(t.orgId, t.expiresAt),
  ],
);

export const safetyAlertDescriptionColumn = registerEncryptedColumn({
  table: 'safety_alerts',
  column: 'description_enc',
  scopeColumn: 'org_id',
  keyColumns: ['org_id', 'id'],
});

classify(safetyAlerts, {
  orgId: 'internal',
  id: 'internal',
  kind: 'internal',
  title: 'personal',
  descriptionEnc: 'sensitive',
  areaId: 'internal',
  publishedBy: 'personal',
  publishedAt: 'internal',
  expiresAt: 'internal',
  withdrawnAt: 'internal',
  withdrawnBy: 'personal',
});
