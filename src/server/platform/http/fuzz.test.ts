import fc from 'fast-check';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../../domain/errors';
import { allRoutes } from '../../routes';
import { authorizedCaller, type Caller } from '../../testing/callers';
import { recipeFor, routeKey, type PreparedRequest } from '../../testing/route-recipes';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { plantOrganization, type PlantedOrg } from '../../testing/world';
import type { RouteSpec } from './route-spec';

/**
 * SECURITY.md S10: property-based fuzzing of every route as an authorized caller — random path
 * parameters, query strings and JSON bodies. Nothing may answer 5xx, and no answer may carry a stack
 * trace or SQL that the request did not contain itself.
 */
let t: TestApp;
let org: PlantedOrg;
beforeAll(async () => {
  t = await createTestApp();
  org = await plantOrganization(t, { level: 'regional' });
});
afterAll(() => t.close());

const NASTY = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\u202e',
  "' or 1=1 --",
  '"; drop table users; --',
  '../../../etc/passwd',
  '%00',
  '__proto__',
  'constructor',
  '9'.repeat(40),
  '-1',
  '1e309',
  'x'.repeat(5000),
  '00000000-0000-0000-0000-000000000000',
  '------------------------------------',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
];

const encodable = (value: string) => {
  try {
    encodeURIComponent(value);
    return true;
  } catch {
    return false;
  }
};
const text = fc.oneof(
  { arbitrary: fc.constantFrom(...NASTY), weight: 3 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 80 }), weight: 2 },
  fc.string({ unit: fc.constantFrom(...'0123456789abcdefABCDEF-'), minLength: 36, maxLength: 36 }),
);
const pathValue = (valid: string) =>
  fc.oneof(
    { arbitrary: fc.constant(valid), weight: 6 },
    fc.uuid(),
    fc.uuid().map((id) => id.toUpperCase()),
    text.filter(encodable),
  );
const scalar = fc.oneof(text, fc.integer(), fc.double(), fc.boolean(), fc.constant(null));
const json = fc.oneof({ arbitrary: text, weight: 3 }, scalar, fc.jsonValue({ maxDepth: 3 }));

function bodyArb(base: unknown) {
  const known = base && typeof base === 'object' ? Object.keys(base) : [];
  const keys = fc.oneof(
    fc.constantFrom('id', 'name', 'notes', 'role', ...known),
    fc.string({ maxLength: 12 }),
  );
  // Mostly the route's own body with one value replaced; sometimes anything at all.
  const mutated = known.length
    ? fc.tuple(fc.constantFrom(...known), json).map(([key, value]) => ({ ...(base as object), [key]: value }))
    : fc.constant(base ?? {});
  return fc.oneof(
    { arbitrary: mutated, weight: 3 },
    fc.constant({}),
    json,
    fc.dictionary(keys, json, { maxKeys: 5 }),
  );
}

function queryArb(base: Record<string, string> | undefined) {
  const known = Object.keys(base ?? {});
  const keys = fc.oneof(fc.constantFrom('limit', 'before', ...known), fc.string({ maxLength: 8 }));
  const pairs = fc.array(fc.tuple(keys, text), { maxLength: 4 });
  // Mostly the route's own query with one value replaced; sometimes anything at all.
  const mutated = fc
    .tuple(fc.constantFrom('limit', 'before', ...known), text)
    .map(([key, value]) => Object.entries({ ...base, [key]: value }));
  return fc.oneof(mutated, pairs);
}

function requestArb(spec: RouteSpec, valid: PreparedRequest) {
  const names = [...spec.url.matchAll(/:(\w+)/g)].map((match) => match[1]!);
  const params = fc.record(Object.fromEntries(names.map((name) => [name, pathValue(valid.params[name]!)])));
  return fc.record({ params, query: queryArb(valid.query), body: bodyArb(valid.body) });
}

const SUSPICIOUS = [
  /\bat [\w.<>]+ \(/, // a stack frame
  /\.(ts|js|mjs):\d+:\d+/,
  /\b(select|insert|update|delete)\b[^"]{0,80}\b(from|into|set)\b/i,
  /syntax error|violates|duplicate key|invalid input|relation "|column "|drizzle|postgres|node_modules/i,
];

interface FuzzInput {
  params: Record<string, string>;
  query: [string, string][];
  body?: unknown;
}

async function sendFuzzed(caller: Caller, spec: RouteSpec, { params, query, body }: FuzzInput) {
  const path = spec.url.replace(/:(\w+)/g, (_, name: string) => encodeURIComponent(params[name]!));
  const search = new URLSearchParams(query).toString();
  const url = search ? `${path}?${search}` : path;
  const payload = JSON.stringify(body === undefined ? null : body);
  const response = await caller.agent.request({
    method: spec.method,
    url,
    ...(spec.method === 'GET' ? {} : { body: payload, headers: { 'content-type': 'application/json' } }),
  });
  return { response, requestText: `${decodeURIComponentSafe(url)} ${payload}` };
}

function decodeURIComponentSafe(value: string) {
  try {
    return decodeURIComponent(value.replace(/\+/g, ' '));
  } catch {
    return value;
  }
}

/** What every answer must satisfy, whatever was sent. */
function expectSafeAnswer(response: LightMyRequestResponse, requestText: string) {
  const where = `${response.statusCode} ${response.body.slice(0, 300)} for ${requestText.slice(0, 200)}`;
  expect(response.statusCode, where).toBeLessThan(500);
  for (const pattern of SUSPICIOUS)
    if (pattern.test(response.body)) expect(pattern.test(requestText), `${pattern} in ${where}`).toBe(true);
  if (response.statusCode < 400) return;
  const { error } = response.json();
  expect(ERROR_CODES, where).toContain(error.code);
  const keys = ['code', 'message', ...(error.field ? ['field'] : [])];
  // Details: a possible duplicate's matches (ids and display codes), or a stable reason code with ids
  // and versions (`{ reason: 'share_period_overlap', shareId }`); nothing else carries them.
  if (error.code === 'possible_duplicate') keys.push('details');
  else if (error.details !== undefined) {
    expect(typeof error.details.reason, where).toBe('string');
    keys.push('details');
  }
  expect(Object.keys(error).sort()).toEqual(keys.sort());
}

describe('fuzzing every route', () => {
  for (const [index, spec] of allRoutes.entries()) {
    const ip = `10.6.${index}.1`; // failed sign-ins of one route must not lock another's address
    let caller: Caller;
    let valid: PreparedRequest;

    /** Fuzzed writes may end the session (logout, a password change): start a new one. */
    async function sendAndCheck(input: FuzzInput) {
      const { response, requestText } = await sendFuzzed(caller, spec, input);
      expectSafeAnswer(response, requestText);
      if (response.statusCode === 401 && spec.access.kind !== 'public')
        caller = await authorizedCaller(t, spec, org, ip);
    }

    it(`${routeKey(spec)} survives every nasty value in every field`, async () => {
      caller = await authorizedCaller(t, spec, org, ip);
      valid = await recipeFor(spec)({ t, orgId: org.row.id, actor: caller.actor, agent: caller.agent });
      const query = Object.entries(valid.query ?? {});
      const body = valid.body && typeof valid.body === 'object' ? valid.body : {};
      for (const value of NASTY) {
        for (const name of Object.keys(valid.params))
          if (encodable(value))
            await sendAndCheck({ ...valid, query, params: { ...valid.params, [name]: value } });
        for (const key of new Set(['limit', 'before', ...query.map(([name]) => name)]))
          await sendAndCheck({ ...valid, query: [...query.filter(([name]) => name !== key), [key, value]] });
        for (const key of Object.keys(body))
          await sendAndCheck({ ...valid, query, body: { ...body, [key]: value } });
      }
    });

    it(`${routeKey(spec)} never fails with 5xx nor leaks internals on random input`, async () => {
      await fc.assert(
        fc.asyncProperty(requestArb(spec, valid), (input) => sendAndCheck(input)),
        { numRuns: 40 },
      );
    });
  }
});
