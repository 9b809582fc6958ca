import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { AppConfig, Clock, loadConfig } from '@hotline/config';
import { WorkerModule } from './worker.module';

/** Builds the worker context (used by main.ts and by the end-to-end tests). */
export async function createWorker(config: AppConfig = loadConfig(), clock?: Clock): Promise<INestApplicationContext> {
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config, clock), { bufferLogs: true });
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  return app.init();
}
