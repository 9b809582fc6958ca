"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata = (this && this.__metadata) || function (k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
var __param = (this && this.__param) || function (paramIndex, decorator) {
    return function (target, key) { decorator(target, key, paramIndex); }
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.DeadlineSchedulerService = exports.DeadlineScanProcessor = exports.DEADLINE_SCAN_SCHEDULER = void 0;
const bullmq_1 = require("@nestjs/bullmq");
const common_1 = require("@nestjs/common");
const bullmq_2 = require("bullmq");
const config_1 = require("@hotline/config");
const contracts_1 = require("@hotline/contracts");
const deadline_scan_service_1 = require("./deadline-scan.service");
exports.DEADLINE_SCAN_SCHEDULER = 'deadline-scan';
const EVERY_MS = 60_000;
let DeadlineScanProcessor = class DeadlineScanProcessor extends bullmq_1.WorkerHost {
    scanner;
    clock;
    constructor(scanner, clock) {
        super();
        this.scanner = scanner;
        this.clock = clock;
    }
    process(job) {
        return this.scanner.scan(job.data.now ? new Date(job.data.now) : this.clock.now());
    }
};
exports.DeadlineScanProcessor = DeadlineScanProcessor;
exports.DeadlineScanProcessor = DeadlineScanProcessor = __decorate([
    (0, bullmq_1.Processor)(contracts_1.QueueName.Deadlines, { concurrency: 1 }),
    __metadata("design:paramtypes", [deadline_scan_service_1.DeadlineScanService,
        config_1.Clock])
], DeadlineScanProcessor);
/**
 * Registers the minute tick once per cluster: upserting a scheduler under a stable key is idempotent, so every
 * worker may do it at boot and there is still one schedule, and each tick is one job that one worker takes.
 */
let DeadlineSchedulerService = class DeadlineSchedulerService {
    queue;
    constructor(queue) {
        this.queue = queue;
    }
    async onApplicationBootstrap() {
        await this.queue.upsertJobScheduler(exports.DEADLINE_SCAN_SCHEDULER, { every: EVERY_MS }, { name: contracts_1.JobName.ScanDeadlines, data: {}, opts: { removeOnComplete: { count: 100 }, removeOnFail: { age: 7 * 24 * 3600 } } });
    }
};
exports.DeadlineSchedulerService = DeadlineSchedulerService;
exports.DeadlineSchedulerService = DeadlineSchedulerService = __decorate([
    (0, common_1.Injectable)(),
    __param(0, (0, bullmq_1.InjectQueue)(contracts_1.QueueName.Deadlines)),
    __metadata("design:paramtypes", [bullmq_2.Queue])
], DeadlineSchedulerService);
//# sourceMappingURL=deadline-scan.processor.js.map