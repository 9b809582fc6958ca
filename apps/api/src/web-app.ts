import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppConfig } from '@hotline/config';
import { QUEUE_DASHBOARD_PATH } from './queue-dashboard';

/** Paths the API answers itself: never the web UI's index page, so an unknown API path stays a JSON 404. */
const NOT_WEB_PREFIXES = ['/api', '/health', '/metrics', QUEUE_DASHBOARD_PATH, '/open311'];

const isNotWeb = (url: string) =>
  NOT_WEB_PREFIXES.some((prefix) => url === prefix || url.startsWith(`${prefix}/`) || url.startsWith(`${prefix}?`));

const NOT_BUILT = (dir: string) =>
  `The Hotline web UI is not built (no ${path.join(dir, 'index.html')}).\n` +
  'Build it with `npm run build:web` (or `npm run build`), or set WEB_DIR to the folder of a build; the API is at /api/docs.\n';

/**
 * Serves the production build of apps/web from the API's port: the hashed files under /assets are cached for good,
 * any other GET that is not an API path answers index.html, so the single-page app's routes survive a reload.
 * When the build is missing the API still starts and the pages say how to build.
 */
export async function registerWebApp(app: NestFastifyApplication, config: AppConfig): Promise<void> {
  const fastify = app.getHttpAdapter().getInstance();
  const indexFile = path.join(config.web.dir, 'index.html');
  const indexHtml = existsSync(indexFile) ? readFileSync(indexFile) : null;
  if (indexHtml) {
    await app.register(fastifyStatic as never, {
      root: config.web.dir,
      prefix: '/',
      wildcard: false,
      index: false,
      decorateReply: false,
      // Vite names the files under assets/ by their content hash; anything else may change with a new build.
      cacheControl: false,
      setHeaders: (reply: FastifyReply, filePath: string) => {
        const immutable = filePath.includes(`${path.sep}assets${path.sep}`);
        reply.header('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
  }
  fastify.get('/*', (request: FastifyRequest, reply: FastifyReply) => {
    if (isNotWeb(request.url)) return reply.callNotFound();
    if (!indexHtml) return reply.code(404).type('text/plain; charset=utf-8').send(NOT_BUILT(config.web.dir));
    return reply.header('cache-control', 'no-cache').type('text/html; charset=utf-8').send(indexHtml);
  });
}
