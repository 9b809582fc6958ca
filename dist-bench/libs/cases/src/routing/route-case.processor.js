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
var RouteCaseProcessor_1;
Object.defineProperty(exports, "__esModule", { value: true });
exports.RouteCaseProcessor = void 0;
const bullmq_1 = require("@nestjs/bullmq");
const common_1 = require("@nestjs/common");
const contracts_1 = require("@hotline/contracts");
const case_workflow_service_1 = require("../workflow/case-workflow.service");
/** Routes a newly received case. Runs safely twice: a case no longer `received` is left alone. */
let RouteCaseProcessor = RouteCaseProcessor_1 = class RouteCaseProcessor extends bullmq_1.WorkerHost {
    workflow;
    logger = new common_1.Logger(RouteCaseProcessor_1.name);
    constructor(workflow) {
        super();
        this.workflow = workflow;
    }
    async process(job) {
        if (job.name !== contracts_1.JobName.RouteCase)
            throw new Error(`cases queue has no handler for ${job.name}`);
        const routed = await this.workflow.autoRoute(job.data.caseId);
        if (routed)
            this.logger.log({ caseId: routed.id, status: routed.status, agencyId: routed.agencyId }, 'case routed');
    }
};
exports.RouteCaseProcessor = RouteCaseProcessor;
exports.RouteCaseProcessor = RouteCaseProcessor = RouteCaseProcessor_1 = __decorate([
    (0, bullmq_1.Processor)(contracts_1.QueueName.Cases, { concurrency: 8 }),
    __metadata("design:paramtypes", [case_workflow_service_1.CaseWorkflowService])
], RouteCaseProcessor);
//# sourceMappingURL=route-case.processor.js.map