import { AuditEntryList, AuditListQuery, ViewerList, ViewersQuery } from '../../../domain/audit.schemas';
import { OrgParams } from '../../../domain/common.schemas';
import { defineRoute } from '../../platform/http/route-spec';
import * as service from './audit.service';

const tags = ['audit'];

export const auditRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/orgs/:orgId/audit',
    summary: "The organization's audit log, newest first",
    tags,
    access: { kind: 'org', resource: 'audit_log', action: 'list' },
    params: OrgParams,
    query: AuditListQuery,
    response: AuditEntryList,
    handler: (ctx) => service.listAuditEntries(ctx, ctx.query),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/orgs/:orgId/audit/viewers',
    summary: 'Who viewed a record (sensitive reads)',
    tags,
    access: { kind: 'org', resource: 'audit_log', action: 'read_viewers' },
    params: OrgParams,
    query: ViewersQuery,
    response: ViewerList,
    handler: (ctx) => service.listViewers(ctx, ctx.query),
  }),
];
