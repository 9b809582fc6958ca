import { Logger } from '@nestjs/common';
import type { FastifyInstance } from 'fastify';
import type { MetricsService } from '../metrics/metrics.service';

const logger = new Logger('HTTP');

/**
 * One log line and one latency observation per request, labelled with the route template
 * (`/api/v1/cases/track/:trackingCode`), never the concrete URL or query: tracking codes, access keys and phone
 * filters stay out of logs and metric labels, and the label set stays bounded.
 */
export function registerRequestLogging(fastify: FastifyInstance, metrics: MetricsService): void {
  fastify.addHook('onResponse', (request, reply, done) => {
    const route = request.routeOptions.url ?? 'unmatched';
    if (!request.url.startsWith('/health') && route !== '/metrics') {
      logger.log({ method: request.method, route, statusCode: reply.statusCode, ms: Math.round(reply.elapsedTime) });
    }
    metrics.httpDuration.observe({ method: request.method, route, status: String(reply.statusCode) }, reply.elapsedTime / 1000);
    done();
  });
}
