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
exports.OutboxEntity = void 0;
const typeorm_1 = require("typeorm");
/** Jobs written in the same transaction as the change that implies them; the relay moves them to BullMQ. */
let OutboxEntity = class OutboxEntity {
    id;
    queue;
    jobName;
    jobId;
    payload;
    createdAt;
};
exports.OutboxEntity = OutboxEntity;
__decorate([
    (0, typeorm_1.PrimaryGeneratedColumn)('identity', { type: 'bigint' }),
    __metadata("design:type", String)
], OutboxEntity.prototype, "id", void 0);
__decorate([
    (0, typeorm_1.Column)('text'),
    __metadata("design:type", String)
], OutboxEntity.prototype, "queue", void 0);
__decorate([
    (0, typeorm_1.Column)('text', { name: 'job_name' }),
    __metadata("design:type", String)
], OutboxEntity.prototype, "jobName", void 0);
__decorate([
    (0, typeorm_1.Column)('text', { name: 'job_id' }),
    __metadata("design:type", String)
], OutboxEntity.prototype, "jobId", void 0);
__decorate([
    (0, typeorm_1.Column)('jsonb'),
    __metadata("design:type", Object)
], OutboxEntity.prototype, "payload", void 0);
__decorate([
    (0, typeorm_1.Column)('timestamptz', { name: 'created_at', default: () => 'now()' }),
    __metadata("design:type", Date)
], OutboxEntity.prototype, "createdAt", void 0);
exports.OutboxEntity = OutboxEntity = __decorate([
    (0, typeorm_1.Entity)('outbox')
], OutboxEntity);
//# sourceMappingURL=outbox.entity.js.map