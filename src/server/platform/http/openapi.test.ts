import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allRoutes } from '../../routes';
import { TestAgent } from '../../testing/agent';
import { routeKey } from '../../testing/route-recipes';
import { createTestApp, type TestApp } from '../../testing/test-app';

/** The published OpenAPI document lists exactly the routes the server serves. */
let t: TestApp;
let document: {
  openapi: string;
  paths: Record<
    string,
    Record<
      string,
      { security?: unknown[]; requestBody?: unknown; parameters: { name: string; in: string }[] }
    >
  >;
};
beforeAll(async () => {
  t = await createTestApp();
  const response = await new TestAgent(t).get('/api/openapi.json');
  expect(response.statusCode).toBe(200);
  document = response.json();
});
afterAll(() => t.close());

const toOpenApiPath = (url: string) => url.replace(/:(\w+)/g, '{$1}');

describe('/api/openapi.json', () => {
  it('is an OpenAPI 3.1 document', () => {
    expect(document.openapi).toBe('3.1.0');
  });

  it('lists every route of allRoutes with its method, and nothing else', () => {
    const listed = Object.entries(document.paths).flatMap(([path, operations]) =>
      Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`),
    );
    const expected = allRoutes.map((spec) => `${spec.method} ${toOpenApiPath(spec.url)}`);
    expect(listed.sort()).toEqual(expected.sort());
  });

  it('documents path parameters, request bodies and public access', () => {
    for (const spec of allRoutes) {
      const operation = document.paths[toOpenApiPath(spec.url)]![spec.method.toLowerCase()]!;
      const pathParams = [...spec.url.matchAll(/:(\w+)/g)].map((match) => match[1]);
      const documented = operation.parameters.filter((p) => p.in === 'path').map((p) => p.name);
      expect(documented.sort(), routeKey(spec)).toEqual(pathParams.sort());
      expect(Boolean(operation.requestBody), routeKey(spec)).toBe(Boolean(spec.body));
      expect(operation.security, routeKey(spec)).toEqual(spec.access.kind === 'public' ? [] : undefined);
    }
  });
});
