import { OrgParams } from '../../../domain/common.schemas';
import {
  OrgUserAddExistingInput,
  OrgUserCreateInput,
  OrgUserList,
  OrgUserParams,
  OrgUserUpdateInput,
  OrgUserView,
} from '../../../domain/users.schemas';
import { defineRoute } from '../../platform/http/route-spec';
import * as service from './org-users.service';

const tags = ['users'];

export const orgUserRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/orgs/:orgId/users',
    summary: 'Staff accounts of the organization and their roles',
    tags,
    access: { kind: 'org', resource: 'org_user', action: 'list' },
    params: OrgParams,
    response: OrgUserList,
    handler: async (ctx) => ({ users: await service.listOrgUsers(ctx) }),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/orgs/:orgId/users',
    summary: 'Create a staff account with a role and a temporary password',
    tags,
    access: { kind: 'org', resource: 'org_user', action: 'create' },
    params: OrgParams,
    body: OrgUserCreateInput,
    response: OrgUserView,
    status: 201,
    handler: (ctx) => service.createOrgUser(ctx, ctx.body),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/orgs/:orgId/users/existing',
    summary: 'Give an account you administer in another organization a role here',
    tags,
    access: { kind: 'org', resource: 'org_user', action: 'create' },
    params: OrgParams,
    body: OrgUserAddExistingInput,
    response: OrgUserView,
    status: 201,
    handler: (ctx) => service.addExistingUser(ctx, ctx.body),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/orgs/:orgId/users/:membershipId',
    summary: 'One staff account of the organization',
    tags,
    access: { kind: 'org', resource: 'org_user', action: 'read' },
    params: OrgUserParams,
    response: OrgUserView,
    handler: (ctx) => service.getOrgUser(ctx, ctx.params.membershipId),
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/orgs/:orgId/users/:membershipId',
    summary: 'Change role, disable, reset password or second factor (ends their sessions)',
    tags,
    access: { kind: 'org', resource: 'org_user', action: 'update' },
    params: OrgUserParams,
    body: OrgUserUpdateInput,
    response: OrgUserView,
    handler: (ctx) => service.updateOrgUser(ctx, ctx.params.membershipId, ctx.body),
  }),
];
