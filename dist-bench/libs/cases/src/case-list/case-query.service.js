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
exports.CaseQueryService = void 0;
const common_1 = require("@nestjs/common");
const typeorm_1 = require("@nestjs/typeorm");
const typeorm_2 = require("typeorm");
const contracts_1 = require("@hotline/contracts");
const database_1 = require("@hotline/database");
const deadlines_1 = require("@hotline/deadlines");
const config_1 = require("@hotline/config");
const platform_1 = require("@hotline/platform");
const intake_service_1 = require("../intake/intake.service");
const reference_data_service_1 = require("../reference/reference-data.service");
const case_state_machine_1 = require("../state-machine/case-state-machine");
const case_workflow_service_1 = require("../workflow/case-workflow.service");
const ref = (e) => (e ? { code: e.code, name: e.name, nameEn: e.nameEn } : undefined);
/** Children of a tree node, itself included: filtering by a category includes its sub-categories. */
function subtree(rows, rootId) {
    const ids = new Set([rootId]);
    for (let grew = true; grew;) {
        grew = false;
        for (const r of rows)
            if (r.parentId && ids.has(r.parentId) && !ids.has(r.id))
                (ids.add(r.id), (grew = true));
    }
    return [...ids];
}
let CaseQueryService = class CaseQueryService {
    dataSource;
    reference;
    workflow;
    deadlines;
    clock;
    constructor(dataSource, reference, workflow, deadlines, clock) {
        this.dataSource = dataSource;
        this.reference = reference;
        this.workflow = workflow;
        this.deadlines = deadlines;
        this.clock = clock;
    }
    async list(query, actor) {
        const [snapshot, { calendar }] = await Promise.all([this.reference.get(), this.deadlines.get()]);
        const now = this.clock.now();
        const page = query.page ?? 1;
        const pageSize = query.pageSize ?? 25;
        const qb = this.dataSource.getRepository(database_1.CaseEntity).createQueryBuilder('c');
        if (actor.type === 'staff' && actor.role === contracts_1.Role.AgencyOfficer)
            qb.andWhere('c.agency_id = :own', { own: actor.agencyId });
        if (query.status?.length)
            qb.andWhere('c.status IN (:...status)', { status: query.status });
        if (query.kind)
            qb.andWhere('c.kind = :kind', { kind: query.kind });
        if (query.channel)
            qb.andWhere('c.channel = :channel', { channel: query.channel });
        if (query.agency) {
            const agency = await this.reference.agencyByCode(query.agency);
            if (!agency)
                throw new platform_1.InvalidInputError('agency', `Unknown agency "${query.agency}"`);
            qb.andWhere('c.agency_id = :agencyId', { agencyId: agency.id });
        }
        if (query.category) {
            const category = await this.reference.categoryByCode(query.category);
            if (!category)
                throw new platform_1.InvalidInputError('category', `Unknown category "${query.category}"`);
            qb.andWhere('c.category_id IN (:...categoryIds)', { categoryIds: subtree(snapshot.categories, category.id) });
        }
        if (query.area) {
            const area = await this.reference.areaByCode(query.area);
            if (!area)
                throw new platform_1.InvalidInputError('area', `Unknown area "${query.area}"`);
            qb.andWhere('c.area_id IN (:...areaIds)', { areaIds: subtree(snapshot.areas, area.id) });
        }
        if (query.phone)
            qb.andWhere('c.citizen_phone = :phone', { phone: (0, intake_service_1.normalisePhone)(query.phone) });
        if (query.q) {
            const q = query.q.trim();
            qb.andWhere('(c.tracking_code = :code OR c.title ILIKE :like)', { code: q.toUpperCase(), like: `%${q.replace(/[%_\\]/g, '\\$&')}%` });
        }
        if (query.overdue === true)
            qb.andWhere('c.due_at < :now', { now });
        if (query.overdue === false)
            qb.andWhere('(c.due_at IS NULL OR c.due_at >= :now)', { now });
        if (query.dueWithin) {
            const limit = calendar.addWorkingDays(now, Number(query.dueWithin.slice(0, -1)) || 0);
            qb.andWhere('c.due_at >= :now AND c.due_at <= :limit', { now, limit });
        }
        if (query.from)
            qb.andWhere('c.received_at >= :from', { from: query.from });
        if (query.to)
            qb.andWhere('c.received_at < :to', { to: query.to });
        const [rows, total] = await qb
            .orderBy('c.received_at', 'DESC')
            .addOrderBy('c.id', 'DESC')
            .skip((page - 1) * pageSize)
            .take(pageSize)
            .getManyAndCount();
        return { items: rows.map((c) => this.summary(c, snapshot, calendar, now)), total, page, pageSize };
    }
    async detail(caseId, actor) {
        const kase = await this.workflow.findVisible(this.dataSource.manager, caseId, actor);
        const clocks = await this.dataSource.getRepository(database_1.CaseDeadlineEntity).find({ where: { caseId: kase.id }, order: { startedAt: 'ASC' } });
        const [snapshot, { calendar, rulesById }] = await Promise.all([this.reference.get(), this.deadlines.getWithRules(clocks.map((d) => d.ruleId))]);
        const now = this.clock.now();
        const events = await this.dataSource
            .getRepository(database_1.CaseEventEntity)
            .createQueryBuilder('e')
            .leftJoin(database_1.UserEntity, 'u', 'u.id = e.actor_user_id')
            .select(['e.id AS id', 'e.created_at AS at', 'e.type AS type', 'e.from_status AS from_status', 'e.to_status AS to_status'])
            .addSelect(['e.actor_type AS actor_type', 'u.full_name AS actor_name', 'e.agency_id AS agency_id', 'e.note AS note', 'e.visible_to_citizen AS visible'])
            .where('e.case_id = :id', { id: kase.id })
            .orderBy('e.id', 'ASC')
            .getRawMany();
        return {
            ...this.summary(kase, snapshot, calendar, now),
            description: kase.description,
            address: kase.address ?? undefined,
            location: kase.lat !== null && kase.lng !== null ? { lat: kase.lat, lng: kase.lng } : undefined,
            anonymous: kase.anonymous,
            public: kase.isPublic,
            citizen: this.contact(kase, actor),
            answer: kase.answer ?? undefined,
            answeredAt: kase.answeredAt ?? undefined,
            reopenCount: kase.reopenCount,
            returnCount: kase.returnCount,
            availableActions: (0, case_state_machine_1.availableActions)(kase.status, actor),
            events: events.map((e) => ({
                id: String(e.id),
                at: e.at,
                type: e.type,
                fromStatus: e.from_status ?? undefined,
                toStatus: e.to_status ?? undefined,
                actorType: e.actor_type,
                actorName: e.actor_name ?? undefined,
                agency: e.agency_id ? snapshot.agencyById.get(e.agency_id)?.name : undefined,
                note: e.note ?? undefined,
                visibleToCitizen: e.visible,
            })),
            deadlines: clocks.map((d) => {
                const rule = rulesById.get(d.ruleId);
                return {
                    clock: d.clock,
                    status: d.status,
                    startedAt: d.startedAt,
                    dueAt: d.dueAt,
                    workingDaysLeft: calendar.workingDaysBetween(now, d.dueAt),
                    overdue: d.status === 'running' && d.dueAt < now,
                    extensions: d.extensions,
                    extensionsAllowed: rule.extensionMaxCount,
                    unit: d.urgent && rule.urgentUnit ? rule.urgentUnit : rule.unit,
                    source: rule.source,
                };
            }),
        };
    }
    /** A denouncer's identity is confidential (Luật Tố cáo 2018 Art. 47): the agency handling it does not see it. */
    contact(kase, actor) {
        if (kase.anonymous)
            return undefined;
        const withheld = kase.kind === contracts_1.CaseKind.Denunciation && actor.type === 'staff' && actor.role === contracts_1.Role.AgencyOfficer;
        if (withheld)
            return { withheld: true };
        return { name: kase.citizenName ?? undefined, phone: kase.citizenPhone ?? undefined, email: kase.citizenEmail ?? undefined, withheld: false };
    }
    summary(c, snapshot, calendar, now) {
        return {
            dueAt: c.dueAt ?? undefined,
            workingDaysLeft: c.dueAt ? calendar.workingDaysBetween(now, c.dueAt) : undefined,
            overdue: c.dueAt !== null && c.dueAt < now,
            id: c.id,
            trackingCode: c.trackingCode,
            kind: c.kind,
            channel: c.channel,
            status: c.status,
            priority: c.priority,
            title: c.title,
            receivedAt: c.receivedAt,
            category: ref(c.categoryId ? snapshot.categoryById.get(c.categoryId) : undefined),
            area: ref(c.areaId ? snapshot.areaById.get(c.areaId) : undefined),
            agency: ref(c.agencyId ? snapshot.agencyById.get(c.agencyId) : undefined),
        };
    }
};
exports.CaseQueryService = CaseQueryService;
exports.CaseQueryService = CaseQueryService = __decorate([
    (0, common_1.Injectable)(),
    __param(0, (0, typeorm_1.InjectDataSource)()),
    __metadata("design:paramtypes", [typeorm_2.DataSource,
        reference_data_service_1.ReferenceDataService,
        case_workflow_service_1.CaseWorkflowService,
        deadlines_1.DeadlineReferenceService,
        config_1.Clock])
], CaseQueryService);
//# sourceMappingURL=case-query.service.js.map