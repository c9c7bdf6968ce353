import type { ErrorBody, ErrorCode } from '../../domain/errors';
import { DEFAULT_LOCALE, type Locale } from '../../domain/locales';

/** A failed API call: the server's stable code, its already-translated message, and the field. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode | 'network',
    message: string,
    readonly field?: string,
    /** What the client needs to act on the error (e.g. the matches of `possible_duplicate`). */
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

/** Codes that mean the session is gone or must do something else first (a new state). */
const SESSION_LOST: readonly string[] = ['unauthenticated'];
const SESSION_STATE_CHANGED: readonly string[] = [
  'mfa_required',
  'mfa_setup_required',
  'password_change_required',
];

// In memory only, never in storage: dropped by logout and by the quick exit.
let csrfToken: string | null = null;
let locale: Locale = DEFAULT_LOCALE;
let networkErrorMessage = 'Sin conexión con el servidor.';
const sessionListeners = new Set<(code: string) => void>();

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Returns the CSRF token and forgets it (used by the quick exit). */
export function takeCsrfToken(): string | null {
  const token = csrfToken;
  csrfToken = null;
  return token;
}

/** Language of the server's error messages: the one the user chose, not the browser's. */
export function setApiLocale(next: Locale, networkError: string): void {
  locale = next;
  networkErrorMessage = networkError;
}

/** Called when any request finds the session ended or needing another step. Returns an unsubscribe. */
export function onSessionChange(listener: (code: string) => void): () => void {
  sessionListeners.add(listener);
  return () => sessionListeners.delete(listener);
}

function isErrorBody(value: unknown): value is ErrorBody {
  return typeof value === 'object' && value !== null && 'error' in value;
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * Calls the API on the app's own origin. The session cookie travels by itself (HttpOnly); every
 * state-changing request carries the CSRF token. Responses are never cached (`no-store`).
 */
export async function api<T>(
  method: Method,
  url: string,
  body?: unknown,
  options: {
    signal?: AbortSignal;
    /** false for the call that itself reads the session */ watchSession?: boolean;
  } = {},
): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': locale };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin',
      cache: 'no-store',
      signal: options.signal,
    });
  } catch (error) {
    if (options.signal?.aborted) throw error;
    throw new ApiError(0, 'network', networkErrorMessage);
  }
  const data = await readJson(response);
  if (response.ok) return data as T;
  const detail = isErrorBody(data) ? data.error : null;
  const error = new ApiError(
    response.status,
    detail?.code ?? 'internal',
    detail?.message ?? networkErrorMessage,
    detail?.field,
    detail?.details,
  );
  const sessionChanged = SESSION_LOST.includes(error.code) || SESSION_STATE_CHANGED.includes(error.code);
  if (sessionChanged && options.watchSession !== false) {
    if (SESSION_LOST.includes(error.code)) csrfToken = null;
    for (const listener of sessionListeners) listener(error.code);
  }
  throw error;
}

export const apiGet = <T>(url: string, signal?: AbortSignal) => api<T>('GET', url, undefined, { signal });

/** Reads the session itself: a 401 here is an answer, not news for the session listeners. */
export const readSession = <T>(url: string) => api<T>('GET', url, undefined, { watchSession: false });
