import crypto from 'node:crypto';
import type {
  ClaimView,
  SelfReportFormView,
  SelfReportInput,
  SelfReportReceipt,
} from '../../../domain/self-reports.schemas';
import { rateLimitAddress } from '../../../domain/rate-limit-address';
import { formatClaimCode, SELF_REPORT_LIMITS } from '../../../domain/self-reports';
import {
  isLocked,
  purgeExpired,
  recordFailure,
  throttleKey,
  type ThrottleKind,
} from '../../platform/auth/throttle';
import { SYSTEM_SCOPE } from '../../platform/crypto/keyring';
import { AppError } from '../../platform/errors';
import type { ServiceContext } from '../../platform/http/route-spec';
import { findOrganization } from '../organizations/organizations.repo';
import { openMessage, sealMessage, sealReportText } from './self-report-crypto';
import { hashSecret, newClaimCode } from './self-report-secrets';
import * as repo from './self-reports.repo';

/**
 * A public request: nobody is signed in; the client address only feeds the rate limits (an IPv6
 * address as its /64). The routes write their audit rows without an address tag (`anonymousAudit`).
 */
export interface PublicContext extends ServiceContext {
  ip: string;
}

/**
 * What the reporter's side stores of time: the hour, not the moment. Together with random ids
 * (no UUIDv7, which carries its creation time) and audit rows without an address tag, whoever holds
 * the server or its proxy logs cannot match a report or a message to a request by its exact time.
 */
export const PUBLIC_TIME_GRANULARITY_MS = 60 * 60_000;

export function coarseTime(now: Date): Date {
  return new Date(now.getTime() - (now.getTime() % PUBLIC_TIME_GRANULARITY_MS));
}

const SELF_REPORT_THROTTLES: readonly ThrottleKind[] = [
  'self_report_address',
  'self_report_form',
  'self_report_guess',
  'self_report_message',
];

/** Counts an attempt, and forgets the self-report throttle rows whose window has passed. */
async function count(ctx: PublicContext, kind: ThrottleKind, throttle: string): Promise<void> {
  await recordFailure(ctx.deps.db, kind, throttle, ctx.now);
  await purgeExpired(ctx.deps.db, SELF_REPORT_THROTTLES, ctx.now);
}

type ParsedReport = Omit<SelfReportInput, 'occurredPrecision' | 'actTypes' | 'wantsContact'> & {
  occurredPrecision: repo.SelfReportRow['occurredPrecision'];
  actTypes: string[];
  wantsContact: boolean;
};

const key = (ctx: PublicContext, kind: ThrottleKind, value: string) =>
  throttleKey(ctx.deps.keyring, kind, value);
const addressKey = (ctx: PublicContext, kind: ThrottleKind) => key(ctx, kind, rateLimitAddress(ctx.ip));

async function refuseWhenLocked(ctx: PublicContext, keys: readonly string[]): Promise<void> {
  for (const k of keys) if (await isLocked(ctx.deps.db, k, ctx.now)) throw new AppError('too_many_attempts');
}

/**
 * A wrong link and a wrong claim code answer the same 404 and count against the client address, so
 * neither can be probed: after 10 misses in 15 minutes the address waits, right answers included.
 */
async function missed(ctx: PublicContext, guessKey: string): Promise<never> {
  await count(ctx, 'self_report_guess', guessKey);
  throw new AppError('not_found');
}

async function openForm(ctx: PublicContext, token: string): Promise<repo.SelfReportSettingsRow> {
  const guessKey = await addressKey(ctx, 'self_report_guess');
  await refuseWhenLocked(ctx, [guessKey]);
  const settings = await repo.findSettingsByTokenHash(ctx.deps.db, hashSecret(token));
  if (!settings?.enabled) return missed(ctx, guessKey);
  return settings;
}

async function organizationName(ctx: PublicContext, orgId: string): Promise<string> {
  return (await findOrganization(ctx.deps.db, orgId))?.name ?? '';
}

export async function describeForm(ctx: PublicContext, token: string): Promise<SelfReportFormView> {
  const settings = await openForm(ctx, token);
  return { organizationName: await organizationName(ctx, settings.orgId) };
}

/**
 * Stores a report and answers its claim code, once: only the code's SHA-256 is kept, so nobody can
 * show it again. Every report counts against the address (10 an hour) and the form (60 an hour).
 */
export async function submitReport(
  ctx: PublicContext,
  token: string,
  input: ParsedReport,
): Promise<SelfReportReceipt> {
  const settings = await openForm(ctx, token);
  const orgId = settings.orgId;
  const fromAddress = await addressKey(ctx, 'self_report_address');
  const formKey = await key(ctx, 'self_report_form', orgId);
  await refuseWhenLocked(ctx, [fromAddress, formKey]);
  await count(ctx, 'self_report_address', fromAddress);
  await count(ctx, 'self_report_form', formKey);

  const code = newClaimCode();
  const id = crypto.randomUUID(); // not UUIDv7: the id must not say when she wrote
  const at = coarseTime(ctx.now);
  await ctx.deps.keyring.preload([orgId, SYSTEM_SCOPE]);
  const sealed = await sealReportText(ctx.deps.keyring, { orgId, id }, input);
  await ctx.deps.db.transaction(async (tx) => {
    await repo.insertReport(tx, {
      orgId,
      id,
      claimCodeHash: hashSecret(code),
      occurredOn: input.occurredOn ?? null,
      occurredPrecision: input.occurredPrecision,
      ...sealed,
      actTypes: [...new Set(input.actTypes)],
      wantsContact: input.wantsContact,
      status: 'new',
      caseId: null,
      createdAt: at,
      updatedAt: at,
    });
    // The system chain, without the report's id or organization and without an address tag: the
    // audit row says that a report came in, not which one nor from where.
    await ctx.audit({ action: 'self_report.submitted', resourceType: 'hr_self_report' }, { tx });
  });
  return { claimCode: formatClaimCode(code) };
}

async function openClaim(ctx: PublicContext, code: string): Promise<repo.SelfReportRow> {
  const guessKey = await addressKey(ctx, 'self_report_guess');
  await refuseWhenLocked(ctx, [guessKey]);
  const report = await repo.findReportByClaimHash(ctx.deps.db, hashSecret(code));
  if (!report) return missed(ctx, guessKey);
  return report;
}

async function claimView(ctx: PublicContext, report: repo.SelfReportRow): Promise<ClaimView> {
  const messages = await repo.listMessages(ctx.deps.db, report.orgId, report.id);
  return {
    organizationName: await organizationName(ctx, report.orgId),
    status: report.status,
    createdAt: report.createdAt.toISOString(),
    // Who answered stays inside the organization: the reporter sees "the team".
    messages: await Promise.all(
      messages.map(async (message) => ({
        sender: message.sender,
        body: await openMessage(ctx.deps.keyring, message),
        createdAt: message.createdAt.toISOString(),
      })),
    ),
  };
}

/** What the claim code opens: the status and the conversation. */
export async function readClaim(ctx: PublicContext, code: string): Promise<ClaimView> {
  const report = await openClaim(ctx, code);
  const view = await claimView(ctx, report);
  await ctx.audit({ action: 'self_report.claim_read', resourceType: 'hr_self_report' });
  return view;
}

/**
 * When a reporter's message is stored: its hour, yet after the last message of the conversation so
 * that the order stays right (a reply from the team earlier in the same hour comes first). It says
 * no more than that order does; never later than now.
 */
export function messageTime(now: Date, lastMessageAt: Date | null): Date {
  const after = lastMessageAt ? lastMessageAt.getTime() + 1 : 0;
  return new Date(Math.min(now.getTime(), Math.max(coarseTime(now).getTime(), after)));
}

/** The reporter writes back; a closed report takes no more messages. */
export async function postReporterMessage(
  ctx: PublicContext,
  code: string,
  body: string,
): Promise<ClaimView> {
  const report = await openClaim(ctx, code);
  if (report.status === 'closed')
    throw new AppError('conflict', { field: 'body', messageKey: 'selfReport.errors.closed' });
  const messageKey = await key(ctx, 'self_report_message', report.id);
  await refuseWhenLocked(ctx, [messageKey]);
  await count(ctx, 'self_report_message', messageKey);
  const earlier = await repo.listMessages(ctx.deps.db, report.orgId, report.id);
  if (earlier.length >= SELF_REPORT_LIMITS.messagesMax)
    throw new AppError('conflict', { field: 'body', messageKey: 'selfReport.errors.tooManyMessages' });
  const id = crypto.randomUUID();
  const at = messageTime(ctx.now, earlier.at(-1)?.createdAt ?? null);
  const updatedAt = new Date(Math.max(report.updatedAt.getTime(), coarseTime(ctx.now).getTime()));
  await ctx.deps.keyring.preload([report.orgId, SYSTEM_SCOPE]);
  const bodyEnc = await sealMessage(ctx.deps.keyring, { orgId: report.orgId, id }, body);
  await ctx.deps.db.transaction(async (tx) => {
    await repo.insertMessage(tx, {
      orgId: report.orgId,
      id,
      reportId: report.id,
      sender: 'reporter',
      staffUserId: null,
      bodyEnc,
      createdAt: at,
    });
    await repo.updateReport(tx, report.orgId, report.id, { updatedAt });
    await ctx.audit({ action: 'self_report.reporter_wrote', resourceType: 'hr_self_report' }, { tx });
  });
  return claimView(ctx, { ...report, updatedAt });
}
