import type {
  ClaimView,
  SelfReportFormView,
  SelfReportInput,
  SelfReportReceipt,
} from '../../../domain/self-reports.schemas';
import { newId } from '../../../domain/ids';
import { formatClaimCode, SELF_REPORT_LIMITS } from '../../../domain/self-reports';
import { isLocked, recordFailure, throttleKey, type ThrottleKind } from '../../platform/auth/throttle';
import { SYSTEM_SCOPE } from '../../platform/crypto/keyring';
import { AppError } from '../../platform/errors';
import type { ServiceContext } from '../../platform/http/route-spec';
import { findOrganization } from '../organizations/organizations.repo';
import { openMessage, sealMessage, sealReportText } from './self-report-crypto';
import { hashSecret, newClaimCode } from './self-report-secrets';
import * as repo from './self-reports.repo';

/** A public request: nobody is signed in; the client address only feeds the rate limits. */
export interface PublicContext extends ServiceContext {
  ip: string;
}

type ParsedReport = Omit<SelfReportInput, 'occurredPrecision' | 'actTypes' | 'wantsContact'> & {
  occurredPrecision: repo.SelfReportRow['occurredPrecision'];
  actTypes: string[];
  wantsContact: boolean;
};

const key = (ctx: PublicContext, kind: ThrottleKind, value: string) =>
  throttleKey(ctx.deps.keyring, kind, value);

async function refuseWhenLocked(ctx: PublicContext, keys: readonly string[]): Promise<void> {
  for (const k of keys) if (await isLocked(ctx.deps.db, k, ctx.now)) throw new AppError('too_many_attempts');
}

/**
 * A wrong link and a wrong claim code answer the same 404 and count against the client address, so
 * neither can be probed: after 10 misses in 15 minutes the address waits, right answers included.
 */
async function missed(ctx: PublicContext, guessKey: string): Promise<never> {
  await recordFailure(ctx.deps.db, 'self_report_guess', guessKey, ctx.now);
  throw new AppError('not_found');
}

async function openForm(ctx: PublicContext, token: string): Promise<repo.SelfReportSettingsRow> {
  const guessKey = await key(ctx, 'self_report_guess', ctx.ip);
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
  const addressKey = await key(ctx, 'self_report_address', ctx.ip);
  const formKey = await key(ctx, 'self_report_form', orgId);
  await refuseWhenLocked(ctx, [addressKey, formKey]);
  await recordFailure(ctx.deps.db, 'self_report_address', addressKey, ctx.now);
  await recordFailure(ctx.deps.db, 'self_report_form', formKey, ctx.now);

  const code = newClaimCode();
  const id = newId(ctx.now.getTime());
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
      createdAt: ctx.now,
      updatedAt: ctx.now,
    });
    // The system chain, without the report's id or organization: the audit row says that a report
    // came in, not which one, so it cannot tie a client address to a report.
    await ctx.audit({ action: 'self_report.submitted', resourceType: 'hr_self_report' }, { tx });
  });
  return { claimCode: formatClaimCode(code) };
}

async function openClaim(ctx: PublicContext, code: string): Promise<repo.SelfReportRow> {
  const guessKey = await key(ctx, 'self_report_guess', ctx.ip);
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
  await recordFailure(ctx.deps.db, 'self_report_message', messageKey, ctx.now);
  if ((await repo.countMessages(ctx.deps.db, report.orgId, report.id)) >= SELF_REPORT_LIMITS.messagesMax)
    throw new AppError('conflict', { field: 'body', messageKey: 'selfReport.errors.tooManyMessages' });
  const id = newId(ctx.now.getTime());
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
      createdAt: ctx.now,
    });
    await repo.updateReport(tx, report.orgId, report.id, { updatedAt: ctx.now });
    await ctx.audit({ action: 'self_report.reporter_wrote', resourceType: 'hr_self_report' }, { tx });
  });
  return claimView(ctx, { ...report, updatedAt: ctx.now });
}
