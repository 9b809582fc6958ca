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
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.RedisHealthIndicator = void 0;
const common_1 = require("@nestjs/common");
const terminus_1 = require("@nestjs/terminus");
const ioredis_1 = __importDefault(require("ioredis"));
const config_1 = require("@hotline/config");
let RedisHealthIndicator = class RedisHealthIndicator {
    indicators;
    client;
    constructor(indicators, config) {
        this.indicators = indicators;
        // Fail fast while Redis is away, so readiness answers quickly instead of queueing the PING.
        this.client = new ioredis_1.default(config.redis.url, { lazyConnect: true, maxRetriesPerRequest: 0, enableOfflineQueue: false, connectTimeout: 1000 });
        this.client.on('error', () => undefined);
    }
    async check(key) {
        const indicator = this.indicators.check(key);
        try {
            if (this.client.status === 'wait' || this.client.status === 'end')
                await this.client.connect().catch(() => undefined);
            const pong = await Promise.race([
                this.client.ping(),
                new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 1000)),
            ]);
            return pong === 'PONG' ? indicator.up() : indicator.down({ message: `unexpected reply ${pong}` });
        }
        catch (err) {
            return indicator.down({ message: err.message });
        }
    }
    async onModuleDestroy() {
        this.client.disconnect();
    }
};
exports.RedisHealthIndicator = RedisHealthIndicator;
exports.RedisHealthIndicator = RedisHealthIndicator = __decorate([
    (0, common_1.Injectable)(),
    __metadata("design:paramtypes", [terminus_1.HealthIndicatorService,
        config_1.AppConfig])
], RedisHealthIndicator);
//# sourceMappingURL=redis-health.indicator.js.map