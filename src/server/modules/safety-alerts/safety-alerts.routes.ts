import { OrgParams } from '../../../domain/common.schemas';
import {
  SafetyAlertCreateInput,
  SafetyAlertList,
  SafetyAlertParams,
  SafetyAlertView,
} from '../../../domain/safety-alerts.schemas';
import { defineRoute } from '../../platform/http/route-spec';
import * as service from './safety-alerts.service';

const tags = ['safety-alerts'];

export const safetyAlertRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/orgs/:orgId/safety-alerts',
    summary: 'Active safety alerts (neither withdrawn nor expired)',
    tags,
    access: { kind: 'org', resource: 'safety_alert', action: 'list' },
    params: OrgParams,
    response: SafetyAlertList,
    handler: async (ctx) => ({ alerts: await service.listActiveAlerts(ctx) }),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/orgs/:orgId/safety-alerts',
    summary: 'Publish a safety alert to the organization’s staff, with an expiry',
    tags,
    access: { kind: 'org', resource: 'safety_alert', action: 'create' },
    params: OrgParams,
    body: SafetyAlertCreateInput,
    response: SafetyAlertView,
    status: 201,
    handler: (ctx) => service.publishAlert(ctx, ctx.body),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/orgs/:orgId/safety-alerts/:alertId/withdraw',
    summary: 'Withdraw a safety alert before it expires',
    tags,
    access: { kind: 'org', resource: 'safety_alert', action: 'update' },
    params: SafetyAlertParams,
    response: SafetyAlertView,
    handler: (ctx) => service.withdrawAlert(ctx, ctx.params.alertId),
  }),
];
