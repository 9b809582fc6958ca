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
Object.defineProperty(exports, "__esModule", { value: true });
exports.DeadlineEngineService = void 0;
const common_1 = require("@nestjs/common");
const contracts_1 = require("@hotline/contracts");
const database_1 = require("@hotline/database");
const platform_1 = require("@hotline/platform");
const deadline_reference_service_1 = require("./deadline-reference.service");
const deadline_math_1 = require("./deadline-math");
/**
 * Starts, stops, resumes, meets and extends the clocks of a case, always inside the caller's transaction (the case
 * row is locked by then), and keeps `cases.due_at` and `cases.next_due_at` in step with them.
 */
let DeadlineEngineService = class DeadlineEngineService {
    reference;
    constructor(reference) {
        this.reference = reference;
    }
    /** Applies a status change: meets, cancels, stops or resumes running clocks, then starts those the new status begins. */
    async onStatus(manager, kase, from, to, at) {
        const deadlines = await manager.find(database_1.CaseDeadlineEntity, { where: { caseId: kase.id } });
        const { calendar, rulesById } = await this.reference.getWithRules(deadlines.map((d) => d.ruleId));
        // Read in the transaction, not from the cache: a rule an administrator just changed applies to the next clock at once.
        const active = await manager.find(database_1.DeadlineRuleEntity, { where: { active: true } });
        for (const d of deadlines) {
            if (d.status !== 'running' && d.status !== 'stopped')
                continue;
            const rule = rulesById.get(d.ruleId);
            if (rule.metOn.includes(to)) {
                Object.assign(d, { status: 'met', metAt: at, nextActionAt: null });
            }
            else if (contracts_1.TERMINAL_STATUSES.includes(to)) {
                Object.assign(d, { status: 'cancelled', nextActionAt: null });
            }
            else if (d.status === 'running' && rule.stopsOn.includes(to)) {
                Object.assign(d, { status: 'stopped', stoppedAt: at, nextActionAt: null });
            }
            else if (d.status === 'stopped' && !rule.stopsOn.includes(to)) {
                d.clockStops = [...d.clockStops, [d.stoppedAt.toISOString(), at.toISOString()]];
                Object.assign(d, { status: 'running', stoppedAt: null });
                this.reschedule(calendar, rule, d, at);
            }
            else {
                continue;
            }
            await manager.save(database_1.CaseDeadlineEntity, d);
        }
        for (const rule of deadline_reference_service_1.DeadlineReferenceService.rulesStartingOn(active, kase.kind, to)) {
            const existing = deadlines.find((d) => d.clock === rule.clock);
            const d = existing ?? manager.create(database_1.CaseDeadlineEntity, { id: (0, database_1.newId)(), caseId: kase.id, clock: rule.clock });
            Object.assign(d, {
                ruleId: rule.id,
                status: 'running',
                startedAt: at,
                urgent: kase.priority === contracts_1.CasePriority.Urgent,
                extensions: [],
                clockStops: [],
                stoppedAt: null,
                metAt: null,
            });
            this.reschedule(calendar, rule, d, at);
            await manager.save(database_1.CaseDeadlineEntity, d);
        }
        await this.refreshCase(manager, kase.id);
    }
    /** Grants one more extension of a running clock (the earliest due when none is named), within the rule's limit. */
    async extend(manager, kase, clock, at) {
        const running = (await manager.find(database_1.CaseDeadlineEntity, { where: { caseId: kase.id }, order: { dueAt: 'ASC' } })).filter((d) => (d.status === 'running' || d.status === 'stopped') && (!clock || d.clock === clock));
        const { calendar, rulesById } = await this.reference.getWithRules(running.map((d) => d.ruleId));
        const d = running[0];
        if (!d)
            throw new platform_1.ConflictError(clock ? `The case has no running "${clock}" clock to extend` : 'The case has no running clock to extend');
        const rule = rulesById.get(d.ruleId);
        if (!rule.extensionLength || d.extensions.length >= rule.extensionMaxCount) {
            throw new platform_1.ConflictError(rule.extensionMaxCount === 0
                ? `The "${d.clock}" clock cannot be extended (${rule.source})`
                : `The "${d.clock}" clock was already extended ${d.extensions.length} time(s), the most its rule allows (${rule.source})`);
        }
        const previousDueAt = d.dueAt;
        d.extensions = [...d.extensions, rule.extensionLength];
        this.reschedule(calendar, rule, d, at);
        await manager.save(database_1.CaseDeadlineEntity, d);
        await this.refreshCase(manager, kase.id);
        return { clock: d.clock, previousDueAt, dueAt: d.dueAt, extensionsUsed: d.extensions.length };
    }
    schedule(calendar, rule, d) {
        return (0, deadline_math_1.computeSchedule)(calendar, rule, { startedAt: d.startedAt, urgent: d.urgent, extensions: d.extensions, clockStops: d.clockStops });
    }
    /**
     * Recomputes the clock's instants. Stages whose time has already passed (at a start, a resume or an extension) are
     * marked as done, so no reminder is ever sent for a moment before the clock's current schedule began.
     */
    reschedule(calendar, rule, d, at) {
        const s = this.schedule(calendar, rule, d);
        d.dueAt = s.dueAt;
        d.reminderAt = s.reminderAt;
        d.veryLateAt = s.veryLateAt;
        d.stage = (0, deadline_math_1.stageReachedAt)(s, at);
        d.nextActionAt = (0, deadline_math_1.nextActionAt)(s, d.stage);
    }
    /** Keeps the case's summary columns equal to its running clocks: the earliest due, and the next action. */
    async refreshCase(manager, caseId) {
        await manager.query(`UPDATE cases SET
         due_at = (SELECT min(due_at) FROM case_deadlines WHERE case_id = $1 AND status = 'running'),
         next_due_at = (SELECT min(next_action_at) FROM case_deadlines WHERE case_id = $1 AND status = 'running')
       WHERE id = $1`, [caseId]);
    }
};
exports.DeadlineEngineService = DeadlineEngineService;
exports.DeadlineEngineService = DeadlineEngineService = __decorate([
    (0, common_1.Injectable)(),
    __metadata("design:paramtypes", [deadline_reference_service_1.DeadlineReferenceService])
], DeadlineEngineService);
//# sourceMappingURL=deadline-engine.service.js.map