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
exports.TrackingController = void 0;
const common_1 = require("@nestjs/common");
const swagger_1 = require("@nestjs/swagger");
const auth_1 = require("@hotline/auth");
const case_actions_dto_1 = require("../workflow/dto/case-actions.dto");
const tracking_view_dto_1 = require("./dto/tracking-view.dto");
const tracking_service_1 = require("./tracking.service");
const tracking_code_pipe_1 = require("./tracking-code.pipe");
let TrackingController = class TrackingController {
    tracking;
    constructor(tracking) {
        this.tracking = tracking;
    }
    track(code, query) {
        return this.tracking.track(code, query.key);
    }
    feedback(code, query, body) {
        return this.tracking.rate(code, body.key ?? query.key, body.satisfied, body.comment);
    }
};
exports.TrackingController = TrackingController;
__decorate([
    (0, common_1.Get)(':trackingCode'),
    (0, auth_1.Public)(),
    (0, swagger_1.ApiOkResponse)({ type: tracking_view_dto_1.TrackingViewDto }),
    __param(0, (0, common_1.Param)('trackingCode', tracking_code_pipe_1.TrackingCodePipe)),
    __param(1, (0, common_1.Query)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [String, tracking_view_dto_1.TrackQueryDto]),
    __metadata("design:returntype", Promise)
], TrackingController.prototype, "track", null);
__decorate([
    (0, common_1.Post)(':trackingCode/feedback'),
    (0, auth_1.Public)(),
    (0, common_1.HttpCode)(200),
    (0, swagger_1.ApiOkResponse)({ type: tracking_view_dto_1.TrackingViewDto }),
    __param(0, (0, common_1.Param)('trackingCode', tracking_code_pipe_1.TrackingCodePipe)),
    __param(1, (0, common_1.Query)()),
    __param(2, (0, common_1.Body)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [String, tracking_view_dto_1.TrackQueryDto, case_actions_dto_1.CitizenFeedbackDto]),
    __metadata("design:returntype", Promise)
], TrackingController.prototype, "feedback", null);
exports.TrackingController = TrackingController = __decorate([
    (0, swagger_1.ApiTags)('tracking'),
    (0, common_1.Controller)('api/v1/cases/track'),
    __metadata("design:paramtypes", [tracking_service_1.TrackingService])
], TrackingController);
//# sourceMappingURL=tracking.controller.js.map