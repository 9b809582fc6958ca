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
exports.CaseReceiptDto = exports.CreateHotlineCaseDto = exports.CreateCaseDto = exports.CitizenDto = exports.LocationDto = exports.VN_PHONE = void 0;
const swagger_1 = require("@nestjs/swagger");
const class_transformer_1 = require("class-transformer");
const class_validator_1 = require("class-validator");
const contracts_1 = require("@hotline/contracts");
/** Vietnamese mobile and landline numbers: 0 or +84, then 9–10 digits; spaces, dots and dashes allowed. */
exports.VN_PHONE = /^(\+84|0084|0)[ .-]?[1-9](?:[ .-]?\d){8,9}$/;
class LocationDto {
    lat;
    lng;
}
exports.LocationDto = LocationDto;
__decorate([
    (0, swagger_1.ApiProperty)({ example: 21.0285 }),
    (0, class_validator_1.IsLatitude)(),
    __metadata("design:type", Number)
], LocationDto.prototype, "lat", void 0);
__decorate([
    (0, swagger_1.ApiProperty)({ example: 105.8542 }),
    (0, class_validator_1.IsLongitude)(),
    __metadata("design:type", Number)
], LocationDto.prototype, "lng", void 0);
class CitizenDto {
    name;
    phone;
    email;
}
exports.CitizenDto = CitizenDto;
__decorate([
    (0, swagger_1.ApiProperty)({ example: 'Nguyễn Văn An' }),
    (0, class_validator_1.IsString)(),
    (0, class_validator_1.Length)(2, 120),
    __metadata("design:type", String)
], CitizenDto.prototype, "name", void 0);
__decorate([
    (0, swagger_1.ApiPropertyOptional)({ example: '0912 345 678' }),
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsString)(),
    (0, class_validator_1.Matches)(exports.VN_PHONE, { message: 'phone must be a Vietnamese phone number (0… or +84…)' }),
    __metadata("design:type", String)
], CitizenDto.prototype, "phone", void 0);
__decorate([
    (0, swagger_1.ApiPropertyOptional)({ example: 'an.nguyen@example.com' }),
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsEmail)({}, { message: 'email must be an email address' }),
    (0, class_validator_1.MaxLength)(254),
    __metadata("design:type", String)
], CitizenDto.prototype, "email", void 0);
class CreateCaseDto {
    kind;
    title;
    description;
    categoryCode;
    areaCode;
    address;
    location;
    citizen;
    anonymous;
    public;
}
exports.CreateCaseDto = CreateCaseDto;
__decorate([
    (0, swagger_1.ApiProperty)({ enum: contracts_1.CaseKind }),
    (0, class_validator_1.IsEnum)(contracts_1.CaseKind),
    __metadata("design:type", String)
], CreateCaseDto.prototype, "kind", void 0);
__decorate([
    (0, swagger_1.ApiProperty)({ example: 'Đèn đường hỏng trên phố Hàng Bài' }),
    (0, class_validator_1.IsString)(),
    (0, class_validator_1.IsNotEmpty)(),
    (0, class_validator_1.Length)(5, 200),
    __metadata("design:type", String)
], CreateCaseDto.prototype, "title", void 0);
__decorate([
    (0, swagger_1.ApiProperty)({ example: 'Ba cột đèn trước số 20 phố Hàng Bài không sáng từ một tuần nay, rất nguy hiểm khi đi đêm.' }),
    (0, class_validator_1.IsString)(),
    (0, class_validator_1.Length)(10, 10_000),
    __metadata("design:type", String)
], CreateCaseDto.prototype, "description", void 0);
__decorate([
    (0, swagger_1.ApiPropertyOptional)({ example: 'GTHT.CHIEU-SANG' }),
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsString)(),
    (0, class_validator_1.MaxLength)(64),
    __metadata("design:type", String)
], CreateCaseDto.prototype, "categoryCode", void 0);
__decorate([
    (0, swagger_1.ApiPropertyOptional)({ example: 'HN-HOANKIEM' }),
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsString)(),
    (0, class_validator_1.MaxLength)(64),
    __metadata("design:type", String)
], CreateCaseDto.prototype, "areaCode", void 0);
__decorate([
    (0, swagger_1.ApiPropertyOptional)({ example: '20 phố Hàng Bài' }),
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsString)(),
    (0, class_validator_1.MaxLength)(500),
    __metadata("design:type", String)
], CreateCaseDto.prototype, "address", void 0);
__decorate([
    (0, swagger_1.ApiPropertyOptional)({ type: LocationDto }),
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.ValidateNested)(),
    (0, class_transformer_1.Type)(() => LocationDto),
    __metadata("design:type", LocationDto)
], CreateCaseDto.prototype, "location", void 0);
__decorate([
    (0, swagger_1.ApiPropertyOptional)({ type: CitizenDto }),
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.ValidateNested)(),
    (0, class_transformer_1.Type)(() => CitizenDto),
    __metadata("design:type", CitizenDto)
], CreateCaseDto.prototype, "citizen", void 0);
__decorate([
    (0, swagger_1.ApiPropertyOptional)({ default: false, description: 'File without any contact; the citizen follows the case with the tracking code and key only.' }),
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsBoolean)(),
    __metadata("design:type", Boolean)
], CreateCaseDto.prototype, "anonymous", void 0);
__decorate([
    (0, swagger_1.ApiPropertyOptional)({ default: false, description: 'Publish the case and its answer (never the personal data).' }),
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsBoolean)(),
    __metadata("design:type", Boolean)
], CreateCaseDto.prototype, "public", void 0);
const OPERATOR_CHANNELS = [contracts_1.CaseChannel.Hotline, contracts_1.CaseChannel.WalkIn, contracts_1.CaseChannel.Email, contracts_1.CaseChannel.VoterMeeting];
class CreateHotlineCaseDto extends CreateCaseDto {
    channel;
    priority;
}
exports.CreateHotlineCaseDto = CreateHotlineCaseDto;
__decorate([
    (0, swagger_1.ApiPropertyOptional)({ enum: OPERATOR_CHANNELS, default: contracts_1.CaseChannel.Hotline }),
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsIn)(OPERATOR_CHANNELS),
    __metadata("design:type", Object)
], CreateHotlineCaseDto.prototype, "channel", void 0);
__decorate([
    (0, swagger_1.ApiPropertyOptional)({ enum: contracts_1.CasePriority, default: contracts_1.CasePriority.Normal }),
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsEnum)(contracts_1.CasePriority),
    __metadata("design:type", String)
], CreateHotlineCaseDto.prototype, "priority", void 0);
class CaseReceiptDto {
    id;
    trackingCode;
    accessKey;
    status;
    receivedAt;
}
exports.CaseReceiptDto = CaseReceiptDto;
__decorate([
    (0, swagger_1.ApiProperty)(),
    __metadata("design:type", String)
], CaseReceiptDto.prototype, "id", void 0);
__decorate([
    (0, swagger_1.ApiProperty)({ example: 'HN-2026-004217' }),
    __metadata("design:type", String)
], CaseReceiptDto.prototype, "trackingCode", void 0);
__decorate([
    (0, swagger_1.ApiProperty)({ description: 'Secret needed to follow a non-public case and to rate the answer. Shown only now.' }),
    __metadata("design:type", String)
], CaseReceiptDto.prototype, "accessKey", void 0);
__decorate([
    (0, swagger_1.ApiProperty)({ example: 'received' }),
    __metadata("design:type", String)
], CaseReceiptDto.prototype, "status", void 0);
__decorate([
    (0, swagger_1.ApiProperty)(),
    __metadata("design:type", Date)
], CaseReceiptDto.prototype, "receivedAt", void 0);
//# sourceMappingURL=create-case.dto.js.map