import type { ErrorCode } from '../../domain/errors';

/** HTTP status of every error code, in one place. */
export const STATUS_OF: Record<ErrorCode, number> = {
  validation: 400,
  weak_password: 400,
  unauthenticated: 401,
  invalid_credentials: 401,
  invalid_totp: 401,
  mfa_required: 401,
  mfa_setup_required: 403,
  password_change_required: 403,
  forbidden: 403,
  case_restricted: 403,
  csrf: 403,
  setup_token: 403,
  not_found: 404,
  conflict: 409,
  possible_duplicate: 409,
  setup_done: 409,
  payload_too_large: 413,
  too_many_attempts: 429,
  crypto_integrity: 500,
  internal: 500,
  unavailable: 503,
};

/**
 * A failure the user can be told about. The message is produced from the catalogs at the edge, in
 * the user's language; `params` fill its placeholders. Never put personal data in params.
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly options: {
      field?: string;
      params?: Record<string, string | number>;
      messageKey?: string;
      /** Sent to the client as `error.details`: identifiers only, never personal data. */
      details?: Record<string, unknown>;
    } = {},
  ) {
    super(code);
    this.name = 'AppError';
  }

  get status(): number {
    return STATUS_OF[this.code];
  }
}

export const notFound = () => new AppError('not_found');
export const forbidden = () => new AppError('forbidden');
export const conflict = (field?: string) => new AppError('conflict', { field });
export const unauthenticated = () => new AppError('unauthenticated');
