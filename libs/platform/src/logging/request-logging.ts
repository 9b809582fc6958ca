import { Logger } from '@nestjs/common';
import type { FastifyInstance } from 'fastify';

const logger = new Logger('HTTP');

/**
 * One line per request with the route template (`/api/v1/cases/track/:trackingCode`), never the concrete URL or
 * query: tracking codes, access keys and phone filters stay out of the logs.
 */
export function registerRequestLogging(fastify: FastifyInstance): void {
  fastify.addHook('onResponse', (request, reply, done) => {
    if (!request.url.startsWith('/health')) {
      logger.log({ method: request.method, route: request.routeOptions.url ?? 'unmatched', statusCode: reply.statusCode, ms: Math.round(reply.elapsedTime) });
    }
    done();
  });
}
