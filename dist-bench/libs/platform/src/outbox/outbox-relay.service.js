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
var OutboxRelayService_1;
Object.defineProperty(exports, "__esModule", { value: true });
exports.OutboxRelayService = void 0;
const bullmq_1 = require("@nestjs/bullmq");
const common_1 = require("@nestjs/common");
const typeorm_1 = require("@nestjs/typeorm");
const bullmq_2 = require("bullmq");
const pg_1 = require("pg");
const typeorm_2 = require("typeorm");
const config_1 = require("@hotline/config");
const contracts_1 = require("@hotline/contracts");
const outbox_writer_1 = require("./outbox.writer");
const BATCH = 500;
const IDLE_POLL_MS = 1000;
/**
 * Moves committed outbox rows to BullMQ. Rows are locked with SKIP LOCKED, added with their deterministic job id
 * and deleted in the same transaction: a crash before the commit leaves them to be sent again, and BullMQ drops
 * the duplicate id; handlers are idempotent for the rare case the first copy already completed and was removed.
 */
let OutboxRelayService = OutboxRelayService_1 = class OutboxRelayService {
    dataSource;
    config;
    logger = new common_1.Logger(OutboxRelayService_1.name);
    queues;
    listener;
    running = false;
    wake;
    loop;
    constructor(dataSource, config, cases, notifications) {
        this.dataSource = dataSource;
        this.config = config;
        this.queues = { [contracts_1.QueueName.Cases]: cases, [contracts_1.QueueName.Notifications]: notifications };
    }
    async onApplicationBootstrap() {
        this.running = true;
        await this.listen();
        this.loop = this.run();
    }
    async onApplicationShutdown() {
        this.running = false;
        this.wake?.();
        await this.loop;
        await this.listener?.end().catch(() => undefined);
    }
    /** Sends every pending row now; returns how many were moved. */
    async drain() {
        let moved = 0;
        for (;;) {
            const n = await this.relayBatch();
            moved += n;
            if (n < BATCH)
                return moved;
        }
    }
    async listen() {
        const client = new pg_1.Client({ connectionString: this.config.database.url, application_name: 'hotline-outbox-listener' });
        client.on('error', (err) => {
            this.logger.warn({ err: err.message }, 'outbox listener lost its connection; polling until it is back');
            this.listener = undefined;
        });
        client.on('notification', () => this.wake?.());
        try {
            await client.connect();
            await client.query(`LISTEN ${outbox_writer_1.OUTBOX_CHANNEL}`);
            this.listener = client;
        }
        catch (err) {
            this.logger.warn({ err: err.message }, 'outbox listener could not connect; polling');
        }
    }
    async run() {
        while (this.running) {
            try {
                if (!this.listener)
                    await this.listen();
                await this.drain();
            }
            catch (err) {
                this.logger.error({ err: err.message }, 'outbox relay batch failed; will retry');
            }
            if (!this.running)
                break;
            await new Promise((resolve) => {
                const timer = setTimeout(resolve, IDLE_POLL_MS);
                this.wake = () => {
                    clearTimeout(timer);
                    resolve();
                };
            });
        }
    }
    async relayBatch() {
        return this.dataSource.transaction(async (manager) => {
            const rows = await manager.query(`SELECT id, queue, job_name, job_id, payload FROM outbox ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED`, [BATCH]);
            if (rows.length === 0)
                return 0;
            const byQueue = new Map();
            for (const row of rows)
                byQueue.set(row.queue, [...(byQueue.get(row.queue) ?? []), row]);
            for (const [queueName, queueRows] of byQueue) {
                const queue = this.queues[queueName];
                if (!queue)
                    throw new Error(`outbox row for unknown queue ${queueName}`);
                await queue.addBulk(queueRows.map((r) => ({ name: r.job_name, data: r.payload, opts: { jobId: r.job_id } })));
            }
            await manager.query(`DELETE FROM outbox WHERE id = ANY($1::bigint[])`, [rows.map((r) => r.id)]);
            return rows.length;
        });
    }
};
exports.OutboxRelayService = OutboxRelayService;
exports.OutboxRelayService = OutboxRelayService = OutboxRelayService_1 = __decorate([
    (0, common_1.Injectable)(),
    __param(0, (0, typeorm_1.InjectDataSource)()),
    __param(2, (0, bullmq_1.InjectQueue)(contracts_1.QueueName.Cases)),
    __param(3, (0, bullmq_1.InjectQueue)(contracts_1.QueueName.Notifications)),
    __metadata("design:paramtypes", [typeorm_2.DataSource,
        config_1.AppConfig,
        bullmq_2.Queue,
        bullmq_2.Queue])
], OutboxRelayService);
//# sourceMappingURL=outbox-relay.service.js.map