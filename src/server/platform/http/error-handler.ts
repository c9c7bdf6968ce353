import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ErrorBody, ErrorCode } from '../../../domain/errors';
import { DEFAULT_LOCALE, type Locale } from '../../../domain/locales';
import { hasTranslation, translate } from '../../../i18n/translate';
import { CryptoIntegrityError } from '../crypto/aes-gcm';
import { AppError, STATUS_OF } from '../errors';

declare module 'fastify' {
  interface FastifyRequest {
    locale?: Locale;
  }
}

function fieldLabel(locale: Locale, field: string): string {
  const last = field.split('.').pop() ?? field;
  return hasTranslation(locale, `fields.${last}`) ? translate(locale, `fields.${last}`) : last;
}

/** Renders an AppError as `{ error: { code, message, field?, details? } }` in the user's language. */
export function renderError(error: AppError, locale: Locale): ErrorBody {
  const { field, params = {} } = error.options;
  let message: string;
  if (error.code === 'validation') {
    message = field
      ? translate(locale, 'errors.validation', {
          field: fieldLabel(locale, field),
          reason: translate(locale, `reasons.${String(params.reason ?? 'invalid')}`, params),
        })
      : translate(locale, 'errors.validation_general');
  } else if (error.code === 'weak_password') {
    message = translate(locale, 'errors.weak_password', {
      reason: translate(locale, `reasons.${String(params.reason)}`, params),
    });
  } else {
    message = translate(locale, error.options.messageKey ?? `errors.${error.code}`, params);
  }
  const { details } = error.options;
  return {
    error: { code: error.code, message, ...(field ? { field } : {}), ...(details ? { details } : {}) },
  };
}

function fromFastifyError(error: FastifyError): AppError | null {
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new AppError('payload_too_large');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return new AppError('validation');
    default:
      if (error.statusCode === 400) return new AppError('validation'); // malformed JSON, __proto__ keys
      if (error.statusCode === 413) return new AppError('payload_too_large');
      return null;
  }
}

export function sendError(reply: FastifyReply, request: FastifyRequest, error: AppError): FastifyReply {
  return reply.status(error.status).send(renderError(error, request.locale ?? DEFAULT_LOCALE));
}

/**
 * What an unexpected error may put in the log: never query parameters or values. Drizzle's query
 * errors say "Failed query: <sql> params: <values>" (and repeat it in the stack); PostgreSQL's own
 * `detail` can quote a row's values. We keep names, codes, the SQL text and the stack frames.
 */
export function describeForLog(error: Error & { code?: unknown; cause?: unknown }) {
  const redact = (text: string | undefined) =>
    text?.replace(/\nparams: [\s\S]*?(?=\n\s+at |$)/, '\nparams: [redacted]');
  const cause = error.cause as (Error & { code?: unknown; constraint?: unknown }) | undefined;
  return {
    name: error.name,
    code: error.code,
    message: redact(error.message),
    stack: redact(error.stack),
    ...(cause instanceof Error
      ? {
          cause: {
            name: cause.name,
            code: cause.code,
            constraint: cause.constraint,
            message: cause.message,
          },
        }
      : {}),
  };
}

/**
 * The one place where errors become responses. Unknown errors are logged by code only (no request
 * body, no personal data) and answered with a generic message — never a stack trace.
 */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) return sendError(reply, request, error);
    if (error instanceof CryptoIntegrityError) {
      request.log.error({ err: { name: error.name } }, 'ciphertext integrity failure');
      return sendError(reply, request, new AppError('crypto_integrity'));
    }
    const mapped = fromFastifyError(error);
    if (mapped) return sendError(reply, request, mapped);
    request.log.error({ err: describeForLog(error) }, 'unhandled error');
    return sendError(reply, request, new AppError('internal'));
  });
}

export function statusOf(code: ErrorCode): number {
  return STATUS_OF[code];
}
