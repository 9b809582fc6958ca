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
exports.CalendarQueryDto = exports.CalendarDayDto = exports.DeadlineRuleDto = void 0;
const swagger_1 = require("@nestjs/swagger");
const class_transformer_1 = require("class-transformer");
const class_validator_1 = require("class-validator");
const contracts_1 = require("@hotline/contracts");
const UNITS = ['working_days', 'calendar_days', 'working_hours'];
/** A new version of the rule for (kind, clock); the previous version stays attached to the cases that began with it. */
class DeadlineRuleDto {
    kind;
    clock;
    startsOn;
    metOn;
    length;
    unit;
    urgentLength;
    urgentUnit;
    extensionLength;
    extensionMaxCount;
    stopsOn;
    source;
}
exports.DeadlineRuleDto = DeadlineRuleDto;
__decorate([
    (0, swagger_1.ApiPropertyOptional)({ enum: contracts_1.CaseKind, nullable: true, description: 'Omit for the rule every kind uses unless it has its own' }),
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsEnum)(contracts_1.CaseKind),
    __metadata("design:type", String)
], DeadlineRuleDto.prototype, "kind", void 0);
__decorate([
    (0, swagger_1.ApiProperty)({ example: 'answer' }),
    (0, class_validator_1.Matches)(/^[a-z][a-z_]{1,39}$/, { message: 'clock must be a short lower-case name' }),
    __metadata("design:type", String)
], DeadlineRuleDto.prototype, "clock", void 0);
__decorate([
    (0, swagger_1.ApiProperty)({ enum: contracts_1.CaseStatus, isArray: true }),
    (0, class_validator_1.IsArray)(),
    (0, class_validator_1.ArrayNotEmpty)(),
    (0, class_validator_1.IsEnum)(contracts_1.CaseStatus, { each: true }),
    __metadata("design:type", Array)
], DeadlineRuleDto.prototype, "startsOn", void 0);
__decorate([
    (0, swagger_1.ApiProperty)({ enum: contracts_1.CaseStatus, isArray: true }),
    (0, class_validator_1.IsArray)(),
    (0, class_validator_1.ArrayNotEmpty)(),
    (0, class_validator_1.IsEnum)(contracts_1.CaseStatus, { each: true }),
    __metadata("design:type", Array)
], DeadlineRuleDto.prototype, "metOn", void 0);
__decorate([
    (0, swagger_1.ApiProperty)({ example: 5 }),
    (0, class_validator_1.IsNumber)(),
    (0, class_validator_1.IsPositive)(),
    (0, class_validator_1.Max)(400),
    __metadata("design:type", Number)
], DeadlineRuleDto.prototype, "length", void 0);
__decorate([
    (0, swagger_1.ApiProperty)({ enum: UNITS }),
    (0, class_validator_1.IsIn)(UNITS),
    __metadata("design:type", Object)
], DeadlineRuleDto.prototype, "unit", void 0);
__decorate([
    (0, swagger_1.ApiPropertyOptional)(),
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsNumber)(),
    (0, class_validator_1.IsPositive)(),
    (0, class_validator_1.Max)(400),
    __metadata("design:type", Number)
], DeadlineRuleDto.prototype, "urgentLength", void 0);
__decorate([
    (0, swagger_1.ApiPropertyOptional)({ enum: UNITS }),
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsIn)(UNITS),
    __metadata("design:type", Object)
], DeadlineRuleDto.prototype, "urgentUnit", void 0);
__decorate([
    (0, swagger_1.ApiPropertyOptional)(),
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsNumber)(),
    (0, class_validator_1.IsPositive)(),
    (0, class_validator_1.Max)(400),
    __metadata("design:type", Number)
], DeadlineRuleDto.prototype, "extensionLength", void 0);
__decorate([
    (0, swagger_1.ApiPropertyOptional)({ default: 0 }),
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsInt)(),
    (0, class_validator_1.Min)(0),
    (0, class_validator_1.Max)(10),
    __metadata("design:type", Number)
], DeadlineRuleDto.prototype, "extensionMaxCount", void 0);
__decorate([
    (0, swagger_1.ApiPropertyOptional)({ enum: contracts_1.CaseStatus, isArray: true }),
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsArray)(),
    (0, class_validator_1.IsEnum)(contracts_1.CaseStatus, { each: true }),
    __metadata("design:type", Array)
], DeadlineRuleDto.prototype, "stopsOn", void 0);
__decorate([
    (0, swagger_1.ApiProperty)({ example: 'Luật Tố cáo 2018, Điều 30' }),
    (0, class_validator_1.IsString)(),
    (0, class_validator_1.Length)(3, 500),
    __metadata("design:type", String)
], DeadlineRuleDto.prototype, "source", void 0);
class CalendarDayDto {
    working;
    kind;
    name;
    source;
    verified;
}
exports.CalendarDayDto = CalendarDayDto;
__decorate([
    (0, swagger_1.ApiProperty)({ description: 'true for a make-up working Saturday, false for a day off' }),
    (0, class_validator_1.IsBoolean)(),
    __metadata("design:type", Boolean)
], CalendarDayDto.prototype, "working", void 0);
__decorate([
    (0, swagger_1.ApiProperty)({ enum: ['holiday', 'compensation', 'swapped_day_off', 'make_up_working_day'] }),
    (0, class_validator_1.IsIn)(['holiday', 'compensation', 'swapped_day_off', 'make_up_working_day']),
    __metadata("design:type", String)
], CalendarDayDto.prototype, "kind", void 0);
__decorate([
    (0, swagger_1.ApiProperty)(),
    (0, class_validator_1.IsString)(),
    (0, class_validator_1.Length)(2, 200),
    __metadata("design:type", String)
], CalendarDayDto.prototype, "name", void 0);
__decorate([
    (0, swagger_1.ApiPropertyOptional)(),
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsString)(),
    (0, class_validator_1.MaxLength)(500),
    __metadata("design:type", String)
], CalendarDayDto.prototype, "source", void 0);
__decorate([
    (0, swagger_1.ApiPropertyOptional)(),
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsBoolean)(),
    __metadata("design:type", Boolean)
], CalendarDayDto.prototype, "verified", void 0);
class CalendarQueryDto {
    year;
}
exports.CalendarQueryDto = CalendarQueryDto;
__decorate([
    (0, swagger_1.ApiProperty)({ example: 2026 }),
    (0, class_transformer_1.Type)(() => Number),
    (0, class_validator_1.IsInt)(),
    (0, class_validator_1.Min)(2000),
    (0, class_validator_1.Max)(2100),
    __metadata("design:type", Number)
], CalendarQueryDto.prototype, "year", void 0);
//# sourceMappingURL=deadline-admin.dto.js.map