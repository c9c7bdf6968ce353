import {
  EscalationInput,
  EscalationItemParams,
  EscalationList,
  EscalationOptions,
  EscalationParams,
  EscalationPreview,
  EscalationView,
} from '../../../domain/case-escalations.schemas';
import { FileDownloadResponse } from '../../platform/http/file-response';
import { defineRoute } from '../../platform/http/route-spec';
import * as service from './case-escalations.service';

const tags = ['case-escalations'];

export const caseEscalationRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/orgs/:orgId/cases/:caseId/escalations',
    summary: "A case's escalation packages (assigned paralegals and coordinators)",
    tags,
    access: { kind: 'org', resource: 'hr_escalation', action: 'read' },
    params: EscalationParams,
    response: EscalationList,
    handler: (ctx) => service.listEscalations(ctx, ctx.params.caseId),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/orgs/:orgId/cases/:caseId/escalations/options',
    summary: 'Which fields a case can offer to an escalation package, and whether it has advocacy consent',
    tags,
    access: { kind: 'org', resource: 'hr_escalation', action: 'read' },
    params: EscalationParams,
    response: EscalationOptions,
    handler: (ctx) => service.escalationOptions(ctx, ctx.params.caseId),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/orgs/:orgId/cases/:caseId/escalations/preview',
    summary: 'The redacted summary for the chosen fields (nothing is stored)',
    tags,
    access: { kind: 'org', resource: 'hr_escalation', action: 'create' },
    params: EscalationParams,
    body: EscalationInput,
    response: EscalationPreview,
    write: false,
    handler: (ctx) => service.previewEscalation(ctx, ctx.params.caseId, ctx.body, ctx.locale),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/orgs/:orgId/cases/:caseId/escalations',
    summary: 'Record the reviewed escalation package (advocacy consent required)',
    tags,
    access: { kind: 'org', resource: 'hr_escalation', action: 'create' },
    params: EscalationParams,
    body: EscalationInput,
    response: EscalationView,
    status: 201,
    handler: (ctx) => service.createEscalation(ctx, ctx.params.caseId, ctx.body, ctx.locale),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/orgs/:orgId/cases/:caseId/escalations/:escalationId',
    summary: 'One escalation package with its summary',
    tags,
    access: { kind: 'org', resource: 'hr_escalation', action: 'read' },
    params: EscalationItemParams,
    response: EscalationView,
    handler: (ctx) => service.getEscalation(ctx, ctx.params.caseId, ctx.params.escalationId),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/orgs/:orgId/cases/:caseId/escalations/:escalationId/pdf',
    summary: 'The escalation package as a PDF (audited)',
    tags,
    access: { kind: 'org', resource: 'hr_escalation', action: 'read' },
    params: EscalationItemParams,
    response: FileDownloadResponse,
    handler: (ctx) => service.escalationPdf(ctx, ctx.params.caseId, ctx.params.escalationId),
  }),
];
