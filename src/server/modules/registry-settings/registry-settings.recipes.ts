import { DEFAULT_REGISTRY_SETTINGS } from '../../../domain/registry-settings';
import type { Recipe } from '../../testing/route-recipes';

/** A valid request for every route of the registry-settings module. */
export const REGISTRY_SETTINGS_RECIPES: Record<string, Recipe> = {
  'GET /api/orgs/:orgId/registry/settings': async (ctx) => ({ params: { orgId: ctx.orgId } }),
  'PUT /api/orgs/:orgId/registry/settings': async (ctx) => ({
    params: { orgId: ctx.orgId },
    body: {
      dueAfterDays: 21,
      riskFlags: DEFAULT_REGISTRY_SETTINGS.riskFlags.slice(0, 6),
      recordMigrantStatus: false,
      recordContactChannel: true,
      caseloadNorm: 45,
    },
  }),
};
