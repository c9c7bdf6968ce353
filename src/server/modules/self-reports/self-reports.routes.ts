import { OrgParams } from '../../../domain/common.schemas';
import {
  SelfReportConversion,
  SelfReportConvertInput,
  SelfReportDetail,
  SelfReportList,
  SelfReportListQuery,
  SelfReportParams,
  SelfReportSettingsInput,
  SelfReportSettingsView,
  StaffReplyInput,
} from '../../../domain/self-reports.schemas';
import { defineRoute } from '../../platform/http/route-spec';
import { convertSelfReport } from './self-report-conversion.service';
import * as settings from './self-report-settings.service';
import * as service from './self-reports.service';

const tags = ['self-reports'];

/** The staff side of the self-report: the form's link, and the inbox of reports. */
export const selfReportRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/orgs/:orgId/self-report-settings',
    summary: 'Whether the public self-report form is open, and its link token',
    tags,
    access: { kind: 'org', resource: 'hr_self_report', action: 'configure' },
    params: OrgParams,
    response: SelfReportSettingsView,
    handler: (ctx) => settings.getSettings(ctx),
  }),
  defineRoute({
    method: 'PUT',
    url: '/api/orgs/:orgId/self-report-settings',
    summary: 'Open or close the public self-report form',
    tags,
    access: { kind: 'org', resource: 'hr_self_report', action: 'configure' },
    params: OrgParams,
    body: SelfReportSettingsInput,
    response: SelfReportSettingsView,
    handler: (ctx) => settings.setEnabled(ctx, ctx.body.enabled),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/orgs/:orgId/self-report-settings/renew-link',
    summary: 'A new public link; the old one stops working',
    tags,
    access: { kind: 'org', resource: 'hr_self_report', action: 'configure' },
    params: OrgParams,
    response: SelfReportSettingsView,
    handler: (ctx) => settings.renewLink(ctx),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/orgs/:orgId/self-reports',
    summary: 'The inbox of anonymous reports (no text), newest first',
    tags,
    access: { kind: 'org', resource: 'hr_self_report', action: 'list' },
    params: OrgParams,
    query: SelfReportListQuery,
    response: SelfReportList,
    handler: async (ctx) => ({ selfReports: await service.listSelfReports(ctx, ctx.query.status) }),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/orgs/:orgId/self-reports/:reportId',
    summary: 'One report with its text and conversation (audited)',
    tags,
    access: { kind: 'org', resource: 'hr_self_report', action: 'read' },
    params: SelfReportParams,
    response: SelfReportDetail,
    handler: (ctx) => service.getSelfReport(ctx, ctx.params.reportId),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/orgs/:orgId/self-reports/:reportId/messages',
    summary: 'Answer the reporter (she reads it with her claim code)',
    tags,
    access: { kind: 'org', resource: 'hr_self_report', action: 'update' },
    params: SelfReportParams,
    body: StaffReplyInput,
    response: SelfReportDetail,
    status: 201,
    handler: (ctx) => service.replyToSelfReport(ctx, ctx.params.reportId, ctx.body),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/orgs/:orgId/self-reports/:reportId/close',
    summary: 'Close a report that needs nothing more',
    tags,
    access: { kind: 'org', resource: 'hr_self_report', action: 'update' },
    params: SelfReportParams,
    response: SelfReportDetail,
    handler: (ctx) => service.closeSelfReport(ctx, ctx.params.reportId),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/orgs/:orgId/self-reports/:reportId/convert',
    summary: 'Open a case from a report (intake channel self_report); the report points to it',
    tags,
    access: { kind: 'org', resource: 'hr_self_report', action: 'update' },
    params: SelfReportParams,
    body: SelfReportConvertInput,
    response: SelfReportConversion,
    status: 201,
    handler: (ctx) => convertSelfReport(ctx, ctx.params.reportId, ctx.body),
  }),
];
