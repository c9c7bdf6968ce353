import type {
  LoginInput,
  LoginResult,
  PasswordChangeInput,
  RecoveryCodesResult,
  TotpEnableInput,
  TotpSetupResult,
  TotpVerifyInput,
} from '../../../domain/auth.schemas';
import { api } from '../../app/api-client';

export const signIn = (input: LoginInput) => api<LoginResult>('POST', '/api/auth/login', input);

export const verifySecondFactor = (input: TotpVerifyInput) =>
  api<LoginResult>('POST', '/api/auth/totp', input);

export const startTotpSetup = () => api<TotpSetupResult>('POST', '/api/me/totp/setup');

export const enableTotp = (input: TotpEnableInput) =>
  api<RecoveryCodesResult & LoginResult>('POST', '/api/me/totp/enable', input);

export const changeOwnPassword = (input: PasswordChangeInput) =>
  api<LoginResult>('POST', '/api/me/password', input);
