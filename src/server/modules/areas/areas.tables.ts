import { sql } from 'drizzle-orm';
import { check, foreignKey, index, pgTable, primaryKey, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { classify } from '../../platform/db/classification';
import { timestampMs } from '../../platform/db/column-types';
import { organizations } from '../organizations/organizations.tables';

/**
 * Places where an organization works, at area precision only: country → province (department) →
 * municipality. Never coordinates. `country_code` is repeated on every level (inherited from the
 * country) so that areas of two organizations can be compared without walking the tree.
 */
export const areas = pgTable(
  'areas',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id),
    id: uuid('id').notNull(),
    parentId: uuid('parent_id'),
    level: text('level', { enum: ['country', 'province', 'municipality'] }).notNull(),
    name: text('name').notNull(),
    countryCode: text('country_code').notNull(),
    createdAt: timestampMs('created_at').notNull(),
    updatedAt: timestampMs('updated_at').notNull(),
    deletedAt: timestampMs('deleted_at'),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId, t.parentId], foreignColumns: [t.orgId, t.id] }),
    index('areas_parent_idx').on(t.orgId, t.parentId),
    // Sibling names are unique (a country's are unique by code): one "Centro" per province.
    uniqueIndex('areas_sibling_name_uq')
      .on(
        t.orgId,
        sql`coalesce(${t.parentId}, '00000000-0000-0000-0000-000000000000'::uuid)`,
        sql`lower(${t.name})`,
      )
      .where(sql`${t.deletedAt} is null`),
    uniqueIndex('areas_country_uq')
      .on(t.orgId, t.countryCode)
      .where(sql`${t.deletedAt} is null and ${t.level} = 'country'`),
    check('areas_level_check', sql`${t.level} in ('country', 'province', 'municipality')`),
    check('areas_parent_check', sql`(${t.level} = 'country') = (${t.parentId} is null)`),
    check('areas_country_code_check', sql`${t.countryCode} ~ '^[A-Z]{2}$'`),
  ],
);

classify(areas, {
  orgId: 'internal',
  id: 'internal',
  parentId: 'internal',
  level: 'internal',
  name: 'internal',
  countryCode: 'internal',
  createdAt: 'internal',
  updatedAt: 'internal',
  deletedAt: 'internal',
});
