"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.CasesWorkerModule = exports.CasesApiModule = exports.CasesModule = void 0;
const common_1 = require("@nestjs/common");
const deadlines_1 = require("@hotline/deadlines");
const notifications_1 = require("@hotline/notifications");
const case_query_service_1 = require("./case-list/case-query.service");
const intake_controller_1 = require("./intake/intake.controller");
const intake_service_1 = require("./intake/intake.service");
const reference_controller_1 = require("./reference/reference.controller");
const reference_data_service_1 = require("./reference/reference-data.service");
const route_case_processor_1 = require("./routing/route-case.processor");
const tracking_controller_1 = require("./tracking/tracking.controller");
const tracking_service_1 = require("./tracking/tracking.service");
const case_workflow_service_1 = require("./workflow/case-workflow.service");
const staff_cases_controller_1 = require("./workflow/staff-cases.controller");
const SERVICES = [reference_data_service_1.ReferenceDataService, intake_service_1.IntakeService, case_workflow_service_1.CaseWorkflowService, case_query_service_1.CaseQueryService, tracking_service_1.TrackingService];
/** Case services, shared by the API and the worker. */
let CasesModule = class CasesModule {
};
exports.CasesModule = CasesModule;
exports.CasesModule = CasesModule = __decorate([
    (0, common_1.Module)({ imports: [notifications_1.NotificationsModule, deadlines_1.DeadlinesModule], providers: SERVICES, exports: SERVICES })
], CasesModule);
/** The HTTP side: intake, tracking, staff case work, reference data. */
let CasesApiModule = class CasesApiModule {
};
exports.CasesApiModule = CasesApiModule;
exports.CasesApiModule = CasesApiModule = __decorate([
    (0, common_1.Module)({ imports: [CasesModule], controllers: [intake_controller_1.IntakeController, tracking_controller_1.TrackingController, staff_cases_controller_1.StaffCasesController, reference_controller_1.ReferenceController] })
], CasesApiModule);
/** The worker side: routing processor. */
let CasesWorkerModule = class CasesWorkerModule {
};
exports.CasesWorkerModule = CasesWorkerModule;
exports.CasesWorkerModule = CasesWorkerModule = __decorate([
    (0, common_1.Module)({ imports: [CasesModule], providers: [route_case_processor_1.RouteCaseProcessor] })
], CasesWorkerModule);
//# sourceMappingURL=cases.module.js.map