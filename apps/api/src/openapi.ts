import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { loadConfig } from '@hotline/config';
import { ApiModule } from './api.module';

/** The API's OpenAPI document: served at /api/docs-json and the source of the web UI's typed client. */
export function buildOpenApiDocument(app: NestFastifyApplication): OpenAPIObject {
  return SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Hotline API')
      .setDescription('Voter-petition hotline of the people’s council (HĐND): intake, routing, tracking, staff case work')
      .setVersion('1')
      .addBearerAuth()
      .addCookieAuth('hotline_session')
      .build(),
  );
}

/**
 * The same document without a database, Redis or a listening port: the modules are scanned in preview mode, no
 * provider is built. `npm run generate:api-types` writes the web client's types from it.
 */
export async function previewOpenApiDocument(): Promise<OpenAPIObject> {
  const config = loadConfig({
    NODE_ENV: 'development',
    DATABASE_URL: 'postgres://preview@127.0.0.1/preview',
    REDIS_URL: 'redis://127.0.0.1:6379',
    LOG_LEVEL: 'silent',
  });
  const app = await NestFactory.create<NestFastifyApplication>(ApiModule.forRoot(config), new FastifyAdapter(), {
    preview: true,
    logger: false,
  });
  try {
    return buildOpenApiDocument(app);
  } finally {
    await app.close();
  }
}
