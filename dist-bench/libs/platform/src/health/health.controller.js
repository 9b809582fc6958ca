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
Object.defineProperty(exports, "__esModule", { value: true });
exports.HealthController = void 0;
const common_1 = require("@nestjs/common");
const swagger_1 = require("@nestjs/swagger");
const terminus_1 = require("@nestjs/terminus");
const common_2 = require("@nestjs/common");
const redis_health_indicator_1 = require("./redis-health.indicator");
// Same metadata as @Public() in libs/auth; declared here so the platform lib does not depend on auth.
const PublicRoute = () => (0, common_2.SetMetadata)('hotline:access-policy', { public: true });
let HealthController = class HealthController {
    health;
    database;
    redis;
    constructor(health, database, redis) {
        this.health = health;
        this.database = database;
        this.redis = redis;
    }
    /** The process is up. */
    live() {
        return { status: 'ok' };
    }
    /** The process can serve: PostgreSQL and Redis answer. 503 otherwise. */
    ready() {
        return this.health.check([() => this.database.pingCheck('postgres', { timeout: 1500 }), () => this.redis.check('redis')]);
    }
};
exports.HealthController = HealthController;
__decorate([
    (0, common_1.Get)('live'),
    PublicRoute(),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", []),
    __metadata("design:returntype", void 0)
], HealthController.prototype, "live", null);
__decorate([
    (0, common_1.Get)('ready'),
    PublicRoute(),
    (0, terminus_1.HealthCheck)(),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", []),
    __metadata("design:returntype", void 0)
], HealthController.prototype, "ready", null);
exports.HealthController = HealthController = __decorate([
    (0, swagger_1.ApiTags)('health'),
    (0, common_1.Controller)('health'),
    __metadata("design:paramtypes", [terminus_1.HealthCheckService,
        terminus_1.TypeOrmHealthIndicator,
        redis_health_indicator_1.RedisHealthIndicator])
], HealthController);
//# sourceMappingURL=health.controller.js.map