import type { Recipe } from '../../testing/route-recipes';
import { unique } from '../../testing/route-recipes';
import { buildCustomCapacityItem } from './capacity-framework.factory';
import { freezeFramework, getCurrentFramework } from './capacity-framework.repo';

const base = '/api/orgs/:orgId/capacity/frameworks';

/** A new item's texts, with a marker that must never reach another organization. */
const itemBody = () => ({
  domainKey: 'networking',
  statement: { es: unique('ITEM-PROPIO') },
  levels: { '1': { es: 'Uno' }, '2': { es: 'Dos' }, '3': { es: 'Tres' }, '4': { es: 'Cuatro' } },
});

/** One recipe per capacity-framework route (spread into ROUTE_RECIPES). */
export const CAPACITY_FRAMEWORK_RECIPES: Record<string, Recipe> = {
  [`GET ${base}`]: async (ctx) => ({ params: { orgId: ctx.orgId } }),
  [`GET ${base}/current`]: async (ctx) => ({ params: { orgId: ctx.orgId } }),
  [`POST ${base}`]: async (ctx) => {
    const current = await getCurrentFramework(ctx.t.db, ctx.orgId);
    await freezeFramework(ctx.t.db, ctx.orgId, current.id, new Date());
    return { params: { orgId: ctx.orgId }, body: { basedOnId: current.id } };
  },
  [`GET ${base}/:frameworkId`]: async (ctx) => {
    const item = await buildCustomCapacityItem(ctx.t, { orgId: ctx.orgId, statement: unique('ITEM-PROPIO') });
    return { params: { orgId: ctx.orgId, frameworkId: item.frameworkId } };
  },
  [`GET ${base}/:frameworkId/changes`]: async (ctx) => {
    const current = await getCurrentFramework(ctx.t.db, ctx.orgId);
    return { params: { orgId: ctx.orgId, frameworkId: current.id } };
  },
  [`POST ${base}/:frameworkId/items`]: async (ctx) => {
    const current = await getCurrentFramework(ctx.t.db, ctx.orgId);
    return { params: { orgId: ctx.orgId, frameworkId: current.id }, body: itemBody() };
  },
  [`PATCH ${base}/:frameworkId/items/:itemKey`]: async (ctx) => {
    const item = await buildCustomCapacityItem(ctx.t, { orgId: ctx.orgId });
    return {
      params: { orgId: ctx.orgId, frameworkId: item.frameworkId, itemKey: item.itemKey },
      body: { statement: { es: unique('ITEM-PROPIO') } },
    };
  },
  [`DELETE ${base}/:frameworkId/items/:itemKey`]: async (ctx) => {
    const item = await buildCustomCapacityItem(ctx.t, { orgId: ctx.orgId });
    return { params: { orgId: ctx.orgId, frameworkId: item.frameworkId, itemKey: item.itemKey } };
  },
  [`PATCH ${base}/:frameworkId/domains/:domainKey`]: async (ctx) => {
    const current = await getCurrentFramework(ctx.t.db, ctx.orgId);
    const advocacy = current.domains.find((d) => d.key === 'advocacy');
    return {
      params: { orgId: ctx.orgId, frameworkId: current.id, domainKey: 'advocacy' },
      body: { enabled: !advocacy?.enabled },
    };
  },
};
