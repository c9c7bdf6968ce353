import { OrgParams } from '../../../domain/common.schemas';
import {
  CaseloadView,
  OutreachPlanInput,
  OutreachPlanQuery,
  OutreachPlanView,
  OutreachPlanWriteQuery,
  PromotoraParams,
  SupervisionView,
} from '../../../domain/outreach.schemas';
import { defineRoute } from '../../platform/http/route-spec';
import * as caseload from './outreach-caseload.service';
import * as plan from './outreach-plan.service';

const tags = ['outreach'];

export const outreachRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/orgs/:orgId/outreach/caseload',
    summary: '"Mis personas": the caller’s caseload, who is due for contact, condoms needed vs given',
    tags,
    access: { kind: 'org', resource: 'outreach_plan', action: 'read' },
    params: OrgParams,
    response: CaseloadView,
    handler: (ctx) => caseload.getMyCaseload(ctx),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/orgs/:orgId/outreach/plan',
    summary: 'The caller’s weekly plan (week = its Monday; the current week by default)',
    tags,
    access: { kind: 'org', resource: 'outreach_plan', action: 'read' },
    params: OrgParams,
    query: OutreachPlanQuery,
    response: OutreachPlanView,
    handler: (ctx) => plan.getMyPlan(ctx, ctx.query.week),
  }),
  defineRoute({
    method: 'PUT',
    url: '/api/orgs/:orgId/outreach/plan',
    summary: 'Replace the caller’s plan for one week (members of her caseload, sites she works)',
    tags,
    access: { kind: 'org', resource: 'outreach_plan', action: 'update' },
    params: OrgParams,
    query: OutreachPlanWriteQuery,
    body: OutreachPlanInput,
    response: OutreachPlanView,
    handler: (ctx) => plan.replaceMyPlan(ctx, ctx.query.week, ctx.body),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/orgs/:orgId/outreach/supervision',
    summary: 'Each promotora’s caseload against the norm (about 1:50), due and priority members, this month',
    tags,
    access: { kind: 'org', resource: 'outreach_plan', action: 'supervise' },
    params: OrgParams,
    response: SupervisionView,
    handler: (ctx) => caseload.getSupervision(ctx),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/orgs/:orgId/outreach/supervision/:userId/caseload',
    summary: 'One promotora’s caseload, as she sees it',
    tags,
    access: { kind: 'org', resource: 'outreach_plan', action: 'supervise' },
    params: PromotoraParams,
    response: CaseloadView,
    handler: (ctx) => caseload.getCaseloadOf(ctx, ctx.params.userId),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/orgs/:orgId/outreach/supervision/:userId/plan',
    summary: 'One promotora’s weekly plan',
    tags,
    access: { kind: 'org', resource: 'outreach_plan', action: 'supervise' },
    params: PromotoraParams,
    query: OutreachPlanQuery,
    response: OutreachPlanView,
    handler: (ctx) => plan.getPlanOf(ctx, ctx.params.userId, ctx.query.week),
  }),
];
