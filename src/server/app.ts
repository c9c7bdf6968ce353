import fs from 'node:fs';
import path from 'node:path';
import cookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import Fastify, { LogController, type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { LIMITS } from '../domain/limits';
import { pickLocale } from '../domain/locales';
import type { AppDeps } from './platform/deps';
import { AppError } from './platform/errors';
import { registerErrorHandler, sendError } from './platform/http/error-handler';
import { registerRoutes } from './platform/http/register-routes';
import { applySecurityHeaders, registerSecurityHeaders } from './platform/http/security-headers';
import { buildManifest } from './platform/http/manifest';
import { allRoutes } from './routes';

export interface BuildAppOptions {
  logger?: FastifyServerOptions['logger'];
}

/** Logs method, route pattern, status and duration — never the URL's values, query or body. */
function registerRequestLog(app: FastifyInstance): void {
  app.addHook('onResponse', async (request, reply) => {
    request.log.info(
      {
        method: request.method,
        route: request.routeOptions.url ?? 'unmatched',
        status: reply.statusCode,
        ms: Math.round(reply.elapsedTime),
      },
      'request',
    );
  });
}

function registerWeb(app: FastifyInstance, deps: AppDeps): void {
  const webDir = deps.config.webDir;
  const indexFile = path.join(webDir, 'index.html');
  app.get('/manifest.webmanifest', async (_request, reply) =>
    reply.type('application/manifest+json').send(buildManifest(deps.config.appLabel)),
  );
  if (!fs.existsSync(indexFile)) return;
  void app.register(fastifyStatic, {
    root: webDir,
    wildcard: false,
    index: false,
    preCompressed: true, // the build writes .br and .gz beside each asset (vite.config.ts)
    setHeaders: (res, filePath) => {
      // Hashed assets never change; the shell and service worker must always be revalidated.
      res.header(
        'cache-control',
        filePath.includes(`${path.sep}assets${path.sep}`)
          ? 'public, max-age=31536000, immutable'
          : 'no-cache',
      );
    },
  });
  app.get('/*', async (request, reply) => {
    // An unknown API route is an API error, never the web app's shell.
    if (/^\/api(\/|\?|$)/.test(request.url)) {
      request.locale = pickLocale(request.headers['accept-language']);
      return sendError(reply, request, new AppError('not_found'));
    }
    const relative = decodeURIComponent(request.url.split('?')[0] ?? '/').replace(/^\/+/, '');
    const candidate = path.resolve(webDir, relative);
    if (
      relative &&
      candidate.startsWith(webDir + path.sep) &&
      fs.existsSync(candidate) &&
      fs.statSync(candidate).isFile()
    ) {
      return reply.sendFile(relative);
    }
    return reply.header('cache-control', 'no-cache').sendFile('index.html');
  });
}

/** Builds the Fastify instance: security headers, errors, API routes, and the web app's files. */
export async function buildApp(deps: AppDeps, options: BuildAppOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: LIMITS.bodyBytes,
    trustProxy: deps.config.trustProxy,
    logController: new LogController({ disableRequestLogging: true }),
    return503OnClosing: true,
    // Router-level failures (a malformed or overlong URL) get the same error shape and headers as
    // everything else, instead of Fastify's default body that echoes the URL back.
    frameworkErrors: (error, request, reply) => {
      request.locale = pickLocale(request.headers['accept-language']);
      const code = error.code === 'FST_ERR_MAX_PARAM_LENGTH' ? 'not_found' : 'validation';
      applySecurityHeaders(request, reply); // the onSend hook does not run for router errors
      void sendError(reply, request, new AppError(code));
    },
  });
  await app.register(cookie);
  registerSecurityHeaders(app);
  registerErrorHandler(app);
  registerRequestLog(app);
  registerRoutes(app, deps, allRoutes);
  app.setNotFoundHandler((request, reply) => {
    request.locale = pickLocale(request.headers['accept-language']);
    return sendError(reply, request, new AppError('not_found'));
  });
  registerWeb(app, deps);
  await app.ready();
  return app;
}
