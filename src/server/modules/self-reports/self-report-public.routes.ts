import {
  ClaimInput,
  ClaimMessageInput,
  ClaimView,
  PublicTokenParams,
  SelfReportFormView,
  SelfReportInput,
  SelfReportReceipt,
} from '../../../domain/self-reports.schemas';
import { defineRoute, type RouteContext } from '../../platform/http/route-spec';
import * as service from './self-report-public.service';

const tags = ['self-report (public)'];

const publicContext = <P, Q, B>(ctx: RouteContext<P, Q, B>): service.PublicContext => ({
  ...ctx,
  ip: ctx.request.ip,
});

/**
 * The anonymous self-report form: no session, same-origin CSRF (register-routes), rate limits per
 * client address (an IPv6 one by its /64), form and report. These routes open their own transaction
 * after the rate-limit bookkeeping (`write: false`), so a refused attempt still counts. Their audit
 * rows carry no address tag (`anonymousAudit`): nothing stored ties a reporter's address to a report.
 */
export const selfReportPublicRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/public/self-report/:token',
    summary: 'Whose self-report form a public link opens (404 for a wrong or closed link)',
    tags,
    access: { kind: 'public' },
    anonymousAudit: true,
    params: PublicTokenParams,
    response: SelfReportFormView,
    handler: (ctx) => service.describeForm(publicContext(ctx), ctx.params.token),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/public/self-report/:token',
    summary: 'Send an anonymous report; answers its claim code, once',
    tags,
    access: { kind: 'public' },
    anonymousAudit: true,
    write: false,
    params: PublicTokenParams,
    body: SelfReportInput,
    response: SelfReportReceipt,
    status: 201,
    handler: (ctx) => service.submitReport(publicContext(ctx), ctx.params.token, ctx.body),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/public/self-report/claim',
    summary: 'Status and conversation of a report, by its claim code (404 for a wrong code)',
    tags,
    access: { kind: 'public' },
    anonymousAudit: true,
    write: false,
    body: ClaimInput,
    response: ClaimView,
    handler: (ctx) => service.readClaim(publicContext(ctx), ctx.body.code),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/public/self-report/claim/messages',
    summary: 'The reporter writes to the team, by her claim code',
    tags,
    access: { kind: 'public' },
    anonymousAudit: true,
    write: false,
    body: ClaimMessageInput,
    response: ClaimView,
    status: 201,
    handler: (ctx) => service.postReporterMessage(publicContext(ctx), ctx.body.code, ctx.body.body),
  }),
];
