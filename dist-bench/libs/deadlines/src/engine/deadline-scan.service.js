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
var DeadlineScanService_1;
Object.defineProperty(exports, "__esModule", { value: true });
exports.DeadlineScanService = void 0;
const common_1 = require("@nestjs/common");
const typeorm_1 = require("@nestjs/typeorm");
const typeorm_2 = require("typeorm");
const config_1 = require("@hotline/config");
const contracts_1 = require("@hotline/contracts");
const database_1 = require("@hotline/database");
const notifications_1 = require("@hotline/notifications");
const local_time_1 = require("../calendar/local-time");
const deadline_engine_service_1 = require("./deadline-engine.service");
const deadline_reference_service_1 = require("./deadline-reference.service");
const deadline_math_1 = require("./deadline-math");
const BATCH = 500;
const MAX_BATCHES = 10_000;
const TEMPLATE_OF = {
    [deadline_math_1.Stage.Reminder]: notifications_1.MailTemplate.DeadlineReminder,
    [deadline_math_1.Stage.DueDay]: notifications_1.MailTemplate.DeadlineDueToday,
    [deadline_math_1.Stage.Overdue]: notifications_1.MailTemplate.DeadlineOverdue,
    [deadline_math_1.Stage.VeryLate]: notifications_1.MailTemplate.DeadlineVeryLate,
};
/**
 * Looks only at cases whose `next_due_at` has come (an index range scan), so its cost follows the cases falling due,
 * not all open cases. Cases are locked with SKIP LOCKED, so concurrent scans split the work; every notice has a
 * deterministic key (case, clock, due instant, stage, recipient), so a notice is created once however often the
 * scan runs. When a scan was missed, only the furthest stage reached is announced.
 */
let DeadlineScanService = DeadlineScanService_1 = class DeadlineScanService {
    dataSource;
    reference;
    engine;
    notifications;
    config;
    logger = new common_1.Logger(DeadlineScanService_1.name);
    constructor(dataSource, reference, engine, notifications, config) {
        this.dataSource = dataSource;
        this.reference = reference;
        this.engine = engine;
        this.notifications = notifications;
        this.config = config;
    }
    async scan(now) {
        const result = { cases: 0, notices: 0 };
        for (let i = 0; i < MAX_BATCHES; i++) {
            const batch = await this.dataSource.transaction((manager) => this.scanBatch(manager, now));
            result.cases += batch.cases;
            result.notices += batch.notices;
            if (batch.cases < BATCH)
                break;
        }
        if (result.cases > 0)
            this.logger.log({ ...result, now: now.toISOString() }, 'deadline scan');
        return result;
    }
    async scanBatch(manager, now) {
        const cases = await manager.query(`SELECT id, tracking_code, title, agency_id FROM cases WHERE next_due_at <= $1 ORDER BY next_due_at LIMIT $2 FOR UPDATE SKIP LOCKED`, [now, BATCH]);
        if (cases.length === 0)
            return { cases: 0, notices: 0 };
        const ids = cases.map((c) => c.id);
        const byId = new Map(cases.map((c) => [c.id, c]));
        const deadlines = await manager.find(database_1.CaseDeadlineEntity, { where: { caseId: (0, typeorm_2.In)(ids), status: 'running' } });
        const { calendar, rulesById } = await this.reference.getWithRules(deadlines.map((d) => d.ruleId));
        const agencyIds = [...new Set(cases.map((c) => c.agency_id).filter((a) => a !== null))];
        const agencies = new Map((agencyIds.length ? await manager.find(database_1.AgencyEntity, { where: { id: (0, typeorm_2.In)(agencyIds) } }) : []).map((a) => [a.id, a]));
        let notices = 0;
        for (const d of deadlines) {
            if (!d.nextActionAt || d.nextActionAt > now)
                continue;
            const schedule = this.engine.schedule(calendar, rulesById.get(d.ruleId), d);
            const reached = (0, deadline_math_1.stageReachedAt)(schedule, now);
            if (reached > d.stage)
                notices += await this.announce(manager, byId.get(d.caseId), d, reached, agencies);
            d.stage = Math.max(d.stage, reached);
            d.nextActionAt = (0, deadline_math_1.nextActionAt)(schedule, d.stage);
            await manager.update(database_1.CaseDeadlineEntity, { id: d.id }, { stage: d.stage, nextActionAt: d.nextActionAt });
        }
        await manager.query(`UPDATE cases c SET next_due_at = (SELECT min(next_action_at) FROM case_deadlines d WHERE d.case_id = c.id AND d.status = 'running')
       WHERE c.id = ANY($1::uuid[])`, [ids]);
        return { cases: cases.length, notices };
    }
    async announce(manager, kase, d, stage, agencies) {
        const reached = stage;
        const agency = kase.agency_id ? agencies.get(kase.agency_id) : undefined;
        const secretariat = this.config.mail.secretariatEmail;
        const head = agency?.headEmail ?? agency?.email;
        // Reminders go to the agency in charge; lateness goes up to its head and to the secretariat. A case no agency
        // holds (received, in triage, returned) is the secretariat's to move.
        const recipients = !agency
            ? [secretariat]
            : reached <= deadline_math_1.Stage.DueDay
                ? [agency.email]
                : [head, secretariat];
        const label = (0, contracts_1.clockLabel)(d.clock);
        let created = 0;
        for (const recipient of new Set(recipients)) {
            const id = await this.notifications.queue(manager, {
                caseId: kase.id,
                template: TEMPLATE_OF[reached],
                recipient,
                params: {
                    trackingCode: kase.tracking_code,
                    title: kase.title,
                    agencyName: agency?.name ?? 'Văn phòng HĐND (chưa chuyển cơ quan)',
                    clockLabel: label.vi,
                    clockLabelEn: label.en,
                    dueText: (0, local_time_1.formatLocal)(d.dueAt),
                    staffUrl: `${this.config.http.publicBaseUrl}/staff/cases/${kase.id}`,
                },
                dedupeKey: `deadline.${kase.id}.${d.clock}.${d.dueAt.getTime()}.${deadline_math_1.STAGE_NAMES[reached]}.${recipient}`,
            });
            if (id)
                created += 1;
        }
        if (created > 0 && reached >= deadline_math_1.Stage.Overdue) {
            await (0, database_1.recordCaseEvent)(manager, {
                caseId: kase.id,
                type: reached === deadline_math_1.Stage.VeryLate ? 'deadline_very_late' : 'deadline_overdue',
                actor: { type: 'system' },
                agencyId: kase.agency_id,
                visibleToCitizen: false,
                data: { clock: d.clock, dueAt: d.dueAt.toISOString() },
            });
        }
        return created;
    }
};
exports.DeadlineScanService = DeadlineScanService;
exports.DeadlineScanService = DeadlineScanService = DeadlineScanService_1 = __decorate([
    (0, common_1.Injectable)(),
    __param(0, (0, typeorm_1.InjectDataSource)()),
    __metadata("design:paramtypes", [typeorm_2.DataSource,
        deadline_reference_service_1.DeadlineReferenceService,
        deadline_engine_service_1.DeadlineEngineService,
        notifications_1.NotificationService,
        config_1.AppConfig])
], DeadlineScanService);
//# sourceMappingURL=deadline-scan.service.js.map