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
exports.AgencyEntity = void 0;
const typeorm_1 = require("typeorm");
let AgencyEntity = class AgencyEntity {
    id;
    code;
    name;
    nameEn;
    parentId;
    /** Where new cases and reminders for the agency are sent. */
    email;
    /** The head of the agency, who receives escalations. */
    headEmail;
    active;
};
exports.AgencyEntity = AgencyEntity;
__decorate([
    (0, typeorm_1.PrimaryColumn)('uuid'),
    __metadata("design:type", String)
], AgencyEntity.prototype, "id", void 0);
__decorate([
    (0, typeorm_1.Column)('text'),
    __metadata("design:type", String)
], AgencyEntity.prototype, "code", void 0);
__decorate([
    (0, typeorm_1.Column)('text'),
    __metadata("design:type", String)
], AgencyEntity.prototype, "name", void 0);
__decorate([
    (0, typeorm_1.Column)('text', { name: 'name_en' }),
    __metadata("design:type", String)
], AgencyEntity.prototype, "nameEn", void 0);
__decorate([
    (0, typeorm_1.Column)('uuid', { name: 'parent_id', nullable: true }),
    __metadata("design:type", Object)
], AgencyEntity.prototype, "parentId", void 0);
__decorate([
    (0, typeorm_1.Column)('text'),
    __metadata("design:type", String)
], AgencyEntity.prototype, "email", void 0);
__decorate([
    (0, typeorm_1.Column)('text', { name: 'head_email', nullable: true }),
    __metadata("design:type", Object)
], AgencyEntity.prototype, "headEmail", void 0);
__decorate([
    (0, typeorm_1.Column)('boolean', { default: true }),
    __metadata("design:type", Boolean)
], AgencyEntity.prototype, "active", void 0);
exports.AgencyEntity = AgencyEntity = __decorate([
    (0, typeorm_1.Entity)('agencies')
], AgencyEntity);
//# sourceMappingURL=agency.entity.js.map