import { sql } from 'drizzle-orm';
import { check, index, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { classify } from '../../platform/db/classification';
import { timestampMs } from '../../platform/db/column-types';

/** A regional network of sex-worker organizations (e.g. the one in the seed). */
export const networks = pgTable('networks', {
  id: uuid('id').primaryKey(),
  name: text('name').notNull(),
  /** The UIC recipe of the whole network (src/domain/uic/); see the registry-settings module. */
  uicRecipeId: text('uic_recipe_id').notNull().default('default'),
  createdAt: timestampMs('created_at').notNull(),
});

/** A tenant: every tenant-owned table carries `org_id` referencing this table. */
export const organizations = pgTable(
  'organizations',
  {
    id: uuid('id').primaryKey(),
    networkId: uuid('network_id')
      .notNull()
      .references(() => networks.id),
    name: text('name').notNull(),
    countryCode: text('country_code'),
    level: text('level', { enum: ['regional', 'national'] }).notNull(),
    createdAt: timestampMs('created_at').notNull(),
  },
  (t) => [
    index('organizations_network_idx').on(t.networkId),
    check('organizations_level_check', sql`${t.level} in ('regional', 'national')`),
  ],
);

classify(networks, { id: 'internal', name: 'public', uicRecipeId: 'internal', createdAt: 'internal' });
classify(organizations, {
  id: 'internal',
  networkId: 'internal',
  name: 'public',
  countryCode: 'public',
  level: 'public',
  createdAt: 'internal',
});
