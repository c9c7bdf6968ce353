import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';

/** Asserts an error answer: its status and (part of) its `{ error: { code, message, field? } }` body. */
export function expectError(
  response: LightMyRequestResponse,
  status: number,
  error: { code: string; field?: string },
): void {
  expect(response.statusCode, response.body).toBe(status);
  expect(response.json<{ error: unknown }>().error).toMatchObject(error);
}
