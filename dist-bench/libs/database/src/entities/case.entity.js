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
exports.CaseEntity = void 0;
const typeorm_1 = require("typeorm");
const contracts_1 = require("@hotline/contracts");
let CaseEntity = class CaseEntity {
    id;
    trackingCode;
    /** SHA-256 of the citizen's secret access key; the key itself is shown once, at intake. */
    accessKeyHash;
    kind;
    channel;
    status;
    priority;
    title;
    description;
    categoryId;
    areaId;
    address;
    lat;
    lng;
    citizenName;
    citizenPhone;
    citizenEmail;
    anonymous;
    isPublic;
    agencyId;
    answer;
    mergedIntoId;
    createdByUserId;
    idempotencyKey;
    receivedAt;
    routedAt;
    acceptedAt;
    answeredAt;
    closedAt;
    reopenCount;
    returnCount;
    satisfied;
    /** Earliest due date of the clocks now running. */
    dueAt;
    /** When the deadline scan must next look at this case (a reminder, a due date, a "very late" point). */
    nextDueAt;
    updatedAt;
    version;
};
exports.CaseEntity = CaseEntity;
__decorate([
    (0, typeorm_1.PrimaryColumn)('uuid'),
    __metadata("design:type", String)
], CaseEntity.prototype, "id", void 0);
__decorate([
    (0, typeorm_1.Column)('text', { name: 'tracking_code' }),
    __metadata("design:type", String)
], CaseEntity.prototype, "trackingCode", void 0);
__decorate([
    (0, typeorm_1.Column)('bytea', { name: 'access_key_hash', select: false }),
    __metadata("design:type", Buffer)
], CaseEntity.prototype, "accessKeyHash", void 0);
__decorate([
    (0, typeorm_1.Column)('text'),
    __metadata("design:type", String)
], CaseEntity.prototype, "kind", void 0);
__decorate([
    (0, typeorm_1.Column)('text'),
    __metadata("design:type", String)
], CaseEntity.prototype, "channel", void 0);
__decorate([
    (0, typeorm_1.Column)('text'),
    __metadata("design:type", String)
], CaseEntity.prototype, "status", void 0);
__decorate([
    (0, typeorm_1.Column)('text'),
    __metadata("design:type", String)
], CaseEntity.prototype, "priority", void 0);
__decorate([
    (0, typeorm_1.Column)('text'),
    __metadata("design:type", String)
], CaseEntity.prototype, "title", void 0);
__decorate([
    (0, typeorm_1.Column)('text'),
    __metadata("design:type", String)
], CaseEntity.prototype, "description", void 0);
__decorate([
    (0, typeorm_1.Column)('uuid', { name: 'category_id', nullable: true }),
    __metadata("design:type", Object)
], CaseEntity.prototype, "categoryId", void 0);
__decorate([
    (0, typeorm_1.Column)('uuid', { name: 'area_id', nullable: true }),
    __metadata("design:type", Object)
], CaseEntity.prototype, "areaId", void 0);
__decorate([
    (0, typeorm_1.Column)('text', { nullable: true }),
    __metadata("design:type", Object)
], CaseEntity.prototype, "address", void 0);
__decorate([
    (0, typeorm_1.Column)('double precision', { nullable: true }),
    __metadata("design:type", Object)
], CaseEntity.prototype, "lat", void 0);
__decorate([
    (0, typeorm_1.Column)('double precision', { nullable: true }),
    __metadata("design:type", Object)
], CaseEntity.prototype, "lng", void 0);
__decorate([
    (0, typeorm_1.Column)('text', { name: 'citizen_name', nullable: true }),
    __metadata("design:type", Object)
], CaseEntity.prototype, "citizenName", void 0);
__decorate([
    (0, typeorm_1.Column)('text', { name: 'citizen_phone', nullable: true }),
    __metadata("design:type", Object)
], CaseEntity.prototype, "citizenPhone", void 0);
__decorate([
    (0, typeorm_1.Column)('text', { name: 'citizen_email', nullable: true }),
    __metadata("design:type", Object)
], CaseEntity.prototype, "citizenEmail", void 0);
__decorate([
    (0, typeorm_1.Column)('boolean'),
    __metadata("design:type", Boolean)
], CaseEntity.prototype, "anonymous", void 0);
__decorate([
    (0, typeorm_1.Column)('boolean', { name: 'is_public' }),
    __metadata("design:type", Boolean)
], CaseEntity.prototype, "isPublic", void 0);
__decorate([
    (0, typeorm_1.Column)('uuid', { name: 'agency_id', nullable: true }),
    __metadata("design:type", Object)
], CaseEntity.prototype, "agencyId", void 0);
__decorate([
    (0, typeorm_1.Column)('text', { nullable: true }),
    __metadata("design:type", Object)
], CaseEntity.prototype, "answer", void 0);
__decorate([
    (0, typeorm_1.Column)('uuid', { name: 'merged_into_id', nullable: true }),
    __metadata("design:type", Object)
], CaseEntity.prototype, "mergedIntoId", void 0);
__decorate([
    (0, typeorm_1.Column)('uuid', { name: 'created_by_user_id', nullable: true }),
    __metadata("design:type", Object)
], CaseEntity.prototype, "createdByUserId", void 0);
__decorate([
    (0, typeorm_1.Column)('text', { name: 'idempotency_key', nullable: true }),
    __metadata("design:type", Object)
], CaseEntity.prototype, "idempotencyKey", void 0);
__decorate([
    (0, typeorm_1.Column)('timestamptz', { name: 'received_at' }),
    __metadata("design:type", Date)
], CaseEntity.prototype, "receivedAt", void 0);
__decorate([
    (0, typeorm_1.Column)('timestamptz', { name: 'routed_at', nullable: true }),
    __metadata("design:type", Object)
], CaseEntity.prototype, "routedAt", void 0);
__decorate([
    (0, typeorm_1.Column)('timestamptz', { name: 'accepted_at', nullable: true }),
    __metadata("design:type", Object)
], CaseEntity.prototype, "acceptedAt", void 0);
__decorate([
    (0, typeorm_1.Column)('timestamptz', { name: 'answered_at', nullable: true }),
    __metadata("design:type", Object)
], CaseEntity.prototype, "answeredAt", void 0);
__decorate([
    (0, typeorm_1.Column)('timestamptz', { name: 'closed_at', nullable: true }),
    __metadata("design:type", Object)
], CaseEntity.prototype, "closedAt", void 0);
__decorate([
    (0, typeorm_1.Column)('int', { name: 'reopen_count', default: 0 }),
    __metadata("design:type", Number)
], CaseEntity.prototype, "reopenCount", void 0);
__decorate([
    (0, typeorm_1.Column)('int', { name: 'return_count', default: 0 }),
    __metadata("design:type", Number)
], CaseEntity.prototype, "returnCount", void 0);
__decorate([
    (0, typeorm_1.Column)('boolean', { nullable: true }),
    __metadata("design:type", Object)
], CaseEntity.prototype, "satisfied", void 0);
__decorate([
    (0, typeorm_1.Column)('timestamptz', { name: 'due_at', nullable: true }),
    __metadata("design:type", Object)
], CaseEntity.prototype, "dueAt", void 0);
__decorate([
    (0, typeorm_1.Column)('timestamptz', { name: 'next_due_at', nullable: true }),
    __metadata("design:type", Object)
], CaseEntity.prototype, "nextDueAt", void 0);
__decorate([
    (0, typeorm_1.UpdateDateColumn)({ name: 'updated_at', type: 'timestamptz' }),
    __metadata("design:type", Date)
], CaseEntity.prototype, "updatedAt", void 0);
__decorate([
    (0, typeorm_1.VersionColumn)(),
    __metadata("design:type", Number)
], CaseEntity.prototype, "version", void 0);
exports.CaseEntity = CaseEntity = __decorate([
    (0, typeorm_1.Entity)('cases')
], CaseEntity);
//# sourceMappingURL=case.entity.js.map