import { OrgParams } from '../../../domain/common.schemas';
import {
  CapacityDomainUpdateInput,
  CapacityFrameworkChanges,
  CapacityFrameworkList,
  CapacityFrameworkView,
  CapacityItemCreated,
  CapacityItemCreateInput,
  CapacityItemUpdateInput,
  CapacityVersionCreateInput,
  FrameworkChangesQuery,
  FrameworkDomainParams,
  FrameworkItemParams,
  FrameworkParams,
} from '../../../domain/capacity-framework.schemas';
import { defineRoute } from '../../platform/http/route-spec';
import * as service from './capacity-framework.service';

const tags = ['capacity-framework'];
const base = '/api/orgs/:orgId/capacity/frameworks';

/**
 * The capacity framework (issue 6). Reads create version 1 from the standard content on first use.
 * Every edit names the version it was made on; editing a frozen version answers the new version N+1.
 */
export const capacityFrameworkRoutes = [
  defineRoute({
    method: 'GET',
    url: base,
    summary: 'Versions of the organization’s capacity framework, newest first',
    tags,
    access: { kind: 'org', resource: 'capacity_framework', action: 'list' },
    params: OrgParams,
    response: CapacityFrameworkList,
    handler: (ctx) => service.listFrameworks(ctx),
  }),
  defineRoute({
    method: 'GET',
    url: `${base}/current`,
    summary: 'The current version with its domains and items (created from the standard on first use)',
    tags,
    access: { kind: 'org', resource: 'capacity_framework', action: 'read' },
    params: OrgParams,
    response: CapacityFrameworkView,
    handler: (ctx) => service.getCurrent(ctx),
  }),
  defineRoute({
    method: 'POST',
    url: base,
    summary: 'Start the next version from the current one (only once an assessment has frozen it)',
    tags,
    access: { kind: 'org', resource: 'capacity_framework', action: 'create' },
    params: OrgParams,
    body: CapacityVersionCreateInput,
    response: CapacityFrameworkView,
    status: 201,
    handler: (ctx) => service.createVersion(ctx, ctx.body),
  }),
  defineRoute({
    method: 'GET',
    url: `${base}/:frameworkId`,
    summary: 'One version with its domains and items',
    tags,
    access: { kind: 'org', resource: 'capacity_framework', action: 'read' },
    params: FrameworkParams,
    response: CapacityFrameworkView,
    handler: (ctx) => service.getFramework(ctx, ctx.params.frameworkId),
  }),
  defineRoute({
    method: 'GET',
    url: `${base}/:frameworkId/changes`,
    summary: 'What changed, by key, against another version (by default the one it was based on)',
    tags,
    access: { kind: 'org', resource: 'capacity_framework', action: 'read' },
    params: FrameworkParams,
    query: FrameworkChangesQuery,
    response: CapacityFrameworkChanges,
    handler: (ctx) => service.getChanges(ctx, ctx.params.frameworkId, ctx.query.against),
  }),
  defineRoute({
    method: 'POST',
    url: `${base}/:frameworkId/items`,
    summary: 'Add an organization item to a domain (in the next version if this one is frozen)',
    tags,
    access: { kind: 'org', resource: 'capacity_framework', action: 'update' },
    params: FrameworkParams,
    body: CapacityItemCreateInput,
    response: CapacityItemCreated,
    status: 201,
    handler: (ctx) => service.addItem(ctx, ctx.params.frameworkId, ctx.body),
  }),
  defineRoute({
    method: 'PATCH',
    url: `${base}/:frameworkId/items/:itemKey`,
    summary: 'Reword an organization item (in the next version if this one is frozen)',
    tags,
    access: { kind: 'org', resource: 'capacity_framework', action: 'update' },
    params: FrameworkItemParams,
    body: CapacityItemUpdateInput,
    response: CapacityFrameworkView,
    handler: (ctx) => service.updateItem(ctx, ctx.params.frameworkId, ctx.params.itemKey, ctx.body),
  }),
  defineRoute({
    method: 'DELETE',
    url: `${base}/:frameworkId/items/:itemKey`,
    summary: 'Remove an organization item (from the next version if this one is frozen)',
    tags,
    access: { kind: 'org', resource: 'capacity_framework', action: 'update' },
    params: FrameworkItemParams,
    response: CapacityFrameworkView,
    handler: (ctx) => service.removeItem(ctx, ctx.params.frameworkId, ctx.params.itemKey),
  }),
  defineRoute({
    method: 'PATCH',
    url: `${base}/:frameworkId/domains/:domainKey`,
    summary: 'Enable or disable an optional domain (in the next version if this one is frozen)',
    tags,
    access: { kind: 'org', resource: 'capacity_framework', action: 'update' },
    params: FrameworkDomainParams,
    body: CapacityDomainUpdateInput,
    response: CapacityFrameworkView,
    handler: (ctx) => service.setDomainEnabled(ctx, ctx.params.frameworkId, ctx.params.domainKey, ctx.body),
  }),
];
