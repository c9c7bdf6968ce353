import { sql } from 'drizzle-orm';
import {
  check,
  date,
  foreignKey,
  index,
  integer,
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
import { areas } from '../areas/areas.tables';
import { localGroups } from '../local-groups/local-groups.tables';
import { organizations } from '../organizations/organizations.tables';

/** A site (zona/punto) where an organization does outreach; located by its area only. */
export const sites = pgTable(
  'sites',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id),
    id: uuid('id').notNull(),
    areaId: uuid('area_id').notNull(),
    name: text('name').notNull(),
    typology: text('typology', {
      enum: ['street', 'venue', 'brothel', 'apartment', 'hotel', 'online', 'other'],
    }).notNull(),
    activityDays: text('activity_days')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    opensAt: text('opens_at'),
    closesAt: text('closes_at'),
    localGroupId: uuid('local_group_id'),
    /** Free-text notes, AES-256-GCM under the organization's data key. */
    notesEnc: bytea('notes_enc'),
    createdAt: timestampMs('created_at').notNull(),
    updatedAt: timestampMs('updated_at').notNull(),
    deletedAt: timestampMs('deleted_at'),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId, t.areaId], foreignColumns: [areas.orgId, areas.id] }),
    foreignKey({ columns: [t.orgId, t.localGroupId], foreignColumns: [localGroups.orgId, localGroups.id] }),
    index('sites_area_idx').on(t.orgId, t.areaId),
    uniqueIndex('sites_name_uq')
      .on(t.orgId, t.areaId, sql`lower(${t.name})`)
      .where(sql`${t.deletedAt} is null`),
    check(
      'sites_typology_check',
      sql`${t.typology} in ('street', 'venue', 'brothel', 'apartment', 'hotel', 'online', 'other')`,
    ),
    check(
      'sites_activity_days_check',
      sql`${t.activityDays} <@ array['mon','tue','wed','thu','fri','sat','sun']::text[]`,
    ),
  ],
);

export const siteNotesColumn = registerEncryptedColumn({
  table: 'sites',
  column: 'notes_enc',
  scopeColumn: 'org_id',
  keyColumns: ['org_id', 'id'],
});

/** The promotoras (or other staff) who work a site: a promotora's row scope for sites. */
export const siteWorkers = pgTable(
  'site_workers',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id),
    siteId: uuid('site_id').notNull(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    createdAt: timestampMs('created_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.siteId, t.userId] }),
    foreignKey({ columns: [t.orgId, t.siteId], foreignColumns: [sites.orgId, sites.id] }),
    index('site_workers_user_idx').on(t.orgId, t.userId),
  ],
);

/** Size estimates of a site: append-only history; the current one has the latest `estimated_on`. */
export const siteEstimates = pgTable(
  'site_estimates',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id),
    id: uuid('id').notNull(),
    siteId: uuid('site_id').notNull(),
    low: integer('low').notNull(),
    point: integer('point').notNull(),
    high: integer('high').notNull(),
    method: text('method', { enum: ['mapping', 'enumeration', 'capture_recapture', 'other'] }).notNull(),
    estimatedOn: date('estimated_on', { mode: 'string' }).notNull(),
    source: text('source'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestampMs('created_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId, t.siteId], foreignColumns: [sites.orgId, sites.id] }),
    index('site_estimates_site_idx').on(t.orgId, t.siteId, t.estimatedOn),
    check(
      'site_estimates_order_check',
      sql`0 <= ${t.low} and ${t.low} <= ${t.point} and ${t.point} <= ${t.high}`,
    ),
    check(
      'site_estimates_method_check',
      sql`${t.method} in ('mapping', 'enumeration', 'capture_recapture', 'other')`,
    ),
  ],
);

/** Zero returns: a site's "nothing to report" for a month, so that zero means zero, not missing. */
export const siteReports = pgTable(
  'site_reports',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id),
    id: uuid('id').notNull(),
    siteId: uuid('site_id').notNull(),
    /** First day of the month reported. */
    month: date('month', { mode: 'string' }).notNull(),
    status: text('status', { enum: ['nothing_to_report'] }).notNull(),
    reportedBy: uuid('reported_by').references(() => users.id),
    createdAt: timestampMs('created_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId, t.siteId], foreignColumns: [sites.orgId, sites.id] }),
    uniqueIndex('site_reports_site_month_uq').on(t.orgId, t.siteId, t.month),
    check('site_reports_month_check', sql`extract(day from ${t.month}) = 1`),
    check('site_reports_status_check', sql`${t.status} in ('nothing_to_report')`),
  ],
);

classify(sites, {
  orgId: 'internal',
  id: 'internal',
  areaId: 'internal',
  name: 'internal',
  typology: 'internal',
  activityDays: 'internal',
  opensAt: 'internal',
  closesAt: 'internal',
  localGroupId: 'internal',
  notesEnc: 'sensitive',
  createdAt: 'internal',
  updatedAt: 'internal',
  deletedAt: 'internal',
});
classify(siteWorkers, { orgId: 'internal', siteId: 'internal', userId: 'personal', createdAt: 'internal' });
classify(siteEstimates, {
  orgId: 'internal',
  id: 'internal',
  siteId: 'internal',
  low: 'internal',
  point: 'internal',
  high: 'internal',
  method: 'internal',
  estimatedOn: 'internal',
  source: 'internal',
  createdBy: 'personal',
  createdAt: 'internal',
});
classify(siteReports, {
  orgId: 'internal',
  id: 'internal',
  siteId: 'internal',
  month: 'internal',
  status: 'internal',
  reportedBy: 'personal',
  createdAt: 'internal',
});
