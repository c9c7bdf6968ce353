import { z } from 'zod';
import { defineRoute, type RouteSpec } from '../../platform/http/route-spec';
import { buildOpenApiDocument } from '../../platform/http/openapi';
import { isDatabaseUp } from './system.service';

const Health = z.strictObject({ ok: z.boolean(), database: z.enum(['up', 'down']) });

/** Routes that describe the service itself; `routes` is the full list, for the OpenAPI document. */
export function systemRoutes(routes: () => readonly RouteSpec[]): RouteSpec[] {
  let openApi: Record<string, unknown> | null = null;
  return [
    defineRoute({
      method: 'GET',
      url: '/api/health',
      summary: 'Liveness and database reachability',
      tags: ['system'],
      access: { kind: 'public' },
      response: Health,
      handler: async (ctx) => {
        if (await isDatabaseUp(ctx.deps.db)) return { ok: true, database: 'up' as const };
        ctx.reply.status(503);
        return { ok: false, database: 'down' as const };
      },
    }),
    defineRoute({
      method: 'GET',
      url: '/api/openapi.json',
      summary: 'This OpenAPI document',
      tags: ['system'],
      access: { kind: 'public' },
      response: z.record(z.string(), z.unknown()),
      handler: async () => (openApi ??= buildOpenApiDocument(routes())),
    }),
  ];
}
