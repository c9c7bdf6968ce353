import i18next from 'i18next';
import type { z } from 'zod';
import type { PasswordProblem } from '../../domain/password-policy';
import { ApiError } from './api-client';

/** Messages by field path (`admin.password`), shown under the field. */
export type FieldErrors = Record<string, string>;

type Issue = z.core.$ZodIssue;

function fieldLabel(path: string): string {
  const last = path.split('.').pop() ?? path;
  return i18next.exists(`fields.${last}`) ? i18next.t(`fields.${last}`) : last;
}

/** The same sentence the server would answer, from the same catalogs (`errors.validation`). */
export function validationMessage(
  path: string,
  reason: string,
  params: Record<string, unknown> = {},
): string {
  return i18next.t('errors.validation', {
    field: fieldLabel(path),
    reason: i18next.t(`reasons.${reason}`, params),
  });
}

export function weakPasswordMessage(problem: PasswordProblem): string {
  return i18next.t('errors.weak_password', { reason: i18next.t(`reasons.${problem}`) });
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let node = input;
  for (const key of path) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

function messageFor(issue: Issue, input: unknown): string {
  const path = issue.path.map(String).join('.');
  const value = valueAt(input, issue.path);
  // Schemas trim text first, so blanks alone count as an empty field.
  const empty = value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
  switch (issue.code) {
    case 'too_small':
      if (empty) return validationMessage(path, 'required');
      return validationMessage(path, issue.origin === 'string' ? 'too_short' : 'too_small', {
        min: Number(issue.minimum),
      });
    case 'too_big':
      return validationMessage(path, issue.origin === 'string' ? 'too_long' : 'too_big', {
        max: Number(issue.maximum),
      });
    case 'invalid_format':
      return validationMessage(path, empty ? 'required' : 'invalid_format');
    case 'invalid_value':
    case 'invalid_type':
      return validationMessage(path, empty ? 'required' : 'invalid_value');
    default:
      return validationMessage(path, empty ? 'required' : 'invalid');
  }
}

/**
 * Checks a form's value with the shared schema the server uses, so the user learns about every
 * mistake before sending. Returns the parsed data, or one message per field.
 */
export function validateWith<S extends z.ZodType>(
  schema: S,
  input: unknown,
): { ok: true; data: z.output<S> } | { ok: false; errors: FieldErrors } {
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, data: result.data };
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const path = issue.path.map(String).join('.');
    errors[path] ??= messageFor(issue, input);
  }
  return { ok: false, errors };
}

/**
 * Splits a failed request into a message for a field the form shows, or a message for the whole
 * form. The server's message is already in the user's language.
 */
export function describeApiError(
  error: unknown,
  formFields: readonly string[],
): { fieldErrors: FieldErrors; formError: string | null } {
  if (error instanceof ApiError) {
    if (error.field && formFields.includes(error.field)) {
      return { fieldErrors: { [error.field]: error.message }, formError: null };
    }
    return { fieldErrors: {}, formError: error.message };
  }
  return { fieldErrors: {}, formError: i18next.t('common.unexpectedError') };
}

/** Moves focus to the first invalid field after a failed submit, so the user lands on the problem. */
export function focusFirstInvalid(form: HTMLFormElement | null): void {
  requestAnimationFrame(() => {
    const target =
      form?.querySelector<HTMLElement>('[aria-invalid="true"]') ?? form?.querySelector('[role="alert"]');
    target?.focus();
  });
}
