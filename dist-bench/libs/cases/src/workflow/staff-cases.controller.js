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
exports.StaffCasesController = void 0;
const common_1 = require("@nestjs/common");
const swagger_1 = require("@nestjs/swagger");
const auth_1 = require("@hotline/auth");
const contracts_1 = require("@hotline/contracts");
const platform_1 = require("@hotline/platform");
const case_list_dto_1 = require("../case-list/dto/case-list.dto");
const case_query_service_1 = require("../case-list/case-query.service");
const case_actions_dto_1 = require("./dto/case-actions.dto");
const case_workflow_service_1 = require("./case-workflow.service");
const SECRETARIAT = [contracts_1.Role.Secretariat, contracts_1.Role.Admin];
const AGENCY = [contracts_1.Role.AgencyOfficer, contracts_1.Role.Admin];
const uuid = new common_1.ParseUUIDPipe({ exceptionFactory: () => new platform_1.InvalidInputError('id', 'id must be a case id (UUID)') });
let StaffCasesController = class StaffCasesController {
    queries;
    workflow;
    constructor(queries, workflow) {
        this.queries = queries;
        this.workflow = workflow;
    }
    list(query, actor) {
        return this.queries.list(query, actor);
    }
    detail(id, actor) {
        return this.queries.detail(id, actor);
    }
    async route(id, body, actor) {
        await this.workflow.route(id, actor, body.agencyCode, body.note);
        return this.queries.detail(id, actor);
    }
    async accept(id, body, actor) {
        await this.workflow.accept(id, actor, body.note);
        return this.queries.detail(id, actor);
    }
    async start(id, body, actor) {
        await this.workflow.start(id, actor, body.note);
        return this.queries.detail(id, actor);
    }
    async return(id, body, actor) {
        const kase = await this.workflow.returnToSecretariat(id, actor, body.reason);
        return { id: kase.id, status: kase.status };
    }
    async answer(id, body, actor) {
        await this.workflow.answer(id, actor, body.answer);
        return this.queries.detail(id, actor);
    }
    async extend(id, body, actor) {
        await this.workflow.extend(id, actor, body.reason, body.clock);
        return this.queries.detail(id, actor);
    }
    async requestInfo(id, body, actor) {
        await this.workflow.requestInfo(id, actor, body.reason);
        return this.queries.detail(id, actor);
    }
    async provideInfo(id, body, actor) {
        await this.workflow.provideInfo(id, actor, body.note);
        return this.queries.detail(id, actor);
    }
    async close(id, body, actor) {
        await this.workflow.close(id, actor, body.note);
        return this.queries.detail(id, actor);
    }
    async reject(id, body, actor) {
        await this.workflow.reject(id, actor, body.reason);
        return this.queries.detail(id, actor);
    }
};
exports.StaffCasesController = StaffCasesController;
__decorate([
    (0, common_1.Get)(),
    (0, auth_1.StaffOnly)(...auth_1.ALL_STAFF),
    (0, swagger_1.ApiOkResponse)({ type: case_list_dto_1.CaseListDto }),
    __param(0, (0, common_1.Query)()),
    __param(1, (0, auth_1.CurrentActor)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [case_list_dto_1.CaseListQueryDto, Object]),
    __metadata("design:returntype", Promise)
], StaffCasesController.prototype, "list", null);
__decorate([
    (0, common_1.Get)(':id'),
    (0, auth_1.StaffOnly)(...auth_1.ALL_STAFF),
    (0, swagger_1.ApiOkResponse)({ type: case_list_dto_1.CaseDetailDto }),
    __param(0, (0, common_1.Param)('id', uuid)),
    __param(1, (0, auth_1.CurrentActor)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [String, Object]),
    __metadata("design:returntype", Promise)
], StaffCasesController.prototype, "detail", null);
__decorate([
    (0, common_1.Post)(':id/route'),
    (0, auth_1.StaffOnly)(...SECRETARIAT),
    (0, common_1.HttpCode)(200),
    (0, swagger_1.ApiOkResponse)({ type: case_list_dto_1.CaseDetailDto }),
    __param(0, (0, common_1.Param)('id', uuid)),
    __param(1, (0, common_1.Body)()),
    __param(2, (0, auth_1.CurrentActor)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [String, case_actions_dto_1.RouteCaseDto, Object]),
    __metadata("design:returntype", Promise)
], StaffCasesController.prototype, "route", null);
__decorate([
    (0, common_1.Post)(':id/accept'),
    (0, auth_1.StaffOnly)(...AGENCY),
    (0, common_1.HttpCode)(200),
    (0, swagger_1.ApiOkResponse)({ type: case_list_dto_1.CaseDetailDto }),
    __param(0, (0, common_1.Param)('id', uuid)),
    __param(1, (0, common_1.Body)()),
    __param(2, (0, auth_1.CurrentActor)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [String, case_actions_dto_1.NoteDto, Object]),
    __metadata("design:returntype", Promise)
], StaffCasesController.prototype, "accept", null);
__decorate([
    (0, common_1.Post)(':id/start'),
    (0, auth_1.StaffOnly)(...AGENCY),
    (0, common_1.HttpCode)(200),
    (0, swagger_1.ApiOkResponse)({ type: case_list_dto_1.CaseDetailDto }),
    __param(0, (0, common_1.Param)('id', uuid)),
    __param(1, (0, common_1.Body)()),
    __param(2, (0, auth_1.CurrentActor)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [String, case_actions_dto_1.NoteDto, Object]),
    __metadata("design:returntype", Promise)
], StaffCasesController.prototype, "start", null);
__decorate([
    (0, common_1.Post)(':id/return'),
    (0, auth_1.StaffOnly)(...AGENCY),
    (0, common_1.HttpCode)(200),
    (0, swagger_1.ApiOkResponse)({ type: case_list_dto_1.CaseDetailDto, description: 'The case goes back to the secretariat; the returning agency no longer sees it' }),
    __param(0, (0, common_1.Param)('id', uuid)),
    __param(1, (0, common_1.Body)()),
    __param(2, (0, auth_1.CurrentActor)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [String, case_actions_dto_1.ReasonDto, Object]),
    __metadata("design:returntype", Promise)
], StaffCasesController.prototype, "return", null);
__decorate([
    (0, common_1.Post)(':id/answer'),
    (0, auth_1.StaffOnly)(...AGENCY),
    (0, common_1.HttpCode)(200),
    (0, swagger_1.ApiOkResponse)({ type: case_list_dto_1.CaseDetailDto }),
    __param(0, (0, common_1.Param)('id', uuid)),
    __param(1, (0, common_1.Body)()),
    __param(2, (0, auth_1.CurrentActor)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [String, case_actions_dto_1.AnswerDto, Object]),
    __metadata("design:returntype", Promise)
], StaffCasesController.prototype, "answer", null);
__decorate([
    (0, common_1.Post)(':id/extend'),
    (0, auth_1.StaffOnly)(contracts_1.Role.AgencyOfficer, contracts_1.Role.Secretariat, contracts_1.Role.Admin),
    (0, common_1.HttpCode)(200),
    (0, swagger_1.ApiOkResponse)({ type: case_list_dto_1.CaseDetailDto, description: 'Moves the due date by the rule’s extension; 409 beyond the rule’s limit' }),
    __param(0, (0, common_1.Param)('id', uuid)),
    __param(1, (0, common_1.Body)()),
    __param(2, (0, auth_1.CurrentActor)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [String, case_actions_dto_1.ExtendDto, Object]),
    __metadata("design:returntype", Promise)
], StaffCasesController.prototype, "extend", null);
__decorate([
    (0, common_1.Post)(':id/request-info'),
    (0, auth_1.StaffOnly)(...AGENCY),
    (0, common_1.HttpCode)(200),
    (0, swagger_1.ApiOkResponse)({ type: case_list_dto_1.CaseDetailDto, description: 'Stops the clocks that stop while waiting for the citizen' }),
    __param(0, (0, common_1.Param)('id', uuid)),
    __param(1, (0, common_1.Body)()),
    __param(2, (0, auth_1.CurrentActor)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [String, case_actions_dto_1.ReasonDto, Object]),
    __metadata("design:returntype", Promise)
], StaffCasesController.prototype, "requestInfo", null);
__decorate([
    (0, common_1.Post)(':id/provide-info'),
    (0, auth_1.StaffOnly)(contracts_1.Role.Operator, contracts_1.Role.AgencyOfficer, contracts_1.Role.Secretariat, contracts_1.Role.Admin),
    (0, common_1.HttpCode)(200),
    (0, swagger_1.ApiOkResponse)({ type: case_list_dto_1.CaseDetailDto, description: 'The citizen answered: the stopped clocks resume with the stopped time added' }),
    __param(0, (0, common_1.Param)('id', uuid)),
    __param(1, (0, common_1.Body)()),
    __param(2, (0, auth_1.CurrentActor)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [String, case_actions_dto_1.NoteDto, Object]),
    __metadata("design:returntype", Promise)
], StaffCasesController.prototype, "provideInfo", null);
__decorate([
    (0, common_1.Post)(':id/close'),
    (0, auth_1.StaffOnly)(...SECRETARIAT),
    (0, common_1.HttpCode)(200),
    (0, swagger_1.ApiOkResponse)({ type: case_list_dto_1.CaseDetailDto }),
    __param(0, (0, common_1.Param)('id', uuid)),
    __param(1, (0, common_1.Body)()),
    __param(2, (0, auth_1.CurrentActor)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [String, case_actions_dto_1.NoteDto, Object]),
    __metadata("design:returntype", Promise)
], StaffCasesController.prototype, "close", null);
__decorate([
    (0, common_1.Post)(':id/reject'),
    (0, auth_1.StaffOnly)(...SECRETARIAT),
    (0, common_1.HttpCode)(200),
    (0, swagger_1.ApiOkResponse)({ type: case_list_dto_1.CaseDetailDto }),
    __param(0, (0, common_1.Param)('id', uuid)),
    __param(1, (0, common_1.Body)()),
    __param(2, (0, auth_1.CurrentActor)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [String, case_actions_dto_1.ReasonDto, Object]),
    __metadata("design:returntype", Promise)
], StaffCasesController.prototype, "reject", null);
exports.StaffCasesController = StaffCasesController = __decorate([
    (0, swagger_1.ApiTags)('cases (staff)'),
    (0, swagger_1.ApiConflictResponse)({ description: 'The action is not allowed from the case’s current status' }),
    (0, common_1.Controller)('api/v1/cases'),
    __metadata("design:paramtypes", [case_query_service_1.CaseQueryService,
        case_workflow_service_1.CaseWorkflowService])
], StaffCasesController);
//# sourceMappingURL=staff-cases.controller.js.map