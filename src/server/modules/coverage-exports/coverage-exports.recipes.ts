import type { Recipe, RecipeContext } from '../../testing/route-recipes';
import { unique } from '../../testing/route-recipes';
import { buildSite } from '../sites/sites.factories';

const PERIOD = { from: '2026-07', to: '2026-09' };

async function plantSite(ctx: RecipeContext) {
  return buildSite(ctx.t, { orgId: ctx.orgId, name: unique('PUNTO-COBERTURA') });
}

export const COVERAGE_EXPORT_RECIPES: Record<string, Recipe> = {
  'GET /api/orgs/:orgId/coverage/export/:format': async (ctx) => {
    await plantSite(ctx);
    return { params: { orgId: ctx.orgId, format: 'csv' }, query: PERIOD };
  },
  'GET /api/orgs/:orgId/coverage/indicators/:format': async (ctx) => {
    await plantSite(ctx);
    return { params: { orgId: ctx.orgId, format: 'dhis2' }, query: PERIOD };
  },
  'GET /api/orgs/:orgId/coverage/export-settings': async (ctx) => ({ params: { orgId: ctx.orgId } }),
  'PUT /api/orgs/:orgId/coverage/export-settings': async (ctx) => {
    const site = await plantSite(ctx);
    return {
      params: { orgId: ctx.orgId },
      body: {
        labels: [
          {
            indicator: 'GF_KP_1c',
            labels: { es: 'KP-1c propia', 'pt-BR': 'KP-1c própria', en: 'Own KP-1c' },
          },
        ],
        dataSet: 'DsAbcdefgh1',
        dataElements: [{ indicator: 'GF_KP_1c', dataElement: 'DeKp1cAAAAA', categoryOptionCombo: null }],
        orgUnits: [
          { siteId: null, orgUnit: 'OuOrg000001' },
          { siteId: site.id, orgUnit: 'OuSite00001' },
        ],
      },
    };
  },
};
