import { DynamicModule, INestApplicationContext } from '@nestjs/common';
import { ModuleRef, NestApplicationContext, NestContainer, NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { AppConfig, Clock, loadConfig } from '@hotline/config';
import { WorkerModule } from './worker.module';

/** Builds the worker context (used by main.ts and by the end-to-end tests). */
export function createWorker(config: AppConfig = loadConfig(), clock?: Clock): Promise<INestApplicationContext> {
  return startWorker(WorkerModule.forRoot(config, clock));
}

const STARTING_WORKER = Symbol('STARTING_WORKER');

/**
 * Builds and starts a worker context from `module`: the WorkerModule, or a test's module around it. The queue workers
 * take jobs from the moment their modules are initialised, before the later start steps (schedulers, the outbox
 * relay, the metrics port) have run. When one of those fails, the context is closed before the error goes on: the
 * queue workers finish the jobs they hold and stop, so no job is left active until BullMQ's stall check finds it.
 */
export async function startWorker(module: DynamicModule): Promise<INestApplicationContext> {
  // NestFactory starts the context before it returns it, and a failed start returns nothing to close: the module
  // reference taken while the providers are built leads to the same container, whose shutdown hooks then run.
  let moduleRef: ModuleRef | undefined;
  const keepModuleRef = { provide: STARTING_WORKER, useFactory: (ref: ModuleRef) => (moduleRef = ref), inject: [ModuleRef] };
  try {
    const app = await NestFactory.createApplicationContext(
      { ...module, providers: [...(module.providers ?? []), keepModuleRef] },
      { bufferLogs: true },
    );
    app.useLogger(app.get(Logger));
    app.enableShutdownHooks();
    return app;
  } catch (startError) {
    const ref = moduleRef;
    if (ref) {
      await new NestApplicationContext((ref as unknown as { container: NestContainer }).container)
        .close()
        .catch((closeError: Error) =>
          ref.get(Logger, { strict: false }).error({ err: closeError }, 'closing the worker after its failed start failed too'),
        );
    }
    throw startError;
  }
}
