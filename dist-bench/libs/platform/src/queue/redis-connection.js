"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.bullPrefix = exports.bullConnection = void 0;
/** BullMQ's connection for a redis:// URL; blocking connections need `maxRetriesPerRequest: null`. */
const bullConnection = (url) => ({ url, maxRetriesPerRequest: null });
exports.bullConnection = bullConnection;
/** Queue keys share one hash tag so a Redis Cluster keeps each queue's keys on one slot. */
const bullPrefix = (queuePrefix) => `{${queuePrefix}}`;
exports.bullPrefix = bullPrefix;
//# sourceMappingURL=redis-connection.js.map