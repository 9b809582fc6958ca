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
exports.CaseEventEntity = void 0;
const typeorm_1 = require("typeorm");
/** The case's history. Append-only: the database refuses UPDATE and DELETE on this table. */
let CaseEventEntity = class CaseEventEntity {
    id;
    caseId;
    type;
    fromStatus;
    toStatus;
    actorType;
    actorUserId;
    agencyId;
    /** Free text the citizen may read (a return reason is internal; an answer is public). */
    note;
    visibleToCitizen;
    data;
    createdAt;
};
exports.CaseEventEntity = CaseEventEntity;
__decorate([
    (0, typeorm_1.PrimaryGeneratedColumn)('identity', { type: 'bigint' }),
    __metadata("design:type", String)
], CaseEventEntity.prototype, "id", void 0);
__decorate([
    (0, typeorm_1.Column)('uuid', { name: 'case_id' }),
    __metadata("design:type", String)
], CaseEventEntity.prototype, "caseId", void 0);
__decorate([
    (0, typeorm_1.Column)('text'),
    __metadata("design:type", String)
], CaseEventEntity.prototype, "type", void 0);
__decorate([
    (0, typeorm_1.Column)('text', { name: 'from_status', nullable: true }),
    __metadata("design:type", Object)
], CaseEventEntity.prototype, "fromStatus", void 0);
__decorate([
    (0, typeorm_1.Column)('text', { name: 'to_status', nullable: true }),
    __metadata("design:type", Object)
], CaseEventEntity.prototype, "toStatus", void 0);
__decorate([
    (0, typeorm_1.Column)('text', { name: 'actor_type' }),
    __metadata("design:type", String)
], CaseEventEntity.prototype, "actorType", void 0);
__decorate([
    (0, typeorm_1.Column)('uuid', { name: 'actor_user_id', nullable: true }),
    __metadata("design:type", Object)
], CaseEventEntity.prototype, "actorUserId", void 0);
__decorate([
    (0, typeorm_1.Column)('uuid', { name: 'agency_id', nullable: true }),
    __metadata("design:type", Object)
], CaseEventEntity.prototype, "agencyId", void 0);
__decorate([
    (0, typeorm_1.Column)('text', { nullable: true }),
    __metadata("design:type", Object)
], CaseEventEntity.prototype, "note", void 0);
__decorate([
    (0, typeorm_1.Column)('boolean', { name: 'visible_to_citizen' }),
    __metadata("design:type", Boolean)
], CaseEventEntity.prototype, "visibleToCitizen", void 0);
__decorate([
    (0, typeorm_1.Column)('jsonb', { default: {} }),
    __metadata("design:type", Object)
], CaseEventEntity.prototype, "data", void 0);
__decorate([
    (0, typeorm_1.Column)('timestamptz', { name: 'created_at' }),
    __metadata("design:type", Date)
], CaseEventEntity.prototype, "createdAt", void 0);
exports.CaseEventEntity = CaseEventEntity = __decorate([
    (0, typeorm_1.Entity)('case_events')
], CaseEventEntity);
//# sourceMappingURL=case-event.entity.js.map