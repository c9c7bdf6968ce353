import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  foreignKey,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from '../../platform/auth/auth.tables';
import { classify } from '../../platform/db/classification';
import { timestampMs } from '../../platform/db/column-types';
import { storedFiles } from '../../platform/files/files.tables';
import { grants } from '../grants/grants.tables';
import { organizations } from '../organizations/organizations.tables';

/** The organization's vision and mission (one row per organization, absent until first saved). */
export const orgStrategies = pgTable('org_strategies', {
  orgId: uuid('org_id')
    .primaryKey()
    .references(() => organizations.id),
  vision: text('vision'),
  mission: text('mission'),
  updatedAt: timestampMs('updated_at').notNull(),
  updatedBy: uuid('updated_by').references(() => users.id),
});

classify(orgStrategies, {
  orgId: 'internal',
  vision: 'internal',
  mission: 'internal',
  updatedAt: 'internal',
  updatedBy: 'personal',
});

/** Strategic objectives; an objective no longer pursued is deactivated, never removed. */
export const strategicObjectives = pgTable(
  'strategic_objectives',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id),
    id: uuid('id').notNull(),
    title: text('title').notNull(),
    description: text('description'),
    position: integer('position').notNull(),
    active: boolean('active').notNull().default(true),
    createdAt: timestampMs('created_at').notNull(),
    updatedAt: timestampMs('updated_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.id] })],
);

classify(strategicObjectives, {
  orgId: 'internal',
  id: 'internal',
  title: 'internal',
  description: 'internal',
  position: 'internal',
  active: 'internal',
  createdAt: 'internal',
  updatedAt: 'internal',
});

/**
 * Workplan activities, linked to a strategic objective and to a grant (project) of the grants module.
 */
export const workplanActivities = pgTable(
  'workplan_activities',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id),
    id: uuid('id').notNull(),
    objectiveId: uuid('objective_id'),
    grantId: uuid('grant_id'),
    title: text('title').notNull(),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    endsOn: date('ends_on', { mode: 'string' }).notNull(),
    status: text('status').notNull(),
    responsibleRole: text('responsible_role'),
    createdAt: timestampMs('created_at').notNull(),
    updatedAt: timestampMs('updated_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({
      columns: [t.orgId, t.objectiveId],
      foreignColumns: [strategicObjectives.orgId, strategicObjectives.id],
    }),
    foreignKey({ columns: [t.orgId, t.grantId], foreignColumns: [grants.orgId, grants.id] }),
    index('workplan_activities_dates_idx').on(t.orgId, t.startsOn),
    index('workplan_activities_grant_idx').on(t.orgId, t.grantId),
    check(
      'workplan_activities_status_ck',
      sql`${t.status} in ('planned', 'in_progress', 'done', 'delayed', 'cancelled')`,
    ),
    check('workplan_activities_dates_ck', sql`${t.endsOn} >= ${t.startsOn}`),
  ],
);

classify(workplanActivities, {
  orgId: 'internal',
  id: 'internal',
  objectiveId: 'internal',
  grantId: 'internal',
  title: 'internal',
  startsOn: 'internal',
  endsOn: 'internal',
  status: 'internal',
  responsibleRole: 'internal',
  createdAt: 'internal',
  updatedAt: 'internal',
});

/** Registration documents (statutes, board minutes, audits…), with an optional encrypted scan. */
export const orgDocuments = pgTable(
  'org_documents',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id),
    id: uuid('id').notNull(),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    issuedOn: date('issued_on', { mode: 'string' }).notNull(),
    expiresOn: date('expires_on', { mode: 'string' }),
    fileId: uuid('file_id'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestampMs('created_at').notNull(),
    updatedAt: timestampMs('updated_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId, t.fileId], foreignColumns: [storedFiles.orgId, storedFiles.id] }),
    index('org_documents_expiry_idx').on(t.orgId, t.expiresOn),
    check(
      'org_documents_kind_ck',
      sql`${t.kind} in ('statutes', 'board_minutes', 'audit', 'registration', 'tax', 'other')`,
    ),
    check('org_documents_dates_ck', sql`${t.expiresOn} is null or ${t.expiresOn} >= ${t.issuedOn}`),
  ],
);

classify(orgDocuments, {
  orgId: 'internal',
  id: 'internal',
  kind: 'internal',
  title: 'internal',
  issuedOn: 'internal',
  expiresOn: 'internal',
  fileId: 'internal',
  createdBy: 'personal',
  createdAt: 'internal',
  updatedAt: 'internal',
});
