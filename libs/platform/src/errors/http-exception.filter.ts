import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { defaultErrorCode, ErrorCode } from '@hotline/contracts';
import { DomainError, FieldProblem, TooManyRequestsError } from './domain-errors';

export interface ErrorBody {
  statusCode: number;
  error: string;
  /** Stable, machine-readable (libs/contracts ErrorCode): what clients branch on and translate. */
  code: ErrorCode;
  message: string;
  details?: FieldProblem[];
}

const REASON: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Entity',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

/** Errors Fastify raises before a handler runs (body parsing, limits), by code. */
const FASTIFY_ERRORS: Record<string, { status: number; message: string; code: ErrorCode }> = {
  FST_ERR_CTP_INVALID_JSON_BODY: { status: 400, message: 'The body is not valid JSON', code: ErrorCode.InvalidJson },
  FST_ERR_CTP_EMPTY_JSON_BODY: {
    status: 400,
    message: 'The body is empty but Content-Type is application/json',
    code: ErrorCode.EmptyJsonBody,
  },
  FST_ERR_CTP_BODY_TOO_LARGE: { status: 413, message: 'The body is larger than the limit', code: ErrorCode.PayloadTooLarge },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { status: 415, message: 'This Content-Type is not accepted', code: ErrorCode.UnsupportedMediaType },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: {
    status: 400,
    message: 'Content-Length does not match the body',
    code: ErrorCode.InvalidContentLength,
  },
};

/** PostgreSQL SQLSTATEs and socket codes that mean "the database or Redis is away", not "the request is wrong". */
const UNAVAILABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', '57P01', '57P02', '57P03', '53300']);
const UNAVAILABLE_MESSAGES =
  /Connection terminated|connection timeout|timeout exceeded when trying to connect|Client has encountered a connection error|database system is (starting up|shutting down)|Connection is closed|MaxRetriesPerRequestError/i;

/** A dependency outage: the client may retry (with the same Idempotency-Key for intake), so it gets 503. */
export function isServiceUnavailable(exception: unknown): boolean {
  for (
    let e = exception as { code?: unknown; message?: unknown; driverError?: unknown; cause?: unknown } | undefined, depth = 0;
    e && depth < 4;
    depth++
  ) {
    const code = typeof e.code === 'string' ? e.code : '';
    if (UNAVAILABLE_CODES.has(code) || code.startsWith('08')) return true;
    if (typeof e.message === 'string' && UNAVAILABLE_MESSAGES.test(e.message)) return true;
    e = (e.driverError ?? e.cause) as typeof e;
  }
  return false;
}

export function toErrorBody(exception: unknown): ErrorBody {
  if (exception instanceof DomainError) {
    return body(exception.status, exception.message, exception.details, exception.code);
  }
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    const response = exception.getResponse();
    if (typeof response === 'object' && response !== null) {
      const r = response as { message?: unknown; details?: FieldProblem[]; code?: ErrorCode };
      const message = Array.isArray(r.message) ? r.message.join('; ') : String(r.message ?? exception.message);
      return body(status, message, r.details ?? bodyProblem(status, message), r.code);
    }
    return body(status, String(response), bodyProblem(status, String(response)));
  }
  const code = (exception as { code?: string } | null)?.code;
  if (code && FASTIFY_ERRORS[code]) {
    const known = FASTIFY_ERRORS[code];
    return body(known.status, known.message, [{ field: 'body', message: known.message }], known.code);
  }
  const status = (exception as { statusCode?: number } | null)?.statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    const message = (exception as Error).message;
    return body(status, message, [{ field: 'body', message }]);
  }
  if (isServiceUnavailable(exception)) {
    return body(HttpStatus.SERVICE_UNAVAILABLE, 'The service is briefly unavailable; retry in a few seconds');
  }
  return body(HttpStatus.INTERNAL_SERVER_ERROR, 'Internal server error');
}

/** Framework errors about the request body (parsing, size, media type) name the body as the faulty field. */
function bodyProblem(status: number, message: string): FieldProblem[] | undefined {
  return status === 400 || status === 413 || status === 415 ? [{ field: 'body', message }] : undefined;
}

function body(statusCode: number, message: string, details?: FieldProblem[], code?: ErrorCode): ErrorBody {
  return {
    statusCode,
    error: REASON[statusCode] ?? 'Error',
    code: code ?? defaultErrorCode(statusCode, !!details?.length),
    message,
    ...(details?.length ? { details } : {}),
  };
}

/** The one place where errors become HTTP answers: `{statusCode, error, code, message, details?}`. */
@Catch()
export class HttpExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('HttpExceptionFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const request = host.switchToHttp().getRequest<FastifyRequest>();
    const errorBody = toErrorBody(exception);
    if (errorBody.statusCode === HttpStatus.SERVICE_UNAVAILABLE) {
      this.logger.warn(
        { err: (exception as Error)?.message, method: request?.method, route: request?.routeOptions?.url },
        'dependency unavailable',
      );
      void reply.header('retry-after', '5');
    } else if (exception instanceof TooManyRequestsError) {
      void reply.header('retry-after', String(Math.max(1, Math.ceil(exception.retryAfterSeconds))));
    } else if (errorBody.statusCode >= 500) {
      this.logger.error({ err: exception, method: request?.method, route: request?.routeOptions?.url }, 'unhandled error');
    }
    void reply.status(errorBody.statusCode).header('content-type', 'application/json; charset=utf-8').send(errorBody);
  }
}
