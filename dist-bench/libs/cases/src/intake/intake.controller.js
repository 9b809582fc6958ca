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
var __param = (this && this.__param) || function (paramIndex, decorator) {
    return function (target, key) { decorator(target, key, paramIndex); }
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.IntakeController = void 0;
const common_1 = require("@nestjs/common");
const swagger_1 = require("@nestjs/swagger");
const auth_1 = require("@hotline/auth");
const contracts_1 = require("@hotline/contracts");
const platform_1 = require("@hotline/platform");
const create_case_dto_1 = require("./dto/create-case.dto");
const intake_service_1 = require("./intake.service");
const IDEMPOTENCY_KEY = /^[A-Za-z0-9_-]{8,100}$/;
function idempotencyKey(header) {
    if (header === undefined)
        return undefined;
    if (!IDEMPOTENCY_KEY.test(header))
        throw new platform_1.InvalidInputError('Idempotency-Key', 'Idempotency-Key must be 8-100 of A-Z, a-z, 0-9, _ or -');
    return header;
}
const idempotencyHeader = (0, swagger_1.ApiHeader)({
    name: 'Idempotency-Key',
    required: false,
    description: 'A retry with the same key returns the case created by the first attempt (200) instead of a new one',
});
let IntakeController = class IntakeController {
    intake;
    constructor(intake) {
        this.intake = intake;
    }
    async submit(body, key, reply) {
        const { receipt, created } = await this.intake.submit(body, { channel: contracts_1.CaseChannel.Web, actor: { type: 'citizen' }, idempotencyKey: idempotencyKey(key) });
        void reply.status(created ? common_1.HttpStatus.CREATED : common_1.HttpStatus.OK);
        return receipt;
    }
    async submitByOperator(body, actor, key, reply) {
        const { channel, priority, ...dto } = body;
        const { receipt, created } = await this.intake.submit(dto, {
            channel: channel ?? contracts_1.CaseChannel.Hotline,
            priority,
            actor,
            idempotencyKey: idempotencyKey(key),
        });
        void reply.status(created ? common_1.HttpStatus.CREATED : common_1.HttpStatus.OK);
        return receipt;
    }
};
exports.IntakeController = IntakeController;
__decorate([
    (0, common_1.Post)('cases'),
    (0, auth_1.Public)(),
    idempotencyHeader,
    (0, swagger_1.ApiCreatedResponse)({ type: create_case_dto_1.CaseReceiptDto }),
    (0, swagger_1.ApiOkResponse)({ type: create_case_dto_1.CaseReceiptDto, description: 'Replay of an earlier submission with the same Idempotency-Key' }),
    __param(0, (0, common_1.Body)()),
    __param(1, (0, common_1.Headers)('idempotency-key')),
    __param(2, (0, common_1.Res)({ passthrough: true })),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [create_case_dto_1.CreateCaseDto, Object, Object]),
    __metadata("design:returntype", Promise)
], IntakeController.prototype, "submit", null);
__decorate([
    (0, common_1.Post)('hotline/cases'),
    (0, auth_1.StaffOnly)(contracts_1.Role.Operator, contracts_1.Role.Secretariat, contracts_1.Role.Admin),
    idempotencyHeader,
    (0, swagger_1.ApiCreatedResponse)({ type: create_case_dto_1.CaseReceiptDto }),
    __param(0, (0, common_1.Body)()),
    __param(1, (0, auth_1.CurrentActor)()),
    __param(2, (0, common_1.Headers)('idempotency-key')),
    __param(3, (0, common_1.Res)({ passthrough: true })),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [create_case_dto_1.CreateHotlineCaseDto, Object, Object, Object]),
    __metadata("design:returntype", Promise)
], IntakeController.prototype, "submitByOperator", null);
exports.IntakeController = IntakeController = __decorate([
    (0, swagger_1.ApiTags)('intake'),
    (0, common_1.Controller)('api/v1'),
    __metadata("design:paramtypes", [intake_service_1.IntakeService])
], IntakeController);
//# sourceMappingURL=intake.controller.js.map