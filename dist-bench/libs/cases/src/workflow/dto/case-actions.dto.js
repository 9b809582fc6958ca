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
exports.ExtendDto = exports.CitizenFeedbackDto = exports.AnswerDto = exports.ReasonDto = exports.NoteDto = exports.RouteCaseDto = void 0;
const swagger_1 = require("@nestjs/swagger");
const class_validator_1 = require("class-validator");
class RouteCaseDto {
    agencyCode;
    note;
}
exports.RouteCaseDto = RouteCaseDto;
__decorate([
    (0, swagger_1.ApiProperty)({ example: 'SO-XD', description: 'Code of the agency that will handle the case' }),
    (0, class_validator_1.IsString)(),
    (0, class_validator_1.Length)(1, 64),
    __metadata("design:type", String)
], RouteCaseDto.prototype, "agencyCode", void 0);
__decorate([
    (0, swagger_1.ApiPropertyOptional)(),
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsString)(),
    (0, class_validator_1.MaxLength)(2000),
    __metadata("design:type", String)
], RouteCaseDto.prototype, "note", void 0);
class NoteDto {
    note;
}
exports.NoteDto = NoteDto;
__decorate([
    (0, swagger_1.ApiPropertyOptional)(),
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsString)(),
    (0, class_validator_1.MaxLength)(2000),
    __metadata("design:type", String)
], NoteDto.prototype, "note", void 0);
class ReasonDto {
    reason;
}
exports.ReasonDto = ReasonDto;
__decorate([
    (0, swagger_1.ApiProperty)({ example: 'Nội dung thuộc thẩm quyền của UBND phường.' }),
    (0, class_validator_1.IsString)(),
    (0, class_validator_1.Length)(5, 2000),
    __metadata("design:type", String)
], ReasonDto.prototype, "reason", void 0);
class AnswerDto {
    answer;
}
exports.AnswerDto = AnswerDto;
__decorate([
    (0, swagger_1.ApiProperty)({ example: 'Sở Xây dựng đã chỉ đạo thay bóng đèn trong ngày 12/11.' }),
    (0, class_validator_1.IsString)(),
    (0, class_validator_1.Length)(10, 20_000),
    __metadata("design:type", String)
], AnswerDto.prototype, "answer", void 0);
class CitizenFeedbackDto {
    satisfied;
    comment;
    key;
}
exports.CitizenFeedbackDto = CitizenFeedbackDto;
__decorate([
    (0, swagger_1.ApiProperty)({ description: 'true: satisfied, the case closes; false: not satisfied, the case reopens' }),
    (0, class_validator_1.IsBoolean)(),
    __metadata("design:type", Boolean)
], CitizenFeedbackDto.prototype, "satisfied", void 0);
__decorate([
    (0, swagger_1.ApiPropertyOptional)(),
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsString)(),
    (0, class_validator_1.MaxLength)(2000),
    __metadata("design:type", String)
], CitizenFeedbackDto.prototype, "comment", void 0);
__decorate([
    (0, swagger_1.ApiPropertyOptional)({ description: 'The access key given at submission' }),
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsString)(),
    (0, class_validator_1.MaxLength)(64),
    __metadata("design:type", String)
], CitizenFeedbackDto.prototype, "key", void 0);
class ExtendDto {
    reason;
    clock;
}
exports.ExtendDto = ExtendDto;
__decorate([
    (0, swagger_1.ApiProperty)({ example: 'Vụ việc phức tạp, cần xác minh tại nhiều địa điểm.' }),
    (0, class_validator_1.IsString)(),
    (0, class_validator_1.Length)(5, 2000),
    __metadata("design:type", String)
], ExtendDto.prototype, "reason", void 0);
__decorate([
    (0, swagger_1.ApiPropertyOptional)({ description: 'Clock to extend (route, acknowledge, accept, answer); the earliest due when omitted', example: 'answer' }),
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsString)(),
    (0, class_validator_1.MaxLength)(40),
    __metadata("design:type", String)
], ExtendDto.prototype, "clock", void 0);
//# sourceMappingURL=case-actions.dto.js.map