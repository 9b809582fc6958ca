import fastifyMultipart from '@fastify/multipart';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import { AppConfig, Clock, loadConfig } from '@hotline/config';
import { runMigrations } from '@hotline/database';
import { createValidationPipe, HttpExceptionFilter, MetricsService, registerRequestLogging } from '@hotline/platform';
import { ApiModule } from './api.module';
import { registerQueueDashboard } from './queue-dashboard';

/** Builds the HTTP application (used by main.ts and by the end-to-end tests). */
export async function createApiApp(config: AppConfig = loadConfig(), clock?: Clock): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({ bodyLimit: config.http.bodyLimitBytes, trustProxy: true, return503OnClosing: true });
  const app = await NestFactory.create<NestFastifyApplication>(ApiModule.forRoot(config, clock), adapter, { bufferLogs: true });
  app.useLogger(app.get(Logger));
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new HttpExceptionFilter());
  app.enableShutdownHooks();
  // JSON only: a text body is refused with 415 instead of reaching validation as an empty object.
  app.getHttpAdapter().getInstance().removeContentTypeParser('text/plain');
  // Attachments: multipart with hard limits; file types are checked by content in AttachmentService.
  await app.register(fastifyMultipart as never, {
    throwFileSizeLimit: false,
    limits: { fileSize: config.attachments.maxBytes, files: config.attachments.maxFiles, fields: 5, fieldSize: 100, parts: config.attachments.maxFiles + 5 },
  });
  registerRequestLogging(app.getHttpAdapter().getInstance(), app.get(MetricsService));
  if (config.database.runMigrations) await runMigrations(app.get(DataSource));
  await registerQueueDashboard(app);

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Hotline API')
      .setDescription('Voter-petition hotline of the people’s council (HĐND): intake, routing, tracking, staff case work')
      .setVersion('1')
      .addBearerAuth()
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });
  return app;
}
