import { Ok, OrgParams } from '../../../domain/common.schemas';
import {
  AreaCreateInput,
  AreaList,
  AreaParams,
  AreaUpdateInput,
  AreaView,
} from '../../../domain/sites.schemas';
import { defineRoute } from '../../platform/http/route-spec';
import * as service from './areas.service';

const tags = ['areas'];

export const areaRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/orgs/:orgId/areas',
    summary: 'Areas of the organization (country → province → municipality), each with its path',
    tags,
    access: { kind: 'org', resource: 'area', action: 'list' },
    params: OrgParams,
    response: AreaList,
    handler: async (ctx) => ({ areas: await service.listAreas(ctx) }),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/orgs/:orgId/areas',
    summary: 'Create an area one level under its parent (a country has none); id may come from the client',
    tags,
    access: { kind: 'org', resource: 'area', action: 'create' },
    params: OrgParams,
    body: AreaCreateInput,
    response: AreaView,
    status: 201,
    handler: (ctx) => service.createArea(ctx, ctx.body),
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/orgs/:orgId/areas/:areaId',
    summary: 'Rename an area',
    tags,
    access: { kind: 'org', resource: 'area', action: 'update' },
    params: AreaParams,
    body: AreaUpdateInput,
    response: AreaView,
    handler: (ctx) => service.updateArea(ctx, ctx.params.areaId, ctx.body),
  }),
  defineRoute({
    method: 'DELETE',
    url: '/api/orgs/:orgId/areas/:areaId',
    summary: 'Remove an area that holds no area and no site',
    tags,
    access: { kind: 'org', resource: 'area', action: 'delete' },
    params: AreaParams,
    response: Ok,
    handler: async (ctx) => {
      await service.deleteArea(ctx, ctx.params.areaId);
      return { ok: true as const };
    },
  }),
];
