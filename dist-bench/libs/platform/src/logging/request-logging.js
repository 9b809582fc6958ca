"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.registerRequestLogging = registerRequestLogging;
const common_1 = require("@nestjs/common");
const logger = new common_1.Logger('HTTP');
/**
 * One line per request with the route template (`/api/v1/cases/track/:trackingCode`), never the concrete URL or
 * query: tracking codes, access keys and phone filters stay out of the logs.
 */
function registerRequestLogging(fastify) {
    fastify.addHook('onResponse', (request, reply, done) => {
        if (!request.url.startsWith('/health')) {
            logger.log({ method: request.method, route: request.routeOptions.url ?? 'unmatched', statusCode: reply.statusCode, ms: Math.round(reply.elapsedTime) });
        }
        done();
    });
}
//# sourceMappingURL=request-logging.js.map