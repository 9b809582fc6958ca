import fastifyCookie from '@fastify/cookie';
import fastifyCors from '@fastify/cors';
import fastifyMultipart from '@fastify/multipart';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import helmet, { HelmetOptions } from 'helmet';
import { SwaggerModule } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import { Open311AwareExceptionFilter } from '@hotline/channels';
import { AppConfig, Clock, loadConfig, mapTileSource } from '@hotline/config';
import { runMigrations } from '@hotline/database';
import { createValidationPipe, HttpExceptionFilter, MetricsService, registerRequestLogging } from '@hotline/platform';
import { ApiModule } from './api.module';
import { buildOpenApiDocument } from './openapi';
import { registerQueueDashboard } from './queue-dashboard';
import { registerWebApp } from './web-app';

/** Builds the HTTP application (used by main.ts and by the end-to-end tests). */
export async function createApiApp(config: AppConfig = loadConfig(), clock?: Clock): Promise<NestFastifyApplication> {
  // X-Forwarded-For is believed only from the proxies TRUST_PROXY names (none by default): docs/deployment.md.
  const adapter = new FastifyAdapter({
    bodyLimit: config.http.bodyLimitBytes,
    trustProxy: config.security.trustProxy,
    return503OnClosing: true,
  });
  const app = await NestFactory.create<NestFastifyApplication>(ApiModule.forRoot(config, clock), adapter, { bufferLogs: true });
  app.useLogger(app.get(Logger));
  if (config.auth.secretGenerated) {
    app
      .get(Logger)
      .warn(
        'SESSION_SECRET is not set: using a random secret for this process. Sessions (their CSRF tokens), second factors enrolled ' +
          'and login throttling will not survive a restart; set SESSION_SECRET (32+ characters) to keep them.',
        'Bootstrap',
      );
  }
  await registerSecurityHeaders(app, config);
  // The web UI's session cookie (httpOnly, SameSite=Strict; unsafe methods also carry X-CSRF-Token).
  await app.register(fastifyCookie as never);
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new Open311AwareExceptionFilter(new HttpExceptionFilter()));
  app.enableShutdownHooks();
  // JSON only: a text body is refused with 415 instead of reaching validation as an empty object.
  app.getHttpAdapter().getInstance().removeContentTypeParser('text/plain');
  // Attachments: multipart with hard limits; file types are checked by content in AttachmentService.
  await app.register(fastifyMultipart as never, {
    throwFileSizeLimit: false,
    limits: {
      fileSize: config.attachments.maxBytes,
      files: config.attachments.maxFiles,
      fields: 5,
      fieldSize: 100,
      parts: config.attachments.maxFiles + 5,
    },
  });
  registerRequestLogging(app.getHttpAdapter().getInstance(), app.get(MetricsService));
  if (config.database.runMigrations) await runMigrations(app.get(DataSource));
  await registerQueueDashboard(app);
  await registerWebApp(app, config);

  const document = buildOpenApiDocument(app);
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });
  return app;
}

/**
 * Helmet's headers, as helmet writes them for these options: worked out once. The options hold no per-request value
 * (no nonce), so every answer gets the same headers, and building them per request (as @fastify/helmet does, parsing
 * the policy each time) was a measurable share of a tracking request's CPU.
 */
export function securityHeaders(options: Readonly<HelmetOptions>): [string, string][] {
  const headers: [string, string][] = [];
  const recorder = { setHeader: (name: string, value: unknown) => headers.push([name, String(value)]), removeHeader: () => undefined };
  helmet(options)({} as never, recorder as never, (err?: unknown) => {
    if (err) throw err;
  });
  return headers;
}

/**
 * Helmet's headers on every answer. The policy allows only this origin's scripts, which Swagger UI (/api/docs) and
 * Bull Board load as files; their inline styles need 'unsafe-inline' for styles only.
 * CORS: only the configured origins (none by default) get CORS headers, so other sites' pages cannot read answers.
 */
async function registerSecurityHeaders(app: NestFastifyApplication, config: AppConfig): Promise<void> {
  const headers = securityHeaders({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        // The map's tiles, when a tile source is configured (MAP_TILE_URL).
        imgSrc: ["'self'", 'data:', ...(config.map ? [mapTileSource(config.map.tileUrl)] : [])],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        // Development serves Swagger UI over plain http: upgrading its files to https would break it.
        upgradeInsecureRequests: config.env === 'production' ? [] : null,
      },
    },
    strictTransportSecurity: { maxAge: 180 * 24 * 3600, includeSubDomains: true },
  });
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onRequest', (_request, reply, done) => {
      for (const [name, value] of headers) reply.raw.setHeader(name, value);
      done();
    });
  const allowed = new Set(config.security.corsOrigins);
  await app.register(fastifyCors, {
    origin: (origin, callback) => callback(null, origin !== undefined && allowed.has(origin)),
    methods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'],
    allowedHeaders: ['Content-Type', 'Authorization', 'Idempotency-Key', 'X-CSRF-Token'],
    exposedHeaders: ['Retry-After', 'RateLimit-Limit', 'RateLimit-Remaining'],
    maxAge: 600,
  });
}
