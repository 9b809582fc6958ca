import { ArgumentsHost, Catch, ExceptionFilter, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { toErrorBody } from '@hotline/platform';
import { render } from './open311-format';

/**
 * GeoReport v2 errors: an array of {code, description} (XML `<errors><error>…`), in the format the URL asked for,
 * with the HTTP status as code; one entry per field problem.
 */
@Catch()
export class Open311ExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('Open311');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    const body = toErrorBody(exception);
    if (body.statusCode >= 500)
      this.logger.error({ err: exception instanceof Error ? exception.message : String(exception) }, 'Open311 request failed');
    const errors = (body.details?.length ? body.details.map((d) => d.message) : [body.message]).map((description) => ({
      code: body.statusCode,
      description,
    }));
    const format = /\.xml(\?|$)/.test(request.url) ? 'xml' : 'json';
    void reply.status(body.statusCode).send(render(reply, format, 'errors', 'error', errors));
  }
}

/**
 * The API's global filter, except under /open311/v2: there an unknown route (which no controller's filter sees)
 * answers in GeoReport's error array too, not in the API's error shape.
 */
@Catch()
export class Open311AwareExceptionFilter implements ExceptionFilter {
  private readonly open311 = new Open311ExceptionFilter();

  constructor(private readonly fallback: ExceptionFilter) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const url = host.switchToHttp().getRequest<FastifyRequest>()?.url ?? '';
    (url.startsWith('/open311/v2/') ? this.open311 : this.fallback).catch(exception, host);
  }
}
