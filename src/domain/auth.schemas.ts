import { z } from 'zod';
import { LIMITS } from './limits';
import { Locale } from './locales';
import { OrgLevel, Role } from './roles';

export const Username = z
  .string()
  .trim()
  .toLowerCase()
  .min(LIMITS.usernameMin)
  .max(LIMITS.usernameMax)
  .regex(/^[a-z0-9._-]+$/);

export const Password = z.string().min(1).max(LIMITS.passwordMax);
export const NewPassword = z.string().min(LIMITS.passwordMin).max(LIMITS.passwordMax);

export const LoginInput = z.strictObject({ username: z.string().trim().min(1).max(200), password: Password });
export type LoginInput = z.infer<typeof LoginInput>;

/** What the session still needs before it reaches data. */
export const SessionState = z.enum([
  'active',
  'totp_required',
  'totp_setup_required',
  'password_change_required',
]);
export type SessionState = z.infer<typeof SessionState>;

export const LoginResult = z.strictObject({ state: SessionState, csrfToken: z.string() });
export type LoginResult = z.infer<typeof LoginResult>;

export const TotpCode = z
  .string()
  .trim()
  .regex(/^[0-9]{6}$/);
export const RecoveryCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z0-9]{5}-?[A-Z0-9]{5}$/);

export const TotpVerifyInput = z.union([
  z.strictObject({ code: TotpCode }),
  z.strictObject({ recoveryCode: RecoveryCode }),
]);
export type TotpVerifyInput = z.infer<typeof TotpVerifyInput>;

export const TotpSetupResult = z.strictObject({
  secret: z.string(),
  otpauthUrl: z.string(),
  qrSvg: z.string(),
});
export type TotpSetupResult = z.infer<typeof TotpSetupResult>;

export const TotpEnableInput = z.strictObject({ code: TotpCode });
export type TotpEnableInput = z.infer<typeof TotpEnableInput>;

export const RecoveryCodesResult = z.strictObject({ recoveryCodes: z.array(z.string()) });
export type RecoveryCodesResult = z.infer<typeof RecoveryCodesResult>;

export const PasswordChangeInput = z.strictObject({ currentPassword: Password, newPassword: NewPassword });
export type PasswordChangeInput = z.infer<typeof PasswordChangeInput>;

export const MembershipView = z.strictObject({
  orgId: z.string(),
  orgName: z.string(),
  orgLevel: OrgLevel,
  countryCode: z.string().nullable(),
  networkId: z.string(),
  networkName: z.string(),
  role: Role,
  localGroupId: z.string().nullable(),
});
export type MembershipView = z.infer<typeof MembershipView>;

export const MeView = z.strictObject({
  user: z.strictObject({
    id: z.string(),
    username: z.string(),
    displayName: z.string(),
    locale: Locale,
    totpEnabled: z.boolean(),
    totpRequired: z.boolean(),
  }),
  session: z.strictObject({ state: SessionState, csrfToken: z.string(), expiresAt: z.string() }),
  memberships: z.array(MembershipView),
});
export type MeView = z.infer<typeof MeView>;

export const MeUpdateInput = z.strictObject({
  locale: Locale.optional(),
  displayName: z.string().trim().min(1).max(120).optional(),
});
export type MeUpdateInput = z.infer<typeof MeUpdateInput>;

export const SessionView = z.strictObject({
  id: z.string(),
  createdAt: z.string(),
  lastSeenAt: z.string(),
  expiresAt: z.string(),
  device: z.string(),
  current: z.boolean(),
});
export type SessionView = z.infer<typeof SessionView>;
export const SessionList = z.strictObject({ sessions: z.array(SessionView) });
export type SessionList = z.infer<typeof SessionList>;
export const SessionParams = z.strictObject({ sessionId: z.uuid() });
