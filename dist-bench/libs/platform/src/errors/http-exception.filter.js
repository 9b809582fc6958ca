"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.HttpExceptionFilter = void 0;
exports.toErrorBody = toErrorBody;
const common_1 = require("@nestjs/common");
const domain_errors_1 = require("./domain-errors");
const REASON = {
    400: 'Bad Request',
    401: 'Unauthorized',
    403: 'Forbidden',
    404: 'Not Found',
    405: 'Method Not Allowed',
    409: 'Conflict',
    413: 'Payload Too Large',
    415: 'Unsupported Media Type',
    429: 'Too Many Requests',
    500: 'Internal Server Error',
    503: 'Service Unavailable',
};
/** Errors Fastify raises before a handler runs (body parsing, limits), by code. */
const FASTIFY_ERRORS = {
    FST_ERR_CTP_INVALID_JSON_BODY: { status: 400, message: 'The body is not valid JSON' },
    FST_ERR_CTP_EMPTY_JSON_BODY: { status: 400, message: 'The body is empty but Content-Type is application/json' },
    FST_ERR_CTP_BODY_TOO_LARGE: { status: 413, message: 'The body is larger than the limit' },
    FST_ERR_CTP_INVALID_MEDIA_TYPE: { status: 415, message: 'This Content-Type is not accepted' },
    FST_ERR_CTP_INVALID_CONTENT_LENGTH: { status: 400, message: 'Content-Length does not match the body' },
};
function toErrorBody(exception) {
    if (exception instanceof domain_errors_1.DomainError) {
        return body(exception.status, exception.message, exception.details);
    }
    if (exception instanceof common_1.HttpException) {
        const status = exception.getStatus();
        const response = exception.getResponse();
        if (typeof response === 'object' && response !== null) {
            const r = response;
            const message = Array.isArray(r.message) ? r.message.join('; ') : String(r.message ?? exception.message);
            return body(status, message, r.details ?? bodyProblem(status, message));
        }
        return body(status, String(response), bodyProblem(status, String(response)));
    }
    const code = exception?.code;
    if (code && FASTIFY_ERRORS[code]) {
        const known = FASTIFY_ERRORS[code];
        return body(known.status, known.message, [{ field: 'body', message: known.message }]);
    }
    const status = exception?.statusCode;
    if (typeof status === 'number' && status >= 400 && status < 500) {
        const message = exception.message;
        return body(status, message, [{ field: 'body', message }]);
    }
    return body(common_1.HttpStatus.INTERNAL_SERVER_ERROR, 'Internal server error');
}
/** Framework errors about the request body (parsing, size, media type) name the body as the faulty field. */
function bodyProblem(status, message) {
    return status === 400 || status === 413 || status === 415 ? [{ field: 'body', message }] : undefined;
}
function body(statusCode, message, details) {
    return { statusCode, error: REASON[statusCode] ?? 'Error', message, ...(details?.length ? { details } : {}) };
}
/** The one place where errors become HTTP answers: `{statusCode, error, message, details?}`. */
let HttpExceptionFilter = class HttpExceptionFilter {
    logger = new common_1.Logger('HttpExceptionFilter');
    catch(exception, host) {
        const reply = host.switchToHttp().getResponse();
        const request = host.switchToHttp().getRequest();
        const errorBody = toErrorBody(exception);
        if (errorBody.statusCode >= 500) {
            this.logger.error({ err: exception, method: request?.method, route: request?.routeOptions?.url }, 'unhandled error');
        }
        void reply.status(errorBody.statusCode).header('content-type', 'application/json; charset=utf-8').send(errorBody);
    }
};
exports.HttpExceptionFilter = HttpExceptionFilter;
exports.HttpExceptionFilter = HttpExceptionFilter = __decorate([
    (0, common_1.Catch)()
], HttpExceptionFilter);
//# sourceMappingURL=http-exception.filter.js.map