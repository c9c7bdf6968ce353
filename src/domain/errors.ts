/** Stable error codes shared by server responses and the web app's messages. */
export const ERROR_CODES = [
  'validation',
  'unauthenticated',
  'mfa_required',
  'mfa_setup_required',
  'password_change_required',
  'forbidden',
  'case_restricted',
  'not_found',
  'conflict',
  'possible_duplicate',
  'invalid_credentials',
  'invalid_totp',
  'too_many_attempts',
  'csrf',
  'payload_too_large',
  'setup_done',
  'setup_token',
  'weak_password',
  'crypto_integrity',
  'unavailable',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/**
 * Body of every error response: `{ error: { code, message, field?, details? } }`. `details` carries
 * what the client needs to act on the error (e.g. the matching members of `possible_duplicate`:
 * ids and display codes only, never personal data).
 */
export interface ErrorBody {
  error: { code: ErrorCode; message: string; field?: string; details?: Record<string, unknown> };
}
