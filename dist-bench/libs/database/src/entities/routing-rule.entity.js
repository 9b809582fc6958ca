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
exports.RoutingRuleEntity = void 0;
const typeorm_1 = require("typeorm");
/** (kind?, category?, area?) → agency. A null criterion matches anything; the most specific match wins. */
let RoutingRuleEntity = class RoutingRuleEntity {
    id;
    kind;
    categoryId;
    areaId;
    agencyId;
    priority;
    active;
    createdAt;
};
exports.RoutingRuleEntity = RoutingRuleEntity;
__decorate([
    (0, typeorm_1.PrimaryColumn)('uuid'),
    __metadata("design:type", String)
], RoutingRuleEntity.prototype, "id", void 0);
__decorate([
    (0, typeorm_1.Column)('text', { nullable: true }),
    __metadata("design:type", Object)
], RoutingRuleEntity.prototype, "kind", void 0);
__decorate([
    (0, typeorm_1.Column)('uuid', { name: 'category_id', nullable: true }),
    __metadata("design:type", Object)
], RoutingRuleEntity.prototype, "categoryId", void 0);
__decorate([
    (0, typeorm_1.Column)('uuid', { name: 'area_id', nullable: true }),
    __metadata("design:type", Object)
], RoutingRuleEntity.prototype, "areaId", void 0);
__decorate([
    (0, typeorm_1.Column)('uuid', { name: 'agency_id' }),
    __metadata("design:type", String)
], RoutingRuleEntity.prototype, "agencyId", void 0);
__decorate([
    (0, typeorm_1.Column)('int', { default: 0 }),
    __metadata("design:type", Number)
], RoutingRuleEntity.prototype, "priority", void 0);
__decorate([
    (0, typeorm_1.Column)('boolean', { default: true }),
    __metadata("design:type", Boolean)
], RoutingRuleEntity.prototype, "active", void 0);
__decorate([
    (0, typeorm_1.CreateDateColumn)({ name: 'created_at', type: 'timestamptz' }),
    __metadata("design:type", Date)
], RoutingRuleEntity.prototype, "createdAt", void 0);
exports.RoutingRuleEntity = RoutingRuleEntity = __decorate([
    (0, typeorm_1.Entity)('routing_rules')
], RoutingRuleEntity);
//# sourceMappingURL=routing-rule.entity.js.map