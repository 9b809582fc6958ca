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
exports.CaseDetailDto = exports.CitizenContactDto = exports.CaseEventDto = exports.CaseListDto = exports.CaseDeadlineDto = exports.CaseSummaryDto = exports.CaseListQueryDto = void 0;
const swagger_1 = require("@nestjs/swagger");
const class_transformer_1 = require("class-transformer");
const class_validator_1 = require("class-validator");
const contracts_1 = require("@hotline/contracts");
const tracking_view_dto_1 = require("../../tracking/dto/tracking-view.dto");
const commaList = ({ value }) => typeof value === 'string' ? value.split(',').map((v) => v.trim()).filter(Boolean) : value;
class CaseListQueryDto {
    status;
    kind;
    channel;
    agency;
    category;
    area;
    phone;
    q;
    from;
    to;
    overdue;
    dueWithin;
    page;
    pageSize;
}
exports.CaseListQueryDto = CaseListQueryDto;
__decorate([
    (0, swagger_1.ApiPropertyOptional)({ description: 'One status or several, comma-separated', example: 'triage,returned' }),
    (0, class_validator_1.IsOptional)(),
    (0, class_transformer_1.Transform)(commaList),
    (0, class_validator_1.IsArray)(),
    (0, class_validator_1.IsEnum)(contracts_1.CaseStatus, { each: true }),
    __metadata("design:type", Array)
], CaseListQueryDto.prototype, "status", void 0);
__decorate([
    (0, swagger_1.ApiPropertyOptional)({ enum: contracts_1.CaseKind }),
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsEnum)(contracts_1.CaseKind),
    __metadata("design:type", String)
], CaseListQueryDto.prototype, "kind", void 0);
__decorate([
    (0, swagger_1.ApiPropertyOptional)({ enum: contracts_1.CaseChannel }),
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsEnum)(contracts_1.CaseChannel),
    __metadata("design:type", String)
], CaseListQueryDto.prototype, "channel", void 0);
__decorate([
    (0, swagger_1.ApiPropertyOptional)({ description: 'Agency code' }),
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsString)(),
    (0, class_validator_1.MaxLength)(64),
    __metadata("design:type", String)
], CaseListQueryDto.prototype, "agency", void 0);
__decorate([
    (0, swagger_1.ApiPropertyOptional)({ description: 'Category code (includes sub-categories)' }),
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsString)(),
    (0, class_validator_1.MaxLength)(64),
    __metadata("design:type", String)
], CaseListQueryDto.prototype, "category", void 0);
__decorate([
    (0, swagger_1.ApiPropertyOptional)({ description: 'Area code (includes sub-areas)' }),
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsString)(),
    (0, class_validator_1.MaxLength)(64),
    __metadata("design:type", String)
], CaseListQueryDto.prototype, "area", void 0);
__decorate([
    (0, swagger_1.ApiPropertyOptional)({ description: 'Citizen phone number (operator lookup)' }),
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsString)(),
    (0, class_validator_1.MaxLength)(20),
    __metadata("design:type", String)
], CaseListQueryDto.prototype, "phone", void 0);
__decorate([
    (0, swagger_1.ApiPropertyOptional)({ description: 'Words of the title or a tracking code' }),
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsString)(),
    (0, class_validator_1.MaxLength)(200),
    __metadata("design:type", String)
], CaseListQueryDto.prototype, "q", void 0);
__decorate([
    (0, swagger_1.ApiPropertyOptional)({ description: 'Received at or after (ISO date)' }),
    (0, class_validator_1.IsOptional)(),
    (0, class_transformer_1.Type)(() => Date),
    (0, class_validator_1.IsDate)(),
    __metadata("design:type", Date)
], CaseListQueryDto.prototype, "from", void 0);
__decorate([
    (0, swagger_1.ApiPropertyOptional)({ description: 'Received before (ISO date)' }),
    (0, class_validator_1.IsOptional)(),
    (0, class_transformer_1.Type)(() => Date),
    (0, class_validator_1.IsDate)(),
    __metadata("design:type", Date)
], CaseListQueryDto.prototype, "to", void 0);
__decorate([
    (0, swagger_1.ApiPropertyOptional)({ description: 'Only cases with a clock past its due date' }),
    (0, class_validator_1.IsOptional)(),
    (0, class_transformer_1.Transform)(({ value }) => (value === 'true' ? true : value === 'false' ? false : value)),
    (0, class_validator_1.IsBoolean)(),
    __metadata("design:type", Boolean)
], CaseListQueryDto.prototype, "overdue", void 0);
__decorate([
    (0, swagger_1.ApiPropertyOptional)({ description: 'Only cases due within this many working days, e.g. 3d', example: '3d' }),
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.Matches)(/^\d{1,3}d$/, { message: 'dueWithin must look like 3d (working days)' }),
    __metadata("design:type", String)
], CaseListQueryDto.prototype, "dueWithin", void 0);
__decorate([
    (0, swagger_1.ApiPropertyOptional)({ default: 1 }),
    (0, class_validator_1.IsOptional)(),
    (0, class_transformer_1.Type)(() => Number),
    (0, class_validator_1.IsInt)(),
    (0, class_validator_1.Min)(1),
    (0, class_validator_1.Max)(100_000),
    __metadata("design:type", Number)
], CaseListQueryDto.prototype, "page", void 0);
__decorate([
    (0, swagger_1.ApiPropertyOptional)({ default: 25 }),
    (0, class_validator_1.IsOptional)(),
    (0, class_transformer_1.Type)(() => Number),
    (0, class_validator_1.IsInt)(),
    (0, class_validator_1.Min)(1),
    (0, class_validator_1.Max)(200),
    __metadata("design:type", Number)
], CaseListQueryDto.prototype, "pageSize", void 0);
class CaseSummaryDto {
    id;
    trackingCode;
    kind;
    channel;
    status;
    priority;
    title;
    receivedAt;
    category;
    area;
    agency;
    dueAt;
    workingDaysLeft;
    overdue;
}
exports.CaseSummaryDto = CaseSummaryDto;
__decorate([
    (0, swagger_1.ApiProperty)(),
    __metadata("design:type", String)
], CaseSummaryDto.prototype, "id", void 0);
__decorate([
    (0, swagger_1.ApiProperty)(),
    __metadata("design:type", String)
], CaseSummaryDto.prototype, "trackingCode", void 0);
__decorate([
    (0, swagger_1.ApiProperty)(),
    __metadata("design:type", String)
], CaseSummaryDto.prototype, "kind", void 0);
__decorate([
    (0, swagger_1.ApiProperty)(),
    __metadata("design:type", String)
], CaseSummaryDto.prototype, "channel", void 0);
__decorate([
    (0, swagger_1.ApiProperty)(),
    __metadata("design:type", String)
], CaseSummaryDto.prototype, "status", void 0);
__decorate([
    (0, swagger_1.ApiProperty)(),
    __metadata("design:type", String)
], CaseSummaryDto.prototype, "priority", void 0);
__decorate([
    (0, swagger_1.ApiProperty)(),
    __metadata("design:type", String)
], CaseSummaryDto.prototype, "title", void 0);
__decorate([
    (0, swagger_1.ApiProperty)(),
    __metadata("design:type", Date)
], CaseSummaryDto.prototype, "receivedAt", void 0);
__decorate([
    (0, swagger_1.ApiPropertyOptional)({ type: tracking_view_dto_1.NamedRefDto }),
    __metadata("design:type", tracking_view_dto_1.NamedRefDto)
], CaseSummaryDto.prototype, "category", void 0);
__decorate([
    (0, swagger_1.ApiPropertyOptional)({ type: tracking_view_dto_1.NamedRefDto }),
    __metadata("design:type", tracking_view_dto_1.NamedRefDto)
], CaseSummaryDto.prototype, "area", void 0);
__decorate([
    (0, swagger_1.ApiPropertyOptional)({ type: tracking_view_dto_1.NamedRefDto }),
    __metadata("design:type", tracking_view_dto_1.NamedRefDto)
], CaseSummaryDto.prototype, "agency", void 0);
__decorate([
    (0, swagger_1.ApiPropertyOptional)({ description: 'Earliest due date of the running clocks' }),
    __metadata("design:type", Date)
], CaseSummaryDto.prototype, "dueAt", void 0);
__decorate([
    (0, swagger_1.ApiPropertyOptional)({ description: 'Working days until the due day (0: due today; negative: working days overdue)' }),
    __metadata("design:type", Number)
], CaseSummaryDto.prototype, "workingDaysLeft", void 0);
__decorate([
    (0, swagger_1.ApiProperty)(),
    __metadata("design:type", Boolean)
], CaseSummaryDto.prototype, "overdue", void 0);
class CaseDeadlineDto {
    clock;
    status;
    startedAt;
    dueAt;
    workingDaysLeft;
    overdue;
    extensions;
    extensionsAllowed;
    unit;
    source;
}
exports.CaseDeadlineDto = CaseDeadlineDto;
__decorate([
    (0, swagger_1.ApiProperty)(),
    __metadata("design:type", String)
], CaseDeadlineDto.prototype, "clock", void 0);
__decorate([
    (0, swagger_1.ApiProperty)(),
    __metadata("design:type", String)
], CaseDeadlineDto.prototype, "status", void 0);
__decorate([
    (0, swagger_1.ApiProperty)(),
    __metadata("design:type", Date)
], CaseDeadlineDto.prototype, "startedAt", void 0);
__decorate([
    (0, swagger_1.ApiProperty)(),
    __metadata("design:type", Date)
], CaseDeadlineDto.prototype, "dueAt", void 0);
__decorate([
    (0, swagger_1.ApiProperty)(),
    __metadata("design:type", Number)
], CaseDeadlineDto.prototype, "workingDaysLeft", void 0);
__decorate([
    (0, swagger_1.ApiProperty)(),
    __metadata("design:type", Boolean)
], CaseDeadlineDto.prototype, "overdue", void 0);
__decorate([
    (0, swagger_1.ApiProperty)({ type: [Number] }),
    __metadata("design:type", Array)
], CaseDeadlineDto.prototype, "extensions", void 0);
__decorate([
    (0, swagger_1.ApiProperty)(),
    __metadata("design:type", Number)
], CaseDeadlineDto.prototype, "extensionsAllowed", void 0);
__decorate([
    (0, swagger_1.ApiProperty)(),
    __metadata("design:type", String)
], CaseDeadlineDto.prototype, "unit", void 0);
__decorate([
    (0, swagger_1.ApiProperty)(),
    __metadata("design:type", String)
], CaseDeadlineDto.prototype, "source", void 0);
class CaseListDto {
    items;
    total;
    page;
    pageSize;
}
exports.CaseListDto = CaseListDto;
__decorate([
    (0, swagger_1.ApiProperty)({ type: [CaseSummaryDto] }),
    __metadata("design:type", Array)
], CaseListDto.prototype, "items", void 0);
__decorate([
    (0, swagger_1.ApiProperty)(),
    __metadata("design:type", Number)
], CaseListDto.prototype, "total", void 0);
__decorate([
    (0, swagger_1.ApiProperty)(),
    __metadata("design:type", Number)
], CaseListDto.prototype, "page", void 0);
__decorate([
    (0, swagger_1.ApiProperty)(),
    __metadata("design:type", Number)
], CaseListDto.prototype, "pageSize", void 0);
class CaseEventDto {
    id;
    at;
    type;
    fromStatus;
    toStatus;
    actorType;
    actorName;
    agency;
    note;
    visibleToCitizen;
}
exports.CaseEventDto = CaseEventDto;
__decorate([
    (0, swagger_1.ApiProperty)(),
    __metadata("design:type", String)
], CaseEventDto.prototype, "id", void 0);
__decorate([
    (0, swagger_1.ApiProperty)(),
    __metadata("design:type", Date)
], CaseEventDto.prototype, "at", void 0);
__decorate([
    (0, swagger_1.ApiProperty)(),
    __metadata("design:type", String)
], CaseEventDto.prototype, "type", void 0);
__decorate([
    (0, swagger_1.ApiPropertyOptional)(),
    __metadata("design:type", String)
], CaseEventDto.prototype, "fromStatus", void 0);
__decorate([
    (0, swagger_1.ApiPropertyOptional)(),
    __metadata("design:type", String)
], CaseEventDto.prototype, "toStatus", void 0);
__decorate([
    (0, swagger_1.ApiProperty)(),
    __metadata("design:type", String)
], CaseEventDto.prototype, "actorType", void 0);
__decorate([
    (0, swagger_1.ApiPropertyOptional)(),
    __metadata("design:type", String)
], CaseEventDto.prototype, "actorName", void 0);
__decorate([
    (0, swagger_1.ApiPropertyOptional)(),
    __metadata("design:type", String)
], CaseEventDto.prototype, "agency", void 0);
__decorate([
    (0, swagger_1.ApiPropertyOptional)(),
    __metadata("design:type", String)
], CaseEventDto.prototype, "note", void 0);
__decorate([
    (0, swagger_1.ApiProperty)(),
    __metadata("design:type", Boolean)
], CaseEventDto.prototype, "visibleToCitizen", void 0);
class CitizenContactDto {
    name;
    phone;
    email;
    withheld;
}
exports.CitizenContactDto = CitizenContactDto;
__decorate([
    (0, swagger_1.ApiPropertyOptional)(),
    __metadata("design:type", String)
], CitizenContactDto.prototype, "name", void 0);
__decorate([
    (0, swagger_1.ApiPropertyOptional)(),
    __metadata("design:type", String)
], CitizenContactDto.prototype, "phone", void 0);
__decorate([
    (0, swagger_1.ApiPropertyOptional)(),
    __metadata("design:type", String)
], CitizenContactDto.prototype, "email", void 0);
__decorate([
    (0, swagger_1.ApiProperty)({ description: 'True when the identity is withheld from this user' }),
    __metadata("design:type", Boolean)
], CitizenContactDto.prototype, "withheld", void 0);
class CaseDetailDto extends CaseSummaryDto {
    description;
    address;
    location;
    anonymous;
    public;
    citizen;
    answer;
    answeredAt;
    reopenCount;
    returnCount;
    availableActions;
    events;
    deadlines;
}
exports.CaseDetailDto = CaseDetailDto;
__decorate([
    (0, swagger_1.ApiProperty)(),
    __metadata("design:type", String)
], CaseDetailDto.prototype, "description", void 0);
__decorate([
    (0, swagger_1.ApiPropertyOptional)(),
    __metadata("design:type", String)
], CaseDetailDto.prototype, "address", void 0);
__decorate([
    (0, swagger_1.ApiPropertyOptional)(),
    __metadata("design:type", Object)
], CaseDetailDto.prototype, "location", void 0);
__decorate([
    (0, swagger_1.ApiProperty)(),
    __metadata("design:type", Boolean)
], CaseDetailDto.prototype, "anonymous", void 0);
__decorate([
    (0, swagger_1.ApiProperty)(),
    __metadata("design:type", Boolean)
], CaseDetailDto.prototype, "public", void 0);
__decorate([
    (0, swagger_1.ApiPropertyOptional)({ type: CitizenContactDto }),
    __metadata("design:type", CitizenContactDto)
], CaseDetailDto.prototype, "citizen", void 0);
__decorate([
    (0, swagger_1.ApiPropertyOptional)(),
    __metadata("design:type", String)
], CaseDetailDto.prototype, "answer", void 0);
__decorate([
    (0, swagger_1.ApiPropertyOptional)(),
    __metadata("design:type", Date)
], CaseDetailDto.prototype, "answeredAt", void 0);
__decorate([
    (0, swagger_1.ApiProperty)(),
    __metadata("design:type", Number)
], CaseDetailDto.prototype, "reopenCount", void 0);
__decorate([
    (0, swagger_1.ApiProperty)(),
    __metadata("design:type", Number)
], CaseDetailDto.prototype, "returnCount", void 0);
__decorate([
    (0, swagger_1.ApiProperty)({ type: [String], description: 'Actions this user may take now' }),
    __metadata("design:type", Array)
], CaseDetailDto.prototype, "availableActions", void 0);
__decorate([
    (0, swagger_1.ApiProperty)({ type: [CaseEventDto] }),
    __metadata("design:type", Array)
], CaseDetailDto.prototype, "events", void 0);
__decorate([
    (0, swagger_1.ApiProperty)({ type: [CaseDeadlineDto] }),
    __metadata("design:type", Array)
], CaseDetailDto.prototype, "deadlines", void 0);
//# sourceMappingURL=case-list.dto.js.map