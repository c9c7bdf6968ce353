import type {
  CoverageExportSettingsInput,
  CoverageExportSettingsView,
} from '../../../domain/coverage-exports.schemas';
import type { DbOrTx } from '../../platform/db/client';
import { AppError } from '../../platform/errors';
import { orgContext, type ServiceContext } from '../../platform/http/route-spec';
import { presentExportSettings } from './coverage-exports.presenter';
import * as repo from './coverage-exports.repo';

/** The settings as the export files use them (defaults filled in). */
export async function loadExportSettings(db: DbOrTx, orgId: string): Promise<CoverageExportSettingsView> {
  return presentExportSettings(await repo.findExportSettings(db, orgId));
}

export async function readExportSettings(ctx: ServiceContext): Promise<CoverageExportSettingsView> {
  const c = orgContext(ctx);
  return loadExportSettings(c.db, c.org.orgId);
}

/** Replaces the wording and the DHIS2 mapping; every site named must be one of the organization's. */
export async function replaceExportSettings(
  ctx: ServiceContext,
  input: CoverageExportSettingsInput,
): Promise<CoverageExportSettingsView> {
  const c = orgContext(ctx);
  const named = input.orgUnits.map((o) => o.siteId).filter((id): id is string => id !== null);
  const found = await repo.existingSiteIds(c.db, c.org.orgId, named);
  const missing = input.orgUnits.findIndex((o) => o.siteId !== null && !found.has(o.siteId));
  if (missing >= 0) throw new AppError('not_found', { field: `orgUnits.${missing}.siteId` });
  await repo.upsertExportSettings(c.db, {
    orgId: c.org.orgId,
    labels: input.labels,
    dataSet: input.dataSet,
    dataElements: input.dataElements,
    orgUnits: input.orgUnits,
    updatedAt: c.now,
  });
  await c.audit({
    action: 'coverage_export_settings.updated',
    resourceType: 'coverage_export_settings',
    resourceId: null,
    details: {
      labels: input.labels.length,
      dataElements: input.dataElements.length,
      orgUnits: input.orgUnits.length,
    },
  });
  return loadExportSettings(c.db, c.org.orgId);
}
