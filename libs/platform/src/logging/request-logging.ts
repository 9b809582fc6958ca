import { Logger } from '@nestjs/common';
import type { FastifyInstance } from 'fastify';
import { PinoLogger } from 'nestjs-pino';
import type { MetricsService } from '../metrics/metrics.service';

type RequestLine = { method: string; route: string; statusCode: number; ms: number };

/**
 * The request line holds the method, route template, status and time only: nothing the redaction paths look for, so
 * it is written by a child of the root logger (same level, same destination) that skips the redaction pass, which
 * cost about as much as the rest of the line. Without the pino root (not under LoggingModule), Nest's logger.
 */
function requestLineWriter(): (line: RequestLine) => void {
  const root = PinoLogger.root as PinoLogger['logger'] | undefined;
  if (root) {
    const child = root.child({ context: 'HTTP' }, { redact: { paths: [] } });
    return (line) => child.info(line);
  }
  const logger = new Logger('HTTP');
  return (line) => logger.log(line);
}

/**
 * One log line and one latency observation per request, labelled with the route template
 * (`/api/v1/cases/track/:trackingCode`), never the concrete URL or query: tracking codes, access keys and phone
 * filters stay out of logs and metric labels, and the label set stays bounded.
 */
export function registerRequestLogging(fastify: FastifyInstance, metrics: MetricsService): void {
  const write = requestLineWriter();
  fastify.addHook('onResponse', (request, reply, done) => {
    const route = request.routeOptions.url ?? 'unmatched';
    if (!request.url.startsWith('/health') && route !== '/metrics') {
      write({ method: request.method, route, statusCode: reply.statusCode, ms: Math.round(reply.elapsedTime) });
    }
    metrics.httpDuration.observe({ method: request.method, route, status: String(reply.statusCode) }, reply.elapsedTime / 1000);
    done();
  });
}
