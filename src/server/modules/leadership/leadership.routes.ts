import { Ok } from '../../../domain/common.schemas';
import {
  MemberPathway,
  MemberPathwayParams,
  MentorshipInput,
  PathwayRoleEndInput,
  PathwayRoleInput,
  PathwayRoleParams,
} from '../../../domain/leadership.schemas';
import { defineRoute } from '../../platform/http/route-spec';
import * as service from './leadership.service';

const tags = ['leadership'];
const base = '/api/orgs/:orgId/members/:memberId/pathway';

export const leadershipRoutes = [
  defineRoute({
    method: 'GET',
    url: base,
    summary: "A member's leadership pathway: trainings, roles held, mentoring (coordinators; audited)",
    tags,
    access: { kind: 'org', resource: 'member_pathway', action: 'read' },
    params: MemberPathwayParams,
    response: MemberPathway,
    handler: (ctx) => service.getPathway(ctx, ctx.params.memberId),
  }),
  defineRoute({
    method: 'POST',
    url: `${base}/roles`,
    summary: 'Record a role she holds or held (promotora, paralegal, board member, spokesperson…)',
    tags,
    access: { kind: 'org', resource: 'member_pathway', action: 'update' },
    params: MemberPathwayParams,
    body: PathwayRoleInput,
    response: Ok,
    status: 201,
    handler: (ctx) => service.addRole(ctx, ctx.params.memberId, ctx.body),
  }),
  defineRoute({
    method: 'PATCH',
    url: `${base}/roles/:roleId`,
    summary: 'End a role (or reopen it with null)',
    tags,
    access: { kind: 'org', resource: 'member_pathway', action: 'update' },
    params: PathwayRoleParams,
    body: PathwayRoleEndInput,
    response: Ok,
    handler: (ctx) => service.endRole(ctx, ctx.params.memberId, ctx.params.roleId, ctx.body),
  }),
  defineRoute({
    method: 'POST',
    url: `${base}/mentorships`,
    summary: 'Record mentoring by another member (display code) or a staff account; notes encrypted',
    tags,
    access: { kind: 'org', resource: 'member_pathway', action: 'update' },
    params: MemberPathwayParams,
    body: MentorshipInput,
    response: Ok,
    status: 201,
    handler: (ctx) => service.addMentorship(ctx, ctx.params.memberId, ctx.body),
  }),
];
