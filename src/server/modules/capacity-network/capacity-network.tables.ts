import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { registerEncryptedColumn } from '../../platform/crypto/encrypted-columns';
import { classify } from '../../platform/db/classification';
import { bytea, timestampMs } from '../../platform/db/column-types';
import { users } from '../../platform/auth/auth.tables';
import { organizations } from '../organizations/organizations.tables';

/**
 * An organization's consent to show its capacity results and its technical-assistance requests to
 * the regional secretariat's network view. No row = no consent.
 */
export const capacitySharingConsents = pgTable('capacity_sharing_consents', {
  orgId: uuid('org_id')
    .primaryKey()
    .references(() => organizations.id),
  shareScores: boolean('share_scores').notNull(),
  shareTaRequests: boolean('share_ta_requests').notNull(),
  updatedBy: uuid('updated_by').references(() => users.id),
  updatedAt: timestampMs('updated_at').notNull(),
});

classify(capacitySharingConsents, {
  orgId: 'internal',
  shareScores: 'internal',
  shareTaRequests: 'internal',
  updatedBy: 'internal',
  updatedAt: 'internal',
});

/** A request for technical assistance in one capacity domain (peer exchange in the network). */
export const taRequests = pgTable(
  'ta_requests',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id),
    id: uuid('id').notNull(),
    /** A domain key of the capacity framework (`resource_mobilization`…). */
    domainKey: text('domain_key').notNull(),
    /** What help is needed; AES-256-GCM, never shown outside the organization. */
    descriptionEnc: bytea('description_enc').notNull(),
    status: text('status', { enum: ['open', 'in_progress', 'closed'] }).notNull(),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestampMs('created_at').notNull(),
    updatedAt: timestampMs('updated_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    index('ta_requests_domain_idx').on(t.orgId, t.domainKey),
    check('ta_requests_status_ck', sql`${t.status} in ('open', 'in_progress', 'closed')`),
  ],
);

export const taRequestDescriptionColumn = registerEncryptedColumn({
  table: 'ta_requests',
  column: 'description_enc',
  scopeColumn: 'org_id',
  keyColumns: ['org_id', 'id'],
});

classify(taRequests, {
  orgId: 'internal',
  id: 'internal',
  domainKey: 'internal',
  descriptionEnc: 'sensitive',
  status: 'internal',
  createdBy: 'internal',
  createdAt: 'internal',
  updatedAt: 'internal',
});

/** The regional secretariat's settings of the network view. */
export const capacityNetworkSettings = pgTable(
  'capacity_network_settings',
  {
    orgId: uuid('org_id')
      .primaryKey()
      .references(() => organizations.id),
    /** Below this many organizations, none is named and no distribution is shown. */
    minOrganizations: integer('min_organizations').notNull(),
    updatedBy: uuid('updated_by').references(() => users.id),
    updatedAt: timestampMs('updated_at').notNull(),
  },
  (t) => [check('capacity_network_settings_min_ck', sql`${t.minOrganizations} between 2 and 50`)],
);

classify(capacityNetworkSettings, {
  orgId: 'internal',
  minOrganizations: 'internal',
  updatedBy: 'internal',
  updatedAt: 'internal',
});
