import type { z } from 'zod';
import { AppError } from '../errors';

type Issue = z.core.$ZodIssue;

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let node = input;
  for (const key of path) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

function firstLeafIssue(issue: Issue): Issue {
  if (issue.code === 'invalid_union' && issue.errors[0]?.[0]) {
    const nested = issue.errors[0][0];
    return firstLeafIssue({ ...nested, path: [...issue.path, ...nested.path] });
  }
  return issue;
}

/** Turns the first zod issue into a validation error naming the exact field and a translatable reason. */
export function toValidationError(issue0: Issue, input: unknown): AppError {
  const issue = firstLeafIssue(issue0);
  const path = issue.path.map(String);
  if (issue.code === 'unrecognized_keys') {
    const field = [...path, issue.keys[0] ?? ''].filter(Boolean).join('.');
    return new AppError('validation', { field, params: { reason: 'unknown_field' } });
  }
  const field = path.join('.') || undefined;
  const missing = valueAt(input, issue.path) === undefined;
  let reason = 'invalid';
  const params: Record<string, string | number> = {};
  switch (issue.code) {
    case 'invalid_type':
      reason = missing ? 'required' : 'invalid_type';
      break;
    case 'too_small':
      reason = issue.origin === 'string' ? 'too_short' : 'too_small';
      params.min = Number(issue.minimum);
      break;
    case 'too_big':
      reason = issue.origin === 'string' ? 'too_long' : 'too_big';
      params.max = Number(issue.maximum);
      break;
    case 'invalid_format':
      reason = 'invalid_format';
      break;
    case 'invalid_value':
      reason = missing ? 'required' : 'invalid_value';
      break;
    default:
      reason = missing ? 'required' : 'invalid';
  }
  return new AppError('validation', { field, params: { reason, ...params } });
}

/** Path of the first string (key or value) holding a NUL character, which PostgreSQL text cannot store. */
function findNul(input: unknown, path: string[] = []): string[] | null {
  if (typeof input === 'string') return input.includes('\u0000') ? path : null;
  if (typeof input !== 'object' || input === null) return null;
  for (const [key, value] of Object.entries(input)) {
    if (key.includes('\u0000')) return path;
    const found = findNul(value, [...path, key]);
    if (found) return found;
  }
  return null;
}

/** Parses input with a shared schema; unknown fields and wrong values become a 400 with the field. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const nul = findNul(input);
  if (nul) {
    const field = nul.join('.') || undefined;
    throw new AppError('validation', { field, params: { reason: 'invalid' } });
  }
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  if (!issue) throw new AppError('validation');
  throw toValidationError(issue, input);
}
