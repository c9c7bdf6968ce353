import { jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import type {
  Dhis2DataElementMapping,
  Dhis2OrgUnitMapping,
  IndicatorLabelSetting,
} from '../../../domain/coverage-exports.schemas';
import { classify } from '../../platform/db/classification';
import { timestampMs } from '../../platform/db/column-types';
import { organizations } from '../organizations/organizations.tables';

/**
 * One row per organization once it changes the defaults: the wording of the standard indicators
 * and the DHIS2 mapping (data set, data elements per indicator, org units per site). Validated by
 * `CoverageExportSettingsInput`; no personal data (site ids and DHIS2 UIDs only).
 */
export const coverageExportSettings = pgTable('coverage_export_settings', {
  orgId: uuid('org_id')
    .primaryKey()
    .references(() => organizations.id),
  labels: jsonb('labels').$type<IndicatorLabelSetting[]>().notNull(),
  dataSet: text('data_set'),
  dataElements: jsonb('data_elements').$type<Dhis2DataElementMapping[]>().notNull(),
  orgUnits: jsonb('org_units').$type<Dhis2OrgUnitMapping[]>().notNull(),
  updatedAt: timestampMs('updated_at').notNull(),
});

classify(coverageExportSettings, {
  orgId: 'internal',
  labels: 'internal',
  dataSet: 'internal',
  dataElements: 'internal',
  orgUnits: 'internal',
  updatedAt: 'internal',
});
