"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var QueueModule_1;
Object.defineProperty(exports, "__esModule", { value: true });
exports.QueueModule = exports.DEFAULT_JOB_OPTIONS = void 0;
const bullmq_1 = require("@nestjs/bullmq");
const common_1 = require("@nestjs/common");
const config_1 = require("@hotline/config");
const contracts_1 = require("@hotline/contracts");
const redis_connection_1 = require("./redis-connection");
/** Retries with backoff, and retention so kept jobs never grow Redis without bound. */
exports.DEFAULT_JOB_OPTIONS = {
    attempts: 6,
    backoff: { type: 'exponential', delay: 1000 },
    removeOnComplete: { age: 24 * 3600, count: 50_000 },
    removeOnFail: { age: 14 * 24 * 3600 },
};
const ALL_QUEUES = Object.values(contracts_1.QueueName);
let QueueModule = QueueModule_1 = class QueueModule {
    static forRoot() {
        const queues = bullmq_1.BullModule.registerQueue(...ALL_QUEUES.map((name) => ({ name, defaultJobOptions: exports.DEFAULT_JOB_OPTIONS })));
        return {
            module: QueueModule_1,
            // Global: processors and schedulers in any worker module inject the queues they feed.
            global: true,
            imports: [
                bullmq_1.BullModule.forRootAsync({
                    inject: [config_1.AppConfig],
                    useFactory: (config) => ({
                        connection: (0, redis_connection_1.bullConnection)(config.redis.url),
                        prefix: (0, redis_connection_1.bullPrefix)(config.redis.queuePrefix),
                    }),
                }),
                queues,
            ],
            exports: [queues],
        };
    }
};
exports.QueueModule = QueueModule;
exports.QueueModule = QueueModule = QueueModule_1 = __decorate([
    (0, common_1.Module)({})
], QueueModule);
//# sourceMappingURL=queue.module.js.map