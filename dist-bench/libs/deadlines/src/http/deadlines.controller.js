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
exports.DeadlinesController = void 0;
const common_1 = require("@nestjs/common");
const swagger_1 = require("@nestjs/swagger");
const auth_1 = require("@hotline/auth");
const contracts_1 = require("@hotline/contracts");
const deadlines_admin_service_1 = require("./deadlines-admin.service");
const deadline_admin_dto_1 = require("./dto/deadline-admin.dto");
const overdue_board_service_1 = require("./overdue-board.service");
let DeadlinesController = class DeadlinesController {
    board;
    admin;
    constructor(board, admin) {
        this.board = board;
        this.admin = admin;
    }
    overdue(actor) {
        return this.board.board(actor);
    }
    rules(all) {
        return this.admin.rules(all ?? false);
    }
    saveRule(body, actor) {
        return this.admin.saveRule(body, actor);
    }
    calendar(query) {
        return this.admin.calendar(query.year);
    }
    putDay(date, body) {
        return this.admin.putDay(date, body);
    }
    deleteDay(date) {
        return this.admin.deleteDay(date);
    }
};
exports.DeadlinesController = DeadlinesController;
__decorate([
    (0, common_1.Get)('deadlines/overdue'),
    (0, auth_1.StaffOnly)(contracts_1.Role.Secretariat, contracts_1.Role.Admin, contracts_1.Role.CouncilMember, contracts_1.Role.AgencyOfficer),
    (0, swagger_1.ApiOkResponse)({ description: 'Overdue clocks grouped by agency, most overdue agency first; an officer sees its own agency only' }),
    __param(0, (0, auth_1.CurrentActor)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object]),
    __metadata("design:returntype", void 0)
], DeadlinesController.prototype, "overdue", null);
__decorate([
    (0, common_1.Get)('admin/deadline-rules'),
    (0, auth_1.StaffOnly)(contracts_1.Role.Admin, contracts_1.Role.Secretariat),
    __param(0, (0, common_1.Query)('all', new common_1.ParseBoolPipe({ optional: true }))),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Boolean]),
    __metadata("design:returntype", void 0)
], DeadlinesController.prototype, "rules", null);
__decorate([
    (0, common_1.Post)('admin/deadline-rules'),
    (0, auth_1.StaffOnly)(contracts_1.Role.Admin),
    __param(0, (0, common_1.Body)()),
    __param(1, (0, auth_1.CurrentActor)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [deadline_admin_dto_1.DeadlineRuleDto, Object]),
    __metadata("design:returntype", void 0)
], DeadlinesController.prototype, "saveRule", null);
__decorate([
    (0, common_1.Get)('admin/calendar'),
    (0, auth_1.StaffOnly)(contracts_1.Role.Admin, contracts_1.Role.Secretariat),
    __param(0, (0, common_1.Query)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [deadline_admin_dto_1.CalendarQueryDto]),
    __metadata("design:returntype", void 0)
], DeadlinesController.prototype, "calendar", null);
__decorate([
    (0, common_1.Put)('admin/calendar/:date'),
    (0, auth_1.StaffOnly)(contracts_1.Role.Admin),
    __param(0, (0, common_1.Param)('date')),
    __param(1, (0, common_1.Body)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [String, deadline_admin_dto_1.CalendarDayDto]),
    __metadata("design:returntype", void 0)
], DeadlinesController.prototype, "putDay", null);
__decorate([
    (0, common_1.Delete)('admin/calendar/:date'),
    (0, auth_1.StaffOnly)(contracts_1.Role.Admin),
    (0, common_1.HttpCode)(204),
    __param(0, (0, common_1.Param)('date')),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [String]),
    __metadata("design:returntype", Promise)
], DeadlinesController.prototype, "deleteDay", null);
exports.DeadlinesController = DeadlinesController = __decorate([
    (0, swagger_1.ApiTags)('deadlines'),
    (0, common_1.Controller)('api/v1'),
    __metadata("design:paramtypes", [overdue_board_service_1.OverdueBoardService,
        deadlines_admin_service_1.DeadlinesAdminService])
], DeadlinesController);
//# sourceMappingURL=deadlines.controller.js.map