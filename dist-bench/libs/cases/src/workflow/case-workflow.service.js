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
exports.CaseWorkflowService = void 0;
exports.canSee = canSee;
const common_1 = require("@nestjs/common");
const typeorm_1 = require("@nestjs/typeorm");
const typeorm_2 = require("typeorm");
const config_1 = require("@hotline/config");
const contracts_1 = require("@hotline/contracts");
const database_1 = require("@hotline/database");
const deadlines_1 = require("@hotline/deadlines");
const notifications_1 = require("@hotline/notifications");
const platform_1 = require("@hotline/platform");
const reference_data_service_1 = require("../reference/reference-data.service");
const pick_routing_rule_1 = require("../routing/pick-routing-rule");
const case_state_machine_1 = require("../state-machine/case-state-machine");
const database_2 = require("@hotline/database");
const isStaff = (actor) => actor.type === 'staff';
/**
 * Every change of a case's status goes through here: load and lock the case, check the actor's scope, ask the
 * state machine, write the change and its event, and queue the notices it implies, all in one transaction.
 */
let CaseWorkflowService = class CaseWorkflowService {
    dataSource;
    reference;
    notifications;
    deadlines;
    config;
    clock;
    constructor(dataSource, reference, notifications, deadlines, config, clock) {
        this.dataSource = dataSource;
        this.reference = reference;
        this.notifications = notifications;
        this.deadlines = deadlines;
        this.config = config;
        this.clock = clock;
    }
    /** The worker's first step: route by the most specific rule, else to the secretariat's triage list. */
    async autoRoute(caseId) {
        return this.dataSource.transaction(async (manager) => {
            const kase = await this.lock(manager, caseId);
            if (!kase || kase.status !== contracts_1.CaseStatus.Received)
                return null;
            // Clocks that start at receipt run from the moment of receipt, not from when the worker got to the case.
            await this.deadlines.onStatus(manager, kase, null, contracts_1.CaseStatus.Received, kase.receivedAt);
            const snapshot = await this.reference.get();
            const rule = (0, pick_routing_rule_1.pickRoutingRule)(snapshot.rules, {
                kind: kase.kind,
                categoryChain: reference_data_service_1.ReferenceDataService.chain(snapshot.categoryById, kase.categoryId),
                areaChain: reference_data_service_1.ReferenceDataService.chain(snapshot.areaById, kase.areaId),
            });
            const actor = { type: 'system' };
            let routed;
            if (rule) {
                const agency = snapshot.agencyById.get(rule.agencyId);
                routed = await this.toAgency(manager, kase, agency, actor, { data: { ruleId: rule.id } });
            }
            else {
                routed = await this.transition(manager, kase, 'triage', actor, { eventType: contracts_1.CaseEventType.SentToTriage });
            }
            if (kase.citizenEmail) {
                await this.notifications.queue(manager, {
                    caseId: kase.id,
                    template: notifications_1.MailTemplate.CaseReceipt,
                    recipient: kase.citizenEmail,
                    params: { trackingCode: kase.trackingCode, title: kase.title, trackUrl: this.trackUrl(kase) },
                    dedupeKey: `receipt:${kase.id}`,
                });
            }
            return routed;
        });
    }
    async route(caseId, actor, agencyCode, note) {
        const agency = await this.reference.agencyByCode(agencyCode);
        if (!agency || !agency.active)
            throw new platform_1.InvalidInputError('agencyCode', `Unknown agency "${agencyCode}"`);
        return this.act(caseId, actor, (manager, kase) => this.toAgency(manager, kase, agency, actor, { note }));
    }
    accept(caseId, actor, note) {
        return this.act(caseId, actor, (manager, kase) => this.transition(manager, kase, contracts_1.CaseAction.Accept, actor, { changes: { acceptedAt: this.clock.now() }, note }));
    }
    start(caseId, actor, note) {
        return this.act(caseId, actor, (manager, kase) => this.transition(manager, kase, contracts_1.CaseAction.Start, actor, { note }));
    }
    returnToSecretariat(caseId, actor, reason) {
        return this.act(caseId, actor, async (manager, kase) => {
            const agency = kase.agencyId ? (await this.reference.get()).agencyById.get(kase.agencyId) : undefined;
            const returned = await this.transition(manager, kase, contracts_1.CaseAction.Return, actor, {
                changes: { agencyId: null, returnCount: kase.returnCount + 1 },
                note: reason,
                visibleToCitizen: false,
                data: { returnedBy: agency?.code },
            });
            await this.notifications.queue(manager, {
                caseId: kase.id,
                template: notifications_1.MailTemplate.CaseReturned,
                recipient: this.config.mail.secretariatEmail,
                params: { trackingCode: kase.trackingCode, title: kase.title, agencyName: agency?.name, reason, staffUrl: this.staffUrl(kase) },
                dedupeKey: `returned:${kase.id}:${kase.returnCount + 1}`,
            });
            return returned;
        });
    }
    answer(caseId, actor, answer) {
        return this.act(caseId, actor, async (manager, kase) => {
            const answered = await this.transition(manager, kase, contracts_1.CaseAction.Answer, actor, {
                changes: { answer, answeredAt: this.clock.now() },
                eventType: contracts_1.CaseEventType.Answered,
                note: answer,
            });
            if (kase.citizenEmail) {
                const agency = kase.agencyId ? (await this.reference.get()).agencyById.get(kase.agencyId) : undefined;
                await this.notifications.queue(manager, {
                    caseId: kase.id,
                    template: notifications_1.MailTemplate.CaseAnswered,
                    recipient: kase.citizenEmail,
                    params: { trackingCode: kase.trackingCode, title: kase.title, agencyName: agency?.name, answer, trackUrl: this.trackUrl(kase) },
                    dedupeKey: `answered:${kase.id}:${kase.reopenCount}`,
                });
            }
            return answered;
        });
    }
    close(caseId, actor, note) {
        return this.act(caseId, actor, (manager, kase) => this.transition(manager, kase, contracts_1.CaseAction.Close, actor, { changes: { closedAt: this.clock.now() }, note }));
    }
    reject(caseId, actor, reason) {
        return this.act(caseId, actor, (manager, kase) => this.transition(manager, kase, contracts_1.CaseAction.Reject, actor, { changes: { closedAt: this.clock.now() }, note: reason }));
    }
    /** The agency asks the citizen for more information: clocks with that stop rule pause until the answer comes. */
    requestInfo(caseId, actor, note) {
        return this.act(caseId, actor, (manager, kase) => this.transition(manager, kase, contracts_1.CaseAction.RequestInfo, actor, { note }));
    }
    provideInfo(caseId, actor, note) {
        return this.act(caseId, actor, (manager, kase) => this.transition(manager, kase, contracts_1.CaseAction.ProvideInfo, actor, { note }));
    }
    /** One more extension of a running clock, within its rule's limit (409 beyond it); an event the citizen sees. */
    extend(caseId, actor, reason, clock) {
        return this.act(caseId, actor, async (manager, kase) => {
            if (contracts_1.TERMINAL_STATUSES.includes(kase.status))
                throw new platform_1.InvalidTransitionError(`Cannot extend a case that is ${kase.status}`);
            const at = this.clock.now();
            const extension = await this.deadlines.extend(manager, kase, clock, at);
            await (0, database_2.recordCaseEvent)(manager, {
                caseId: kase.id,
                type: contracts_1.CaseEventType.DeadlineExtended,
                actor,
                agencyId: kase.agencyId,
                note: reason,
                visibleToCitizen: true,
                data: { clock: extension.clock, previousDueAt: extension.previousDueAt.toISOString(), dueAt: extension.dueAt.toISOString(), count: extension.extensionsUsed },
                at,
            });
            return kase;
        });
    }
    /** The citizen's rating of the answer: satisfied closes the case, not satisfied sends it back to the agency. */
    rate(caseId, satisfied, comment) {
        const citizen = { type: 'citizen' };
        return this.act(caseId, citizen, (manager, kase) => satisfied
            ? this.transition(manager, kase, contracts_1.CaseAction.Close, citizen, { changes: { satisfied: true, closedAt: this.clock.now() }, note: comment })
            : this.transition(manager, kase, contracts_1.CaseAction.Reopen, citizen, {
                changes: { satisfied: false, reopenCount: kase.reopenCount + 1 },
                note: comment,
            }));
    }
    /**
     * Loads a case the actor may see. An agency officer sees only its agency's cases; any other case answers
     * "not found", so officers cannot learn which tracking codes exist elsewhere.
     */
    async findVisible(manager, caseId, actor, lock = false) {
        const kase = lock ? await this.lock(manager, caseId) : await manager.findOneBy(database_1.CaseEntity, { id: caseId });
        if (!kase || !canSee(actor, kase))
            throw new platform_1.NotFoundError(`No case ${caseId}`);
        return kase;
    }
    act(caseId, actor, work) {
        return this.dataSource.transaction(async (manager) => work(manager, await this.findVisible(manager, caseId, actor, true)));
    }
    lock(manager, caseId) {
        return manager.findOne(database_1.CaseEntity, { where: { id: caseId }, lock: { mode: 'pessimistic_write' } });
    }
    async toAgency(manager, kase, agency, actor, options) {
        const previousAgencyId = kase.agencyId;
        const routed = await this.transition(manager, kase, contracts_1.CaseAction.Route, actor, {
            ...options,
            eventType: contracts_1.CaseEventType.Routed,
            changes: { agencyId: agency.id, routedAt: this.clock.now() },
            data: { ...options.data, agencyCode: agency.code, previousAgencyId },
        });
        await this.notifications.queue(manager, {
            caseId: kase.id,
            template: notifications_1.MailTemplate.AgencyNewCase,
            recipient: agency.email,
            params: {
                trackingCode: kase.trackingCode,
                title: kase.title,
                agencyName: agency.name,
                kindLabel: contracts_1.KIND_LABELS[kase.kind].vi,
                staffUrl: this.staffUrl(kase),
            },
            dedupeKey: `agency-new-case:${kase.id}:${agency.id}:${kase.version}`,
        });
        return routed;
    }
    async transition(manager, kase, action, actor, options) {
        const from = kase.status;
        const to = (0, case_state_machine_1.planTransition)(action, from, actor);
        const at = this.clock.now();
        const changes = { ...options.changes, status: to };
        await manager.update(database_1.CaseEntity, { id: kase.id }, { ...changes, version: kase.version + 1 });
        Object.assign(kase, changes, { version: kase.version + 1 });
        await (0, database_2.recordCaseEvent)(manager, {
            caseId: kase.id,
            type: options.eventType ?? contracts_1.CaseEventType.StatusChanged,
            actor,
            fromStatus: from,
            toStatus: to,
            agencyId: kase.agencyId,
            note: options.note ?? null,
            visibleToCitizen: options.visibleToCitizen ?? true,
            data: { action, ...options.data },
            at,
        });
        await this.deadlines.onStatus(manager, kase, from, to, at);
        return kase;
    }
    trackUrl(kase) {
        return `${this.config.http.publicBaseUrl}/track/${kase.trackingCode}`;
    }
    staffUrl(kase) {
        return `${this.config.http.publicBaseUrl}/staff/cases/${kase.id}`;
    }
};
exports.CaseWorkflowService = CaseWorkflowService;
exports.CaseWorkflowService = CaseWorkflowService = __decorate([
    (0, common_1.Injectable)(),
    __param(0, (0, typeorm_1.InjectDataSource)()),
    __metadata("design:paramtypes", [typeorm_2.DataSource,
        reference_data_service_1.ReferenceDataService,
        notifications_1.NotificationService,
        deadlines_1.DeadlineEngineService,
        config_1.AppConfig,
        config_1.Clock])
], CaseWorkflowService);
/** Citizens reach a case only through its tracking code and key, checked before any call here. */
function canSee(actor, kase) {
    if (!isStaff(actor))
        return true;
    if (actor.role === contracts_1.Role.AgencyOfficer)
        return actor.agencyId !== null && kase.agencyId === actor.agencyId;
    return true;
}
//# sourceMappingURL=case-workflow.service.js.map