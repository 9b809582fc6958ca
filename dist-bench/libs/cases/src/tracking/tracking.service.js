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
exports.TrackingService = void 0;
const common_1 = require("@nestjs/common");
const typeorm_1 = require("@nestjs/typeorm");
const typeorm_2 = require("typeorm");
const contracts_1 = require("@hotline/contracts");
const database_1 = require("@hotline/database");
const platform_1 = require("@hotline/platform");
const tracking_code_1 = require("../intake/tracking-code");
const reference_data_service_1 = require("../reference/reference-data.service");
const case_workflow_service_1 = require("../workflow/case-workflow.service");
const ref = (e) => e ? { code: e.code, name: e.name, nameEn: e.nameEn } : undefined;
/** What a citizen sees of a case: never personal data, never internal notes. */
let TrackingService = class TrackingService {
    dataSource;
    reference;
    workflow;
    constructor(dataSource, reference, workflow) {
        this.dataSource = dataSource;
        this.reference = reference;
        this.workflow = workflow;
    }
    async track(trackingCode, key) {
        const kase = await this.authorise(trackingCode, key, false);
        const events = await this.dataSource.getRepository(database_1.CaseEventEntity).find({
            where: { caseId: kase.id, visibleToCitizen: true },
            order: { id: 'ASC' },
        });
        const snapshot = await this.reference.get();
        const agencyName = (id) => (id ? snapshot.agencyById.get(id)?.name : undefined);
        return {
            trackingCode: kase.trackingCode,
            kind: kase.kind,
            title: kase.title,
            status: kase.status,
            statusLabel: contracts_1.STATUS_LABELS[kase.status].vi,
            statusLabelEn: contracts_1.STATUS_LABELS[kase.status].en,
            public: kase.isPublic,
            receivedAt: kase.receivedAt,
            category: ref(kase.categoryId ? snapshot.categoryById.get(kase.categoryId) : undefined),
            area: ref(kase.areaId ? snapshot.areaById.get(kase.areaId) : undefined),
            agency: ref(kase.agencyId ? snapshot.agencyById.get(kase.agencyId) : undefined),
            answer: kase.answer ?? undefined,
            answeredAt: kase.answeredAt ?? undefined,
            canRate: kase.status === contracts_1.CaseStatus.Answered,
            timeline: events.map((e) => ({
                at: e.createdAt,
                type: e.type,
                status: e.toStatus ?? undefined,
                statusLabel: e.toStatus ? contracts_1.STATUS_LABELS[e.toStatus].vi : undefined,
                statusLabelEn: e.toStatus ? contracts_1.STATUS_LABELS[e.toStatus].en : undefined,
                agency: agencyName(e.agencyId),
                note: e.note ?? undefined,
            })),
        };
    }
    /** Rating needs the key even for a public case: reading is public, acting on it is the citizen's alone. */
    async rate(trackingCode, key, satisfied, comment) {
        const kase = await this.authorise(trackingCode, key, true);
        await this.workflow.rate(kase.id, satisfied, comment);
        return this.track(trackingCode, key);
    }
    async authorise(trackingCode, key, keyAlwaysRequired) {
        const kase = await this.dataSource
            .getRepository(database_1.CaseEntity)
            .createQueryBuilder('c')
            .addSelect('c.accessKeyHash')
            .where('c.trackingCode = :trackingCode', { trackingCode: trackingCode.toUpperCase() })
            .getOne();
        const keyOk = kase ? (0, tracking_code_1.accessKeyMatches)(key, kase.accessKeyHash) : false;
        // One answer for "no such code" and "wrong key", so codes of non-public cases cannot be probed.
        if (!kase || ((keyAlwaysRequired || !kase.isPublic) && !keyOk)) {
            throw new platform_1.NotFoundError('No case with this tracking code and access key');
        }
        return kase;
    }
};
exports.TrackingService = TrackingService;
exports.TrackingService = TrackingService = __decorate([
    (0, common_1.Injectable)(),
    __param(0, (0, typeorm_1.InjectDataSource)()),
    __metadata("design:paramtypes", [typeorm_2.DataSource,
        reference_data_service_1.ReferenceDataService,
        case_workflow_service_1.CaseWorkflowService])
], TrackingService);
//# sourceMappingURL=tracking.service.js.map