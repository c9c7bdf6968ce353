import { eq } from 'drizzle-orm';
import { monthOf } from '../../../domain/sites.schemas';
import { buildOrganization, buildUser } from '../../testing/factories';
import type { Recipe, RecipeContext } from '../../testing/route-recipes';
import { organizations } from '../organizations/organizations.tables';
import { buildAreaPath, buildEstimate, buildSite } from './sites.factories';

/**
 * A valid request for every route of the areas and sites modules. Sites are worked by the caller
 * (when there is one), so a promotora's row scope reaches them; notes carry a unique marker.
 */
let sequence = 0;
/** A unique suffix (route-recipes' own helper would make an import cycle with this file). */
const unique = (prefix: string) => `${prefix}-${process.pid}-s${(sequence++).toString(36)}`;

const org = (ctx: RecipeContext) => ({ orgId: ctx.orgId });
const worker = (ctx: RecipeContext) => (ctx.actor ? [ctx.actor.userId] : []);

async function siteParams(ctx: RecipeContext) {
  const site = await buildSite(ctx.t, {
    orgId: ctx.orgId,
    notes: unique('NOTA-PUNTO'),
    workerUserIds: worker(ctx),
  });
  return { orgId: ctx.orgId, siteId: site.id };
}

/** One neighbour organization per network, with its site in the shared municipality (built once). */
const neighbours = new Map<string, Promise<string>>();
const PLACE = { countryCode: 'SV', province: 'San Salvador', municipality: 'Mejicanos' };

function neighbourOf(ctx: RecipeContext, networkId: string): Promise<string> {
  let neighbour = neighbours.get(networkId);
  if (!neighbour) {
    neighbour = (async () => {
      const org = await buildOrganization(ctx.t, { networkId });
      const theirs = await buildAreaPath(ctx.t, { orgId: org.id, ...PLACE, municipality: 'MEJICANOS' });
      await buildSite(ctx.t, { orgId: org.id, areaId: theirs.municipalityId });
      return org.id;
    })();
    neighbours.set(networkId, neighbour);
  }
  return neighbour;
}

/** A site of the caller's organization, and one of another organization of the network in the same area. */
async function overlappingSites(ctx: RecipeContext) {
  const [here] = await ctx.t.db
    .select({ networkId: organizations.networkId })
    .from(organizations)
    .where(eq(organizations.id, ctx.orgId));
  await neighbourOf(ctx, here!.networkId);
  const ours = await buildAreaPath(ctx.t, { orgId: ctx.orgId, ...PLACE });
  await buildSite(ctx.t, { orgId: ctx.orgId, areaId: ours.municipalityId, workerUserIds: worker(ctx) });
}

export const SITE_RECIPES: Record<string, Recipe> = {
  'GET /api/orgs/:orgId/areas': async (ctx) => {
    await buildAreaPath(ctx.t, { orgId: ctx.orgId });
    return { params: org(ctx) };
  },
  'POST /api/orgs/:orgId/areas': async (ctx) => {
    const { countryId } = await buildAreaPath(ctx.t, { orgId: ctx.orgId });
    return {
      params: org(ctx),
      body: { level: 'province', parentId: countryId, name: unique('Departamento') },
    };
  },
  'PATCH /api/orgs/:orgId/areas/:areaId': async (ctx) => {
    const { municipalityId } = await buildAreaPath(ctx.t, { orgId: ctx.orgId });
    return { params: { orgId: ctx.orgId, areaId: municipalityId }, body: { name: unique('Municipio') } };
  },
  'DELETE /api/orgs/:orgId/areas/:areaId': async (ctx) => {
    const { municipalityId } = await buildAreaPath(ctx.t, { orgId: ctx.orgId });
    return { params: { orgId: ctx.orgId, areaId: municipalityId } };
  },
  'GET /api/orgs/:orgId/sites': async (ctx) => {
    await siteParams(ctx);
    return { params: org(ctx) };
  },
  'POST /api/orgs/:orgId/sites': async (ctx) => {
    const { municipalityId } = await buildAreaPath(ctx.t, { orgId: ctx.orgId });
    return {
      params: org(ctx),
      body: {
        areaId: municipalityId,
        name: unique('Punto'),
        typology: 'street',
        activityDays: ['fri', 'sat'],
        opensAt: '20:00',
        closesAt: '02:00',
        notes: unique('NOTA-PUNTO'),
      },
    };
  },
  'GET /api/orgs/:orgId/sites/overlaps': async (ctx) => {
    await overlappingSites(ctx);
    return { params: org(ctx) };
  },
  'GET /api/orgs/:orgId/sites/:siteId': async (ctx) => ({ params: await siteParams(ctx) }),
  'PATCH /api/orgs/:orgId/sites/:siteId': async (ctx) => ({
    params: await siteParams(ctx),
    body: { name: unique('Punto'), typology: 'venue', notes: unique('NOTA-PUNTO') },
  }),
  'DELETE /api/orgs/:orgId/sites/:siteId': async (ctx) => ({ params: await siteParams(ctx) }),
  'PUT /api/orgs/:orgId/sites/:siteId/workers': async (ctx) => {
    const promotora = await buildUser(ctx.t, { orgId: ctx.orgId, role: 'promotora' });
    return { params: await siteParams(ctx), body: { userIds: [promotora.userId] } };
  },
  'GET /api/orgs/:orgId/sites/:siteId/estimates': async (ctx) => {
    const params = await siteParams(ctx);
    await buildEstimate(ctx.t, { orgId: ctx.orgId, siteId: params.siteId });
    return { params };
  },
  'POST /api/orgs/:orgId/sites/:siteId/estimates': async (ctx) => ({
    params: await siteParams(ctx),
    body: {
      low: 20,
      point: 30,
      high: 45,
      method: 'mapping',
      estimatedOn: ctx.t.clock.now().toISOString().slice(0, 10),
      source: 'Mapeo participativo',
    },
  }),
  'GET /api/orgs/:orgId/site-reports': async (ctx) => {
    await siteParams(ctx);
    return { params: org(ctx), query: { month: monthOf(ctx.t.clock.now()) } };
  },
  'POST /api/orgs/:orgId/site-reports': async (ctx) => {
    const { siteId } = await siteParams(ctx);
    return { params: org(ctx), body: { siteId, month: monthOf(ctx.t.clock.now()) } };
  },
};
