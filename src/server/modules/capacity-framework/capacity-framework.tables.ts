import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { LevelDescriptions, LocalizedText } from '../../../domain/capacity/framework';
import { users } from '../../platform/auth/auth.tables';
import { classify } from '../../platform/db/classification';
import { timestampMs } from '../../platform/db/column-types';
import { organizations } from '../organizations/organizations.tables';

/**
 * One version of an organization's capacity framework (issue 6). Version 1 is copied from the
 * standard content on first use; once an assessment uses a version it is frozen (`frozen_at`), and
 * editing it creates version N+1 (a copy, `based_on_id` = the frozen one). Item keys stay stable across
 * versions so that re-assessments compare like with like.
 */
export const capacityFrameworks = pgTable(
  'capacity_frameworks',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id),
    id: uuid('id').notNull(),
    version: integer('version').notNull(),
    name: text('name').notNull(),
    basedOnId: uuid('based_on_id'),
    frozenAt: timestampMs('frozen_at'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestampMs('created_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    uniqueIndex('capacity_frameworks_version_uq').on(t.orgId, t.version),
    foreignKey({
      name: 'capacity_frameworks_based_on_fk',
      columns: [t.orgId, t.basedOnId],
      foreignColumns: [t.orgId, t.id],
    }),
    check('capacity_frameworks_version_check', sql`${t.version} >= 1`),
  ],
);

/** A domain of one framework version (governance, networking…); optional domains start disabled. */
export const capacityDomains = pgTable(
  'capacity_domains',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id),
    id: uuid('id').notNull(),
    frameworkId: uuid('framework_id').notNull(),
    key: text('key').notNull(),
    position: integer('position').notNull(),
    optional: boolean('optional').notNull(),
    enabled: boolean('enabled').notNull(),
    labels: jsonb('labels').$type<LocalizedText>().notNull(),
    description: jsonb('description').$type<LocalizedText>(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    uniqueIndex('capacity_domains_key_uq').on(t.orgId, t.frameworkId, t.key),
    foreignKey({
      name: 'capacity_domains_framework_fk',
      columns: [t.orgId, t.frameworkId],
      foreignColumns: [capacityFrameworks.orgId, capacityFrameworks.id],
    }),
    check('capacity_domains_optional_check', sql`${t.optional} or ${t.enabled}`),
  ],
);

/** A statement scored 1–4 (or N/A) with one description per level; `custom` = added by the organization. */
export const capacityItems = pgTable(
  'capacity_items',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id),
    id: uuid('id').notNull(),
    frameworkId: uuid('framework_id').notNull(),
    domainId: uuid('domain_id').notNull(),
    key: text('key').notNull(),
    position: integer('position').notNull(),
    statement: jsonb('statement').$type<LocalizedText>().notNull(),
    levels: jsonb('levels').$type<LevelDescriptions>().notNull(),
    custom: boolean('custom').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    uniqueIndex('capacity_items_key_uq').on(t.orgId, t.frameworkId, t.key),
    index('capacity_items_domain_idx').on(t.orgId, t.domainId),
    foreignKey({
      name: 'capacity_items_framework_fk',
      columns: [t.orgId, t.frameworkId],
      foreignColumns: [capacityFrameworks.orgId, capacityFrameworks.id],
    }),
    foreignKey({
      name: 'capacity_items_domain_fk',
      columns: [t.orgId, t.domainId],
      foreignColumns: [capacityDomains.orgId, capacityDomains.id],
    }),
  ],
);

classify(capacityFrameworks, {
  orgId: 'internal',
  id: 'internal',
  version: 'internal',
  name: 'internal',
  basedOnId: 'internal',
  frozenAt: 'internal',
  createdBy: 'internal',
  createdAt: 'internal',
});

classify(capacityDomains, {
  orgId: 'internal',
  id: 'internal',
  frameworkId: 'internal',
  key: 'internal',
  position: 'internal',
  optional: 'internal',
  enabled: 'internal',
  labels: 'internal',
  description: 'internal',
});

classify(capacityItems, {
  orgId: 'internal',
  id: 'internal',
  frameworkId: 'internal',
  domainId: 'internal',
  key: 'internal',
  position: 'internal',
  statement: 'internal',
  levels: 'internal',
  custom: 'internal',
});
