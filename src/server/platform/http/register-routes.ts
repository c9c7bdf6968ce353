import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { SessionState } from '../../../domain/auth.schemas';
import { IdempotencyKey } from '../../../domain/common.schemas';
import { isUuid } from '../../../domain/ids';
import { isAllowed } from '../../../domain/policy';
import { pickLocale } from '../../../domain/locales';
import { appendAudit, type AuditEvent } from '../audit/audit-writer';
import { SYSTEM_SCOPE } from '../crypto/keyring';
import { authenticateRequest, resolveOrgAccess } from '../auth/session-auth';
import { csrfTokenFor, tokensEqual } from '../auth/session-tokens';
import type { DbOrTx, Tx } from '../db/client';
import type { AppDeps } from '../deps';
import { AppError } from '../errors';
import {
  claimIdempotencyKey,
  completeIdempotencyKey,
  findStoredResponse,
  hashRequest,
} from '../idempotency/idempotency';
import { attachmentDisposition, FileDownload, FileDownloadResponse } from './file-response';
import type { Actor, OrgAccess, RouteSpec } from './route-spec';
import { parseInput } from './validation';

const NO_FIELDS = z.strictObject({});
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const STATE_ERRORS: Record<Exclude<SessionState, 'active'>, AppError['code']> = {
  totp_required: 'mfa_required',
  totp_setup_required: 'mfa_setup_required',
  password_change_required: 'password_change_required',
};

class IdempotentReplay extends Error {}

function parseIdempotencyKey(value: string): string {
  if (!IdempotencyKey.safeParse(value).success)
    throw new AppError('validation', { field: 'Idempotency-Key', params: { reason: 'invalid_format' } });
  return value;
}

function ipTagFor(deps: AppDeps, ip: string): Promise<string> {
  return deps.keyring.keyedTag('ip', ip, 16);
}

/** Refuses cross-site state changes: a session-bound CSRF token, or same-origin for public forms. */
function checkCsrf(request: FastifyRequest, actor: Actor | null): void {
  if (SAFE_METHODS.has(request.method)) return;
  if (request.headers['sec-fetch-site'] === 'cross-site') throw new AppError('csrf');
  if (actor) {
    const sent = request.headers['x-csrf-token'];
    if (typeof sent !== 'string' || !tokensEqual(sent, csrfTokenFor(actor.sessionToken)))
      throw new AppError('csrf');
    return;
  }
  const origin = request.headers.origin;
  if (origin && origin !== `${request.protocol}://${request.host}`) throw new AppError('csrf');
}

async function authorize(deps: AppDeps, spec: RouteSpec, request: FastifyRequest, now: Date) {
  if (spec.access.kind === 'public') return { actor: null, org: null };
  const actor = await authenticateRequest(deps, request, now);
  if (!actor) throw new AppError('unauthenticated');
  const allowedStates = spec.access.kind === 'session' ? (spec.access.states ?? ['active']) : ['active'];
  if (!allowedStates.includes(actor.sessionState)) {
    throw new AppError(actor.sessionState === 'active' ? 'forbidden' : STATE_ERRORS[actor.sessionState]);
  }
  if (spec.access.kind === 'session') return { actor, org: null };
  const orgId = (request.params as Record<string, unknown>).orgId;
  // A strict UUID check: anything else would reach PostgreSQL's uuid parser and fail there.
  if (typeof orgId !== 'string' || !isUuid(orgId.toLowerCase())) throw new AppError('forbidden');
  const org = await resolveOrgAccess(deps.db, actor.userId, orgId.toLowerCase());
  if (!org) throw new AppError('forbidden');
  if (!isAllowed(org.role, spec.access.resource, spec.access.action as never, org.level))
    throw new AppError('forbidden');
  return { actor, org };
}

/**
 * The audit function a handler receives. `ip` is null on routes flagged `anonymousAudit` (public
 * only): their rows keep no address tag at all.
 */
function makeAudit(
  deps: AppDeps,
  ctx: { db: DbOrTx; actor: Actor | null; org: OrgAccess | null; now: Date },
  ip: string | null,
  inTx: boolean,
) {
  return async (event: AuditEvent, as?: { userId?: string; tx?: Tx }) => {
    const actor = {
      orgId: ctx.org?.orgId ?? null,
      userId: as?.userId ?? ctx.actor?.userId ?? null,
      role: ctx.org?.role ?? null,
      ipTag: ip === null ? null : await ipTagFor(deps, ip),
    };
    const tx = as?.tx ?? (inTx ? (ctx.db as Tx) : null);
    if (tx) return appendAudit(tx, deps.keyring, actor, event, ctx.now);
    return deps.db.transaction((own) => appendAudit(own, deps.keyring, actor, event, ctx.now));
  };
}

async function runRoute(
  deps: AppDeps,
  spec: RouteSpec,
  request: FastifyRequest,
  reply: FastifyReply,
): Promise<unknown> {
  const now = deps.clock();
  request.locale = pickLocale(request.headers['accept-language']);
  const { actor, org } = await authorize(deps, spec, request, now);
  checkCsrf(request, actor);
  const params = spec.params ? parseInput(spec.params, request.params) : {};
  // A route without a query or body schema takes none: any field sent there is unknown (S10).
  const query = parseInput(spec.query ?? NO_FIELDS, request.query ?? {});
  const body = parseInput(spec.body ?? NO_FIELDS, request.body ?? {});
  const isWrite = spec.write ?? spec.method !== 'GET';
  const auditIp = spec.anonymousAudit ? null : request.ip;
  const base = { deps, now, actor, org, params, query, body, locale: request.locale, request, reply };

  if (!isWrite) {
    const ctx = {
      ...base,
      db: deps.db,
      audit: makeAudit(deps, { db: deps.db, actor, org, now }, auditIp, false),
    };
    return spec.response.parse(await spec.handler(ctx));
  }

  const headerKey = request.headers['idempotency-key'];
  const idemKey = typeof headerKey === 'string' && actor ? parseIdempotencyKey(headerKey) : null;
  const routeName = `${spec.method} ${spec.url}`;
  const requestHash = await hashRequest(deps.keyring, routeName, params, body);
  if (idemKey && actor) {
    const stored = await findStoredResponse(deps.db, deps.keyring, actor.userId, idemKey);
    if (stored) return replay(reply, stored, requestHash);
  }
  await deps.keyring.preload(org ? [org.orgId, SYSTEM_SCOPE] : [SYSTEM_SCOPE]);
  try {
    return await deps.db.transaction(async (tx) => {
      if (idemKey && actor) {
        const claimed = await claimIdempotencyKey(tx, {
          userId: actor.userId,
          key: idemKey,
          orgId: org?.orgId ?? null,
          route: routeName,
          requestHash,
          now,
        });
        if (!claimed) throw new IdempotentReplay();
      }
      const ctx = { ...base, db: tx, audit: makeAudit(deps, { db: tx, actor, org, now }, auditIp, true) };
      const result = spec.response.parse(await spec.handler(ctx));
      const status = spec.status ?? 200;
      if (idemKey && actor)
        await completeIdempotencyKey(tx, deps.keyring, {
          userId: actor.userId,
          key: idemKey,
          status,
          body: result,
        });
      return result;
    });
  } catch (error) {
    if (!(error instanceof IdempotentReplay) || !actor || !idemKey) throw error;
    const stored = await findStoredResponse(deps.db, deps.keyring, actor.userId, idemKey);
    if (!stored) throw new AppError('conflict', { field: 'Idempotency-Key' });
    return replay(reply, stored, requestHash);
  }
}

function replay(
  reply: FastifyReply,
  stored: { status: number; body: unknown; requestHash: string },
  requestHash: string,
) {
  if (stored.requestHash !== requestHash) throw new AppError('conflict', { field: 'Idempotency-Key' });
  reply.header('idempotent-replayed', 'true');
  reply.status(stored.status);
  return stored.body;
}

/** Registers route specs on Fastify: authentication, policy, CSRF, validation, transaction, audit. */
export function registerRoutes(app: FastifyInstance, deps: AppDeps, specs: readonly RouteSpec[]): void {
  for (const spec of specs) {
    if (spec.response === FileDownloadResponse && (spec.write ?? spec.method !== 'GET'))
      throw new Error(`${spec.method} ${spec.url}: only read routes may answer a file`);
    if (spec.anonymousAudit && spec.access.kind !== 'public')
      throw new Error(`${spec.method} ${spec.url}: only public routes may write anonymous audit rows`);
    app.route({
      method: spec.method,
      url: spec.url,
      ...(spec.bodyLimit ? { bodyLimit: spec.bodyLimit } : {}),
      handler: async (request, reply) => {
        const result = await runRoute(deps, spec, request, reply);
        if (reply.sent) return reply;
        if (result instanceof FileDownload) {
          reply.header('content-type', result.contentType);
          reply.header('content-disposition', attachmentDisposition(result.filename));
          return reply.send(result.body);
        }
        if (reply.statusCode === 200 && spec.status) reply.status(spec.status);
        if (result === undefined || reply.statusCode === 204) return reply.send();
        return reply.send(result);
      },
    });
  }
}
