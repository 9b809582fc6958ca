import { Logger } from '@nestjs/common';

let installed = false;

/**
 * The last line behind every request and job: a promise nobody awaited that rejects, or an error thrown from a
 * callback outside any request, is logged (pino, through Nest's logger) and the process keeps serving the others.
 * Node's default would end the process, and with it every request in flight and every job a worker holds, over one
 * request's mistake. The causes are still bugs to fix where they happen; this only keeps them from being outages.
 * Installed once by each entry point (API, worker, mailer) after its application is built.
 */
export function installProcessGuard(logger: Pick<Logger, 'error'> = new Logger('ProcessGuard')): void {
  if (installed) return;
  installed = true;
  process.on('unhandledRejection', (reason) => {
    logger.error({ err: reason }, 'unhandled promise rejection; the process keeps serving');
  });
  process.on('uncaughtException', (err, origin) => {
    logger.error({ err, origin }, 'uncaught exception; the process keeps serving');
  });
}
