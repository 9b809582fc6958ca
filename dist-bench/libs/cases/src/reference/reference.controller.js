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
exports.ReferenceController = exports.ReferenceItemDto = void 0;
const common_1 = require("@nestjs/common");
const swagger_1 = require("@nestjs/swagger");
const auth_1 = require("@hotline/auth");
const reference_data_service_1 = require("./reference-data.service");
class ReferenceItemDto {
    code;
    name;
    nameEn;
    parentCode;
    level;
}
exports.ReferenceItemDto = ReferenceItemDto;
__decorate([
    (0, swagger_1.ApiProperty)(),
    __metadata("design:type", String)
], ReferenceItemDto.prototype, "code", void 0);
__decorate([
    (0, swagger_1.ApiProperty)(),
    __metadata("design:type", String)
], ReferenceItemDto.prototype, "name", void 0);
__decorate([
    (0, swagger_1.ApiProperty)(),
    __metadata("design:type", String)
], ReferenceItemDto.prototype, "nameEn", void 0);
__decorate([
    (0, swagger_1.ApiPropertyOptional)({ nullable: true }),
    __metadata("design:type", Object)
], ReferenceItemDto.prototype, "parentCode", void 0);
__decorate([
    (0, swagger_1.ApiPropertyOptional)(),
    __metadata("design:type", String)
], ReferenceItemDto.prototype, "level", void 0);
function toItems(rows, extra = () => ({})) {
    const codeById = new Map(rows.map((r) => [r.id, r.code]));
    return rows
        .filter((r) => r.active)
        .map((r) => ({ code: r.code, name: r.name, nameEn: r.nameEn, parentCode: r.parentId ? (codeById.get(r.parentId) ?? null) : null, ...extra(r) }));
}
let ReferenceController = class ReferenceController {
    reference;
    constructor(reference) {
        this.reference = reference;
    }
    async categories() {
        return toItems((await this.reference.get()).categories);
    }
    async areas() {
        return toItems((await this.reference.get()).areas, (a) => ({ level: a.level }));
    }
    async agencies() {
        return toItems((await this.reference.get()).agencies);
    }
};
exports.ReferenceController = ReferenceController;
__decorate([
    (0, common_1.Get)('categories'),
    (0, auth_1.Public)(),
    (0, swagger_1.ApiOkResponse)({ type: [ReferenceItemDto] }),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", []),
    __metadata("design:returntype", Promise)
], ReferenceController.prototype, "categories", null);
__decorate([
    (0, common_1.Get)('areas'),
    (0, auth_1.Public)(),
    (0, swagger_1.ApiOkResponse)({ type: [ReferenceItemDto] }),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", []),
    __metadata("design:returntype", Promise)
], ReferenceController.prototype, "areas", null);
__decorate([
    (0, common_1.Get)('agencies'),
    (0, auth_1.Public)(),
    (0, swagger_1.ApiOkResponse)({ type: [ReferenceItemDto] }),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", []),
    __metadata("design:returntype", Promise)
], ReferenceController.prototype, "agencies", null);
exports.ReferenceController = ReferenceController = __decorate([
    (0, swagger_1.ApiTags)('reference data'),
    (0, common_1.Controller)('api/v1'),
    __metadata("design:paramtypes", [reference_data_service_1.ReferenceDataService])
], ReferenceController);
//# sourceMappingURL=reference.controller.js.map