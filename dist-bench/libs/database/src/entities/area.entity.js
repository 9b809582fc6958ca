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
exports.AreaEntity = void 0;
const typeorm_1 = require("typeorm");
/** An administrative unit (city, ward, commune). Cases keep the unit they were filed under even after a reform. */
let AreaEntity = class AreaEntity {
    id;
    code;
    name;
    nameEn;
    level;
    parentId;
    active;
};
exports.AreaEntity = AreaEntity;
__decorate([
    (0, typeorm_1.PrimaryColumn)('uuid'),
    __metadata("design:type", String)
], AreaEntity.prototype, "id", void 0);
__decorate([
    (0, typeorm_1.Index)({ unique: true }),
    (0, typeorm_1.Column)('text'),
    __metadata("design:type", String)
], AreaEntity.prototype, "code", void 0);
__decorate([
    (0, typeorm_1.Column)('text'),
    __metadata("design:type", String)
], AreaEntity.prototype, "name", void 0);
__decorate([
    (0, typeorm_1.Column)('text', { name: 'name_en' }),
    __metadata("design:type", String)
], AreaEntity.prototype, "nameEn", void 0);
__decorate([
    (0, typeorm_1.Column)('text'),
    __metadata("design:type", String)
], AreaEntity.prototype, "level", void 0);
__decorate([
    (0, typeorm_1.Column)('uuid', { name: 'parent_id', nullable: true }),
    __metadata("design:type", Object)
], AreaEntity.prototype, "parentId", void 0);
__decorate([
    (0, typeorm_1.Column)('boolean', { default: true }),
    __metadata("design:type", Boolean)
], AreaEntity.prototype, "active", void 0);
exports.AreaEntity = AreaEntity = __decorate([
    (0, typeorm_1.Entity)('areas')
], AreaEntity);
//# sourceMappingURL=area.entity.js.map