"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.DeadlinesApiModule = exports.DeadlinesWorkerModule = exports.DeadlinesModule = void 0;
const common_1 = require("@nestjs/common");
const notifications_1 = require("@hotline/notifications");
const deadline_engine_service_1 = require("./engine/deadline-engine.service");
const deadline_reference_service_1 = require("./engine/deadline-reference.service");
const deadline_scan_processor_1 = require("./engine/deadline-scan.processor");
const deadline_scan_service_1 = require("./engine/deadline-scan.service");
const deadlines_controller_1 = require("./http/deadlines.controller");
const deadlines_admin_service_1 = require("./http/deadlines-admin.service");
const overdue_board_service_1 = require("./http/overdue-board.service");
const SERVICES = [deadline_reference_service_1.DeadlineReferenceService, deadline_engine_service_1.DeadlineEngineService, deadline_scan_service_1.DeadlineScanService];
let DeadlinesModule = class DeadlinesModule {
};
exports.DeadlinesModule = DeadlinesModule;
exports.DeadlinesModule = DeadlinesModule = __decorate([
    (0, common_1.Module)({ imports: [notifications_1.NotificationsModule], providers: SERVICES, exports: SERVICES })
], DeadlinesModule);
let DeadlinesWorkerModule = class DeadlinesWorkerModule {
};
exports.DeadlinesWorkerModule = DeadlinesWorkerModule;
exports.DeadlinesWorkerModule = DeadlinesWorkerModule = __decorate([
    (0, common_1.Module)({ imports: [DeadlinesModule], providers: [deadline_scan_processor_1.DeadlineScanProcessor, deadline_scan_processor_1.DeadlineSchedulerService] })
], DeadlinesWorkerModule);
let DeadlinesApiModule = class DeadlinesApiModule {
};
exports.DeadlinesApiModule = DeadlinesApiModule;
exports.DeadlinesApiModule = DeadlinesApiModule = __decorate([
    (0, common_1.Module)({ imports: [DeadlinesModule], controllers: [deadlines_controller_1.DeadlinesController], providers: [overdue_board_service_1.OverdueBoardService, deadlines_admin_service_1.DeadlinesAdminService] })
], DeadlinesApiModule);
//# sourceMappingURL=deadlines.module.js.map