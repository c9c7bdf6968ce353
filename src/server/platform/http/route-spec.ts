import type { FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { SessionState } from '../../../domain/auth.schemas';
import type { Locale } from '../../../domain/locales';
import type { Action, Resource } from '../../../domain/policy';
import type { OrgLevel, Role } from '../../../domain/roles';
import type { AuditEvent } from '../audit/audit-writer';
import type { DbOrTx, Tx } from '../db/client';
import type { AppDeps } from '../deps';

/** Who may call a route. Every route must say; nothing is reachable by default. */
export type Access =
  | { kind: 'public' }
  | { kind: 'session'; states?: readonly SessionState[] }
  | { [R in Resource]: { kind: 'org'; resource: R; action: Action<R> } }[Resource];

export interface Actor {
  userId: string;
  username: string;
  sessionId: string;
  sessionState: SessionState;
  /** The raw cookie token, only to derive the CSRF token; never logged or stored. */
  sessionToken: string;
}

export interface OrgAccess {
  orgId: string;
  orgName: string;
  networkId: string;
  level: OrgLevel;
  role: Role;
  membershipId: string;
  localGroupId: string | null;
}

/** What services receive: the database handle (a transaction for writes), who acts, and audit. */
export interface ServiceContext {
  deps: AppDeps;
  db: DbOrTx;
  now: Date;
  actor: Actor | null;
  org: OrgAccess | null;
  /**
   * Records an audit event in the same transaction as the write (or its own, for reads). `as` names
   * the acting user before a session exists (login) or the transaction to write in.
   */
  audit: (event: AuditEvent, as?: { userId?: string; tx?: Tx }) => Promise<void>;
}

export interface OrgServiceContext extends ServiceContext {
  actor: Actor;
  org: OrgAccess;
}

export interface RouteContext<P, Q, B> extends ServiceContext {
  params: P;
  query: Q;
  body: B;
  locale: Locale;
  request: FastifyRequest;
  reply: FastifyReply;
}

type Schema = z.ZodType;

export interface RouteSpec<
  PS extends Schema = Schema,
  QS extends Schema = Schema,
  BS extends Schema = Schema,
  RS extends Schema = Schema,
> {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  url: string;
  summary: string;
  tags: readonly string[];
  access: Access;
  params?: PS;
  query?: QS;
  body?: BS;
  response: RS;
  /** Status of a successful response (200 unless said). */
  status?: number;
  /**
   * Largest body accepted (bytes), when a route needs more than the 64 KiB every other route gets
   * (the spreadsheet upload). Fastify refuses a larger body with 413 before anything is read.
   */
  bodyLimit?: number;
  /** Writes run in a transaction and honour the Idempotency-Key header. Default: not GET. */
  write?: boolean;
  /**
   * Public routes only: their audit rows carry no client-address tag (`ipTag: null`). For the
   * anonymous self-report form, where a tag would let whoever holds the server tie a reporter's
   * address to her report. registerRoutes refuses the flag on a signed-in route.
   */
  anonymousAudit?: true;
  handler: (ctx: RouteContext<z.output<PS>, z.output<QS>, z.output<BS>>) => Promise<z.input<RS>>;
}

/** Identity function that keeps the route's types precise. */
export function defineRoute<PS extends Schema, QS extends Schema, BS extends Schema, RS extends Schema>(
  spec: RouteSpec<PS, QS, BS, RS>,
): RouteSpec {
  return spec;
}

/** Narrows a context to an organization route's (the registrar guarantees both are present). */
export function orgContext(ctx: ServiceContext): OrgServiceContext {
  if (!ctx.org || !ctx.actor) throw new Error('organization route without organization access');
  return ctx as OrgServiceContext;
}
