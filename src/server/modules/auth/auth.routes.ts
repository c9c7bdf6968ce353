import type { FastifyReply } from 'fastify';
import {
  LoginInput,
  LoginResult,
  MeUpdateInput,
  MeView,
  PasswordChangeInput,
  RecoveryCodesResult,
  SessionList,
  SessionParams,
  TotpEnableInput,
  TotpSetupResult,
  TotpVerifyInput,
} from '../../../domain/auth.schemas';
import { Ok } from '../../../domain/common.schemas';
import { SESSION_COOKIE } from '../../platform/auth/session-tokens';
import { defineRoute } from '../../platform/http/route-spec';
import * as service from './auth.service';

const ANY_STATE = ['active', 'totp_required', 'totp_setup_required', 'password_change_required'] as const;
const tags = ['auth'];

function setSessionCookie(reply: FastifyReply, token: string): void {
  reply.setCookie(SESSION_COOKIE, token, { httpOnly: true, secure: true, sameSite: 'strict', path: '/' });
}

function clearSessionCookie(reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { httpOnly: true, secure: true, sameSite: 'strict', path: '/' });
}

export const authRoutes = [
  defineRoute({
    method: 'POST',
    url: '/api/auth/login',
    summary: 'Sign in with username and password (first step)',
    tags,
    access: { kind: 'public' },
    write: false, // failures must be counted even though the request fails
    body: LoginInput,
    response: LoginResult,
    handler: async (ctx) => {
      const result = await service.login(
        { ...ctx, ip: ctx.request.ip, userAgent: ctx.request.headers['user-agent'] },
        ctx.body,
      );
      setSessionCookie(ctx.reply, result.token);
      return { state: result.state, csrfToken: result.csrfToken };
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/auth/totp',
    summary: 'Second step: TOTP code or recovery code',
    tags,
    access: { kind: 'session', states: ['totp_required'] },
    write: false,
    body: TotpVerifyInput,
    response: LoginResult,
    handler: async (ctx) => {
      const result = await service.verifySecondFactor(ctx, ctx.body);
      setSessionCookie(ctx.reply, result.token);
      return { state: result.state, csrfToken: result.csrfToken };
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/auth/logout',
    summary: 'End the current session',
    tags,
    access: { kind: 'session', states: ANY_STATE },
    response: Ok,
    handler: async (ctx) => {
      await service.logout(ctx);
      clearSessionCookie(ctx.reply);
      return { ok: true as const };
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/me',
    summary: 'The signed-in user, session state and memberships',
    tags,
    access: { kind: 'session', states: ANY_STATE },
    response: MeView,
    handler: (ctx) => service.getMe(ctx),
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/me',
    summary: 'Change own language or display name',
    tags,
    access: { kind: 'session' },
    body: MeUpdateInput,
    response: MeView,
    handler: (ctx) => service.updateMe(ctx, ctx.body),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/me/sessions',
    summary: 'List own open sessions',
    tags,
    access: { kind: 'session' },
    response: SessionList,
    handler: (ctx) => service.listSessions(ctx),
  }),
  defineRoute({
    method: 'DELETE',
    url: '/api/me/sessions/:sessionId',
    summary: 'End one of own sessions',
    tags,
    access: { kind: 'session' },
    params: SessionParams,
    response: Ok,
    handler: async (ctx) => {
      if (await service.endSession(ctx, ctx.params.sessionId)) clearSessionCookie(ctx.reply);
      return { ok: true as const };
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/me/password',
    summary: 'Change own password (revokes other sessions)',
    tags,
    access: { kind: 'session', states: ['active', 'password_change_required'] },
    body: PasswordChangeInput,
    response: LoginResult,
    handler: (ctx) => service.changePassword(ctx, ctx.body),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/me/totp/setup',
    summary: 'Start second-factor set-up: a new secret and its QR code',
    tags,
    access: { kind: 'session', states: ['active', 'totp_setup_required'] },
    response: TotpSetupResult,
    handler: (ctx) => service.setupTotp(ctx),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/me/totp/enable',
    summary: 'Confirm the second factor with a code; returns recovery codes',
    tags,
    access: { kind: 'session', states: ['active', 'totp_setup_required'] },
    body: TotpEnableInput,
    response: RecoveryCodesResult.extend(LoginResult.shape),
    handler: (ctx) => service.enableTotp(ctx, ctx.body),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/me/recovery-codes',
    summary: 'Replace own recovery codes',
    tags,
    access: { kind: 'session' },
    response: RecoveryCodesResult,
    handler: (ctx) => service.regenerateRecoveryCodes(ctx),
  }),
];
