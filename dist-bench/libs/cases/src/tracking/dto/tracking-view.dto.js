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
exports.TrackingViewDto = exports.CitizenTimelineEntryDto = exports.NamedRefDto = exports.TrackQueryDto = void 0;
const swagger_1 = require("@nestjs/swagger");
const class_validator_1 = require("class-validator");
class TrackQueryDto {
    key;
}
exports.TrackQueryDto = TrackQueryDto;
__decorate([
    (0, swagger_1.ApiPropertyOptional)({ description: 'Access key given at submission; required for non-public cases' }),
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsString)(),
    (0, class_validator_1.MaxLength)(64),
    __metadata("design:type", String)
], TrackQueryDto.prototype, "key", void 0);
class NamedRefDto {
    code;
    name;
    nameEn;
}
exports.NamedRefDto = NamedRefDto;
__decorate([
    (0, swagger_1.ApiProperty)(),
    __metadata("design:type", String)
], NamedRefDto.prototype, "code", void 0);
__decorate([
    (0, swagger_1.ApiProperty)(),
    __metadata("design:type", String)
], NamedRefDto.prototype, "name", void 0);
__decorate([
    (0, swagger_1.ApiProperty)(),
    __metadata("design:type", String)
], NamedRefDto.prototype, "nameEn", void 0);
class CitizenTimelineEntryDto {
    at;
    type;
    status;
    statusLabel;
    statusLabelEn;
    agency;
    note;
}
exports.CitizenTimelineEntryDto = CitizenTimelineEntryDto;
__decorate([
    (0, swagger_1.ApiProperty)(),
    __metadata("design:type", Date)
], CitizenTimelineEntryDto.prototype, "at", void 0);
__decorate([
    (0, swagger_1.ApiProperty)(),
    __metadata("design:type", String)
], CitizenTimelineEntryDto.prototype, "type", void 0);
__decorate([
    (0, swagger_1.ApiPropertyOptional)(),
    __metadata("design:type", String)
], CitizenTimelineEntryDto.prototype, "status", void 0);
__decorate([
    (0, swagger_1.ApiPropertyOptional)(),
    __metadata("design:type", String)
], CitizenTimelineEntryDto.prototype, "statusLabel", void 0);
__decorate([
    (0, swagger_1.ApiPropertyOptional)(),
    __metadata("design:type", String)
], CitizenTimelineEntryDto.prototype, "statusLabelEn", void 0);
__decorate([
    (0, swagger_1.ApiPropertyOptional)({ description: 'Agency in charge after this step' }),
    __metadata("design:type", String)
], CitizenTimelineEntryDto.prototype, "agency", void 0);
__decorate([
    (0, swagger_1.ApiPropertyOptional)(),
    __metadata("design:type", String)
], CitizenTimelineEntryDto.prototype, "note", void 0);
class TrackingViewDto {
    trackingCode;
    kind;
    title;
    status;
    statusLabel;
    statusLabelEn;
    public;
    receivedAt;
    category;
    area;
    agency;
    answer;
    answeredAt;
    canRate;
    timeline;
}
exports.TrackingViewDto = TrackingViewDto;
__decorate([
    (0, swagger_1.ApiProperty)(),
    __metadata("design:type", String)
], TrackingViewDto.prototype, "trackingCode", void 0);
__decorate([
    (0, swagger_1.ApiProperty)(),
    __metadata("design:type", String)
], TrackingViewDto.prototype, "kind", void 0);
__decorate([
    (0, swagger_1.ApiProperty)(),
    __metadata("design:type", String)
], TrackingViewDto.prototype, "title", void 0);
__decorate([
    (0, swagger_1.ApiProperty)(),
    __metadata("design:type", String)
], TrackingViewDto.prototype, "status", void 0);
__decorate([
    (0, swagger_1.ApiProperty)(),
    __metadata("design:type", String)
], TrackingViewDto.prototype, "statusLabel", void 0);
__decorate([
    (0, swagger_1.ApiProperty)(),
    __metadata("design:type", String)
], TrackingViewDto.prototype, "statusLabelEn", void 0);
__decorate([
    (0, swagger_1.ApiProperty)(),
    __metadata("design:type", Boolean)
], TrackingViewDto.prototype, "public", void 0);
__decorate([
    (0, swagger_1.ApiProperty)(),
    __metadata("design:type", Date)
], TrackingViewDto.prototype, "receivedAt", void 0);
__decorate([
    (0, swagger_1.ApiPropertyOptional)({ type: NamedRefDto }),
    __metadata("design:type", NamedRefDto)
], TrackingViewDto.prototype, "category", void 0);
__decorate([
    (0, swagger_1.ApiPropertyOptional)({ type: NamedRefDto }),
    __metadata("design:type", NamedRefDto)
], TrackingViewDto.prototype, "area", void 0);
__decorate([
    (0, swagger_1.ApiPropertyOptional)({ type: NamedRefDto }),
    __metadata("design:type", NamedRefDto)
], TrackingViewDto.prototype, "agency", void 0);
__decorate([
    (0, swagger_1.ApiPropertyOptional)(),
    __metadata("design:type", String)
], TrackingViewDto.prototype, "answer", void 0);
__decorate([
    (0, swagger_1.ApiPropertyOptional)(),
    __metadata("design:type", Date)
], TrackingViewDto.prototype, "answeredAt", void 0);
__decorate([
    (0, swagger_1.ApiProperty)({ description: 'Whether the citizen can now rate the answer' }),
    __metadata("design:type", Boolean)
], TrackingViewDto.prototype, "canRate", void 0);
__decorate([
    (0, swagger_1.ApiProperty)({ type: [CitizenTimelineEntryDto] }),
    __metadata("design:type", Array)
], TrackingViewDto.prototype, "timeline", void 0);
//# sourceMappingURL=tracking-view.dto.js.map