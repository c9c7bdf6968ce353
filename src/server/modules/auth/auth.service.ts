import QRCode from 'qrcode';
import type {
  LoginInput,
  LoginResult,
  MeUpdateInput,
  MeView,
  PasswordChangeInput,
  RecoveryCodesResult,
  SessionList,
  TotpEnableInput,
  TotpSetupResult,
  TotpVerifyInput,
} from '../../../domain/auth.schemas';
import { newId } from '../../../domain/ids';
import { findPasswordProblem } from '../../../domain/password-policy';
import { hashPassword, verifyAgainstDummy, verifyPassword } from '../../platform/auth/passwords';
import {
  csrfTokenFor,
  describeDevice,
  newSessionToken,
  hashSessionToken,
} from '../../platform/auth/session-tokens';
import { clearFailures, isLocked, recordFailure, throttleKey } from '../../platform/auth/throttle';
import { generateTotpSecret, otpauthUrl, verifyTotp } from '../../platform/auth/totp';
import { SYSTEM_SCOPE } from '../../platform/crypto/keyring';
import { totpSecretColumn } from '../../platform/auth/auth.tables';
import { AppError } from '../../platform/errors';
import type { Actor, ServiceContext } from '../../platform/http/route-spec';
import * as repo from './auth.repo';
import { nextSessionState } from './auth-state';
import { presentMe, presentSession } from './auth.presenter';
import { generateRecoveryCodes, hashRecoveryCode } from './recovery-codes';

export interface LoginContext extends ServiceContext {
  ip: string;
  userAgent: string | undefined;
}

const totpAad = (userId: string) => totpSecretColumn.aad({ id: userId });
const idleMs = (ctx: ServiceContext) => ctx.deps.config.sessionIdleMinutes * 60_000;

function requireActor(ctx: ServiceContext): Actor {
  if (!ctx.actor) throw new AppError('unauthenticated');
  return ctx.actor;
}

async function requireUser(ctx: ServiceContext): Promise<repo.UserRow> {
  const user = await repo.findUserById(ctx.db, requireActor(ctx).userId);
  if (!user) throw new AppError('unauthenticated');
  return user;
}

/** Password step. Unknown user, disabled account and wrong password answer identically. */
export async function login(ctx: LoginContext, input: LoginInput): Promise<LoginResult & { token: string }> {
  const { db, now } = ctx;
  const accountKey = await throttleKey(ctx.deps.keyring, 'account', input.username);
  const addressKey = await throttleKey(ctx.deps.keyring, 'address', ctx.ip);
  const locked =
    (await isLocked(ctx.deps.db, accountKey, now)) || (await isLocked(ctx.deps.db, addressKey, now));
  const user = await repo.findUserByUsername(db, input.username);
  const usable = user && !user.disabledAt ? user : null;
  const valid = usable
    ? await verifyPassword(usable.passwordHash, input.password)
    : await verifyAgainstDummy(input.password);
  if (locked) throw new AppError('too_many_attempts');
  if (!valid || !usable) {
    await recordFailure(ctx.deps.db, 'account', accountKey, now);
    await recordFailure(ctx.deps.db, 'address', addressKey, now);
    if (user)
      await ctx.audit(
        { action: 'auth.login_failed', resourceType: 'user', resourceId: user.id },
        { userId: user.id },
      );
    throw new AppError('invalid_credentials');
  }
  await clearFailures(ctx.deps.db, accountKey);
  const totpRequired = await repo.userRequiresTotp(db, usable.id);
  const state = nextSessionState(usable, { totpRequired, totpPassed: false });
  const token = newSessionToken();
  const sessionId = newId(now.getTime());
  await ctx.deps.db.transaction(async (tx) => {
    await repo.insertSession(tx, {
      id: sessionId,
      userId: usable.id,
      tokenHash: hashSessionToken(token),
      state,
      device: describeDevice(ctx.userAgent),
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + ctx.deps.config.sessionAbsoluteHours * 3_600_000),
      revokedAt: null,
      revokedReason: null,
    });
    await repo.updateUser(tx, usable.id, { lastLoginAt: now });
    await ctx.audit(
      { action: 'auth.login', resourceType: 'session', resourceId: sessionId, details: { state } },
      { userId: usable.id, tx },
    );
  });
  return { state, csrfToken: csrfTokenFor(token), token };
}

/**
 * Second step: a TOTP code or a one-time recovery code. The session gets a new token once it is
 * authenticated (ASVS V7.2.4), so a token seen before the second factor is worth nothing after it.
 */
export async function verifySecondFactor(
  ctx: ServiceContext,
  input: TotpVerifyInput,
): Promise<LoginResult & { token: string }> {
  const actor = requireActor(ctx);
  const user = await requireUser(ctx);
  const accountKey = await throttleKey(ctx.deps.keyring, 'account', user.username);
  if (await isLocked(ctx.deps.db, accountKey, ctx.now)) throw new AppError('too_many_attempts');
  let accepted = false;
  let step: number | null = null;
  if ('code' in input && user.totpSecretEnc) {
    const secret = await ctx.deps.keyring.decryptText(SYSTEM_SCOPE, user.totpSecretEnc, totpAad(user.id));
    step = verifyTotp(secret, input.code, ctx.now, user.totpLastStep);
    accepted = step !== null;
  } else if ('recoveryCode' in input) {
    accepted = await repo.consumeRecoveryCode(
      ctx.db,
      user.id,
      await hashRecoveryCode(ctx.deps.keyring, input.recoveryCode),
      ctx.now,
    );
  }
  if (!accepted) {
    await recordFailure(ctx.deps.db, 'account', accountKey, ctx.now);
    await ctx.audit({ action: 'auth.mfa_failed', resourceType: 'user', resourceId: user.id });
    throw new AppError('invalid_totp', { field: 'code' in input ? 'code' : 'recoveryCode' });
  }
  await clearFailures(ctx.deps.db, accountKey);
  const totpRequired = await repo.userRequiresTotp(ctx.db, user.id);
  const state = nextSessionState(user, { totpRequired, totpPassed: true });
  const token = newSessionToken();
  await ctx.deps.db.transaction(async (tx) => {
    if (step !== null) await repo.updateUser(tx, user.id, { totpLastStep: step });
    await repo.setSessionState(tx, actor.sessionId, state);
    await repo.replaceSessionToken(tx, actor.sessionId, hashSessionToken(token));
    const method = 'code' in input ? 'totp' : 'recovery_code';
    await ctx.audit(
      {
        action: 'auth.mfa_verified',
        resourceType: 'session',
        resourceId: actor.sessionId,
        details: { method },
      },
      { tx },
    );
  });
  return { state, csrfToken: csrfTokenFor(token), token };
}

export async function logout(ctx: ServiceContext): Promise<void> {
  const actor = requireActor(ctx);
  await repo.revokeSession(ctx.db, { sessionId: actor.sessionId, userId: actor.userId }, ctx.now, 'logout');
  await ctx.audit({ action: 'auth.logout', resourceType: 'session', resourceId: actor.sessionId });
}

export async function getMe(ctx: ServiceContext): Promise<MeView> {
  const actor = requireActor(ctx);
  const user = await requireUser(ctx);
  // One after another: ctx.db may be a transaction, whose single connection runs one query at a time.
  const sessions = await repo.listLiveSessions(ctx.db, user.id, ctx.now, idleMs(ctx));
  const memberships = await repo.listMembershipsOfUser(ctx.db, user.id);
  const totpRequired = await repo.userRequiresTotp(ctx.db, user.id);
  const session = sessions.find((row) => row.id === actor.sessionId);
  if (!session) throw new AppError('unauthenticated');
  return presentMe({ user, totpRequired, session, csrfToken: csrfTokenFor(actor.sessionToken), memberships });
}

export async function updateMe(ctx: ServiceContext, input: MeUpdateInput): Promise<MeView> {
  const user = await requireUser(ctx);
  const changes = {
    ...(input.locale ? { locale: input.locale } : {}),
    ...(input.displayName ? { displayName: input.displayName } : {}),
  };
  if (Object.keys(changes).length) await repo.updateUser(ctx.db, user.id, changes);
  await ctx.audit({ action: 'user.profile_updated', resourceType: 'user', resourceId: user.id });
  return getMe(ctx);
}

export async function listSessions(ctx: ServiceContext): Promise<SessionList> {
  const actor = requireActor(ctx);
  const rows = await repo.listLiveSessions(ctx.db, actor.userId, ctx.now, idleMs(ctx));
  return { sessions: rows.map((row) => presentSession(row, actor.sessionId)) };
}

/** Ends one of the caller's own sessions; returns true when it was the current one. */
export async function endSession(ctx: ServiceContext, sessionId: string): Promise<boolean> {
  const actor = requireActor(ctx);
  const revoked = await repo.revokeSession(
    ctx.db,
    { sessionId, userId: actor.userId },
    ctx.now,
    'ended_by_user',
  );
  if (!revoked) throw new AppError('not_found');
  await ctx.audit({ action: 'auth.session_ended', resourceType: 'session', resourceId: sessionId });
  return sessionId === actor.sessionId;
}

export async function changePassword(ctx: ServiceContext, input: PasswordChangeInput): Promise<LoginResult> {
  const actor = requireActor(ctx);
  const user = await requireUser(ctx);
  const accountKey = await throttleKey(ctx.deps.keyring, 'account', user.username);
  if (await isLocked(ctx.deps.db, accountKey, ctx.now)) throw new AppError('too_many_attempts');
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    await recordFailure(ctx.deps.db, 'account', accountKey, ctx.now);
    throw new AppError('invalid_credentials', { field: 'currentPassword' });
  }
  const problem = findPasswordProblem(input.newPassword, user.username);
  if (problem) throw new AppError('weak_password', { field: 'newPassword', params: { reason: problem } });
  if (input.newPassword === input.currentPassword)
    throw new AppError('weak_password', { field: 'newPassword', params: { reason: 'invalid' } });
  const updated = { ...user, mustChangePassword: false };
  await repo.updateUser(ctx.db, user.id, {
    passwordHash: await hashPassword(input.newPassword),
    mustChangePassword: false,
    passwordChangedAt: ctx.now,
  });
  await repo.revokeUserSessions(ctx.db, user.id, ctx.now, 'password_changed', actor.sessionId);
  const state = nextSessionState(updated, {
    totpRequired: await repo.userRequiresTotp(ctx.db, user.id),
    totpPassed: true,
  });
  await repo.setSessionState(ctx.db, actor.sessionId, state);
  await ctx.audit({ action: 'auth.password_changed', resourceType: 'user', resourceId: user.id });
  return { state, csrfToken: csrfTokenFor(actor.sessionToken) };
}

export async function setupTotp(ctx: ServiceContext): Promise<TotpSetupResult> {
  const user = await requireUser(ctx);
  if (user.totpEnabledAt) throw new AppError('conflict');
  const secret = generateTotpSecret();
  await repo.updateUser(ctx.db, user.id, {
    totpSecretEnc: await ctx.deps.keyring.encryptText(SYSTEM_SCOPE, secret, totpAad(user.id)),
  });
  const issuer = ctx.deps.config.appLabel === 'colectiva' ? 'Colectiva' : 'Agenda';
  const url = otpauthUrl(secret, user.username, issuer);
  const qrSvg = await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 1 });
  await ctx.audit({ action: 'auth.totp_setup_started', resourceType: 'user', resourceId: user.id });
  return { secret, otpauthUrl: url, qrSvg };
}

async function issueRecoveryCodes(ctx: ServiceContext, userId: string): Promise<string[]> {
  const codes = generateRecoveryCodes();
  const rows = [];
  for (const code of codes)
    rows.push({
      id: newId(),
      userId,
      codeHash: await hashRecoveryCode(ctx.deps.keyring, code),
      usedAt: null,
      createdAt: ctx.now,
    });
  await repo.replaceRecoveryCodes(ctx.db, userId, rows);
  return codes;
}

export async function enableTotp(
  ctx: ServiceContext,
  input: TotpEnableInput,
): Promise<RecoveryCodesResult & LoginResult> {
  const actor = requireActor(ctx);
  const user = await requireUser(ctx);
  if (user.totpEnabledAt || !user.totpSecretEnc) throw new AppError('conflict');
  const secret = await ctx.deps.keyring.decryptText(SYSTEM_SCOPE, user.totpSecretEnc, totpAad(user.id));
  const step = verifyTotp(secret, input.code, ctx.now, null);
  if (step === null) throw new AppError('invalid_totp', { field: 'code' });
  const enabled = { ...user, totpEnabledAt: ctx.now };
  await repo.updateUser(ctx.db, user.id, { totpEnabledAt: ctx.now, totpLastStep: step });
  const recoveryCodes = await issueRecoveryCodes(ctx, user.id);
  await repo.revokeUserSessions(ctx.db, user.id, ctx.now, 'totp_enabled', actor.sessionId);
  const state = nextSessionState(enabled, {
    totpRequired: await repo.userRequiresTotp(ctx.db, user.id),
    totpPassed: true,
  });
  await repo.setSessionState(ctx.db, actor.sessionId, state);
  await ctx.audit({ action: 'auth.totp_enabled', resourceType: 'user', resourceId: user.id });
  return { recoveryCodes, state, csrfToken: csrfTokenFor(actor.sessionToken) };
}

export async function regenerateRecoveryCodes(ctx: ServiceContext): Promise<RecoveryCodesResult> {
  const user = await requireUser(ctx);
  if (!user.totpEnabledAt) throw new AppError('conflict');
  const recoveryCodes = await issueRecoveryCodes(ctx, user.id);
  await ctx.audit({ action: 'auth.recovery_codes_regenerated', resourceType: 'user', resourceId: user.id });
  return { recoveryCodes };
}
