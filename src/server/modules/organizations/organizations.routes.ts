import { OrgParams } from '../../../domain/common.schemas';
import {
  OrganizationCreateInput,
  OrganizationList,
  OrganizationUpdateInput,
  OrganizationView,
} from '../../../domain/organizations.schemas';
import { defineRoute } from '../../platform/http/route-spec';
import * as service from './organizations.service';

const tags = ['organizations'];

export const organizationRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/orgs/:orgId',
    summary: 'The organization',
    tags,
    access: { kind: 'org', resource: 'organization', action: 'read' },
    params: OrgParams,
    response: OrganizationView,
    handler: (ctx) => service.getOrganization(ctx),
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/orgs/:orgId',
    summary: 'Rename the organization or change its country',
    tags,
    access: { kind: 'org', resource: 'organization', action: 'update' },
    params: OrgParams,
    body: OrganizationUpdateInput,
    response: OrganizationView,
    handler: (ctx) => service.updateOrganization(ctx, ctx.body),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/orgs/:orgId/network/organizations',
    summary: "Organizations of the caller's network",
    tags,
    access: { kind: 'org', resource: 'network_organization', action: 'list' },
    params: OrgParams,
    response: OrganizationList,
    handler: async (ctx) => ({ organizations: await service.listNetworkOrganizations(ctx) }),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/orgs/:orgId/network/organizations',
    summary: 'Add a member organization to the network (regional secretariat only)',
    tags,
    access: { kind: 'org', resource: 'network_organization', action: 'create' },
    params: OrgParams,
    body: OrganizationCreateInput,
    response: OrganizationView,
    status: 201,
    handler: (ctx) => service.createNetworkOrganization(ctx, ctx.body),
  }),
];
