import { sql } from 'drizzle-orm';
import { boolean, check, integer, jsonb, pgTable, uuid } from 'drizzle-orm/pg-core';
import type { RiskFlag } from '../../../domain/registry-settings.schemas';
import { classify } from '../../platform/db/classification';
import { timestampMs } from '../../platform/db/column-types';
import { organizations } from '../organizations/organizations.tables';

/**
 * One row per organization once it changes a default (`getRegistrySettings` answers the defaults
 * before that). The network's UIC recipe is not here: it is `networks.uic_recipe_id`, shared by every
 * organization of the network so their hashes can match.
 */
export const registrySettings = pgTable(
  'registry_settings',
  {
    orgId: uuid('org_id')
      .primaryKey()
      .references(() => organizations.id),
    dueAfterDays: integer('due_after_days').notNull().default(30),
    /** Up to 8 `{ key, labels: { es, 'pt-BR', en } }`, validated by RiskFlagList. */
    riskFlags: jsonb('risk_flags').$type<RiskFlag[]>().notNull(),
    recordMigrantStatus: boolean('record_migrant_status').notNull().default(false),
    recordContactChannel: boolean('record_contact_channel').notNull().default(false),
    caseloadNorm: integer('caseload_norm').notNull().default(50),
    /** S7 small-cell suppression threshold for every aggregate of the organization. */
    smallCellThreshold: integer('small_cell_threshold').notNull().default(11),
    updatedAt: timestampMs('updated_at').notNull(),
  },
  (t) => [
    check('registry_settings_due_after_days_check', sql`${t.dueAfterDays} > 0`),
    check('registry_settings_caseload_norm_check', sql`${t.caseloadNorm} > 0`),
    check('registry_settings_small_cell_threshold_check', sql`${t.smallCellThreshold} >= 2`),
    check('registry_settings_risk_flags_check', sql`jsonb_typeof(${t.riskFlags}) = 'array'`),
  ],
);

classify(registrySettings, {
  orgId: 'internal',
  dueAfterDays: 'internal',
  riskFlags: 'internal',
  recordMigrantStatus: 'internal',
  recordContactChannel: 'internal',
  caseloadNorm: 'internal',
  smallCellThreshold: 'internal',
  updatedAt: 'internal',
});
