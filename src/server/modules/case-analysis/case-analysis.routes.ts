import {
  AnalysisQuery,
  CaseAggregates,
  ExportParams,
  ExportQuery,
  NetworkAggregates,
  NetworkShareInput,
  NetworkShareList,
  NetworkShareParams,
  NetworkSharePreview,
  NetworkSharePreviewQuery,
  NetworkShareView,
} from '../../../domain/case-analysis.schemas';
import { OrgParams } from '../../../domain/common.schemas';
import { FileDownloadResponse } from '../../platform/http/file-response';
import { defineRoute } from '../../platform/http/route-spec';
import * as service from './case-analysis.service';
import * as shares from './network-shares.service';

const tags = ['case-analysis'];

export const caseAnalysisRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/orgs/:orgId/case-analysis',
    summary: 'Anonymized analysis of consented cases (every count small-cell suppressed)',
    tags,
    access: { kind: 'org', resource: 'hr_analysis', action: 'read' },
    params: OrgParams,
    query: AnalysisQuery,
    response: CaseAggregates,
    handler: (ctx) => service.getAnalysis(ctx, ctx.query),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/orgs/:orgId/case-analysis/export/:format',
    summary: 'The analysis as CSV, XLSX or a PDF report in Spanish (no narrative, name, code or reference)',
    tags,
    access: { kind: 'org', resource: 'hr_analysis', action: 'export' },
    params: ExportParams,
    query: ExportQuery,
    response: FileDownloadResponse,
    handler: (ctx) =>
      service.exportAnalysis(
        ctx,
        ctx.params.format,
        { from: ctx.query.from, to: ctx.query.to },
        ctx.query.lang ?? ctx.locale,
      ),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/orgs/:orgId/network-shares',
    summary: 'What the organization has shared with its network (approved and withdrawn)',
    tags,
    access: { kind: 'org', resource: 'hr_network_share', action: 'list' },
    params: OrgParams,
    response: NetworkShareList,
    handler: (ctx) => shares.listShares(ctx),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/orgs/:orgId/network-shares/preview',
    summary:
      'Exactly what would be shared for a period (cases with network-sharing consent), with its digest',
    tags,
    access: { kind: 'org', resource: 'hr_network_share', action: 'list' },
    params: OrgParams,
    query: NetworkSharePreviewQuery,
    response: NetworkSharePreview,
    handler: (ctx) => shares.previewShare(ctx, ctx.query),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/orgs/:orgId/network-shares',
    summary: 'Approve sharing the previewed tables with the network (409 if they changed since)',
    tags,
    access: { kind: 'org', resource: 'hr_network_share', action: 'create' },
    params: OrgParams,
    body: NetworkShareInput,
    response: NetworkShareView,
    status: 201,
    handler: (ctx) => shares.approveShare(ctx, ctx.body),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/orgs/:orgId/network-shares/:shareId/withdraw',
    summary: 'Withdraw a share: the network no longer sees it',
    tags,
    access: { kind: 'org', resource: 'hr_network_share', action: 'delete' },
    params: NetworkShareParams,
    response: NetworkShareView,
    handler: (ctx) => shares.withdrawShare(ctx, ctx.params.shareId),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/orgs/:orgId/network/hr-aggregates',
    summary: "Regional secretariat: each organization's latest approved case aggregates and combined tables",
    tags,
    access: { kind: 'org', resource: 'hr_network_aggregate', action: 'read' },
    params: OrgParams,
    response: NetworkAggregates,
    handler: (ctx) => shares.networkAggregates(ctx),
  }),
];
