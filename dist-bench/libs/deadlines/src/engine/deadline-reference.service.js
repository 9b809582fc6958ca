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
exports.DeadlineReferenceService = void 0;
const common_1 = require("@nestjs/common");
const typeorm_1 = require("@nestjs/typeorm");
const typeorm_2 = require("typeorm");
const database_1 = require("@hotline/database");
const vietnam_holidays_1 = require("../calendar/vietnam-holidays");
const working_calendar_1 = require("../calendar/working-calendar");
const TTL_MS = 60_000;
/** Years around today that get the statutory holidays computed when no schedule was entered for them. */
const COMPUTED_YEARS_AROUND = 3;
/** The calendar and the deadline rules, cached per process and reloaded after an administrator's edit. */
let DeadlineReferenceService = class DeadlineReferenceService {
    dataSource;
    snapshot;
    constructor(dataSource) {
        this.dataSource = dataSource;
    }
    invalidate() {
        this.snapshot = undefined;
    }
    async get() {
        if (!this.snapshot || Date.now() - this.snapshot.at > TTL_MS) {
            const data = this.load();
            this.snapshot = { at: Date.now(), data };
            data.catch(() => (this.snapshot = undefined));
        }
        return this.snapshot.data;
    }
    /** The snapshot, reloaded first if it lacks one of `ruleIds` (a version created by another process since). */
    async getWithRules(ruleIds) {
        const snapshot = await this.get();
        for (const id of ruleIds) {
            if (!snapshot.rulesById.has(id)) {
                this.invalidate();
                return this.get();
            }
        }
        return snapshot;
    }
    /** The active rules that start a clock for `kind` when a case enters `status`; a kind's own rule beats the generic one. */
    static rulesStartingOn(active, kind, status) {
        const byClock = new Map();
        for (const rule of active) {
            if (rule.kind !== null && rule.kind !== kind)
                continue;
            const current = byClock.get(rule.clock);
            if (!current || (current.kind === null && rule.kind !== null))
                byClock.set(rule.clock, rule);
        }
        return [...byClock.values()].filter((r) => r.startsOn.includes(status));
    }
    async load() {
        const [days, rules] = await Promise.all([
            this.dataSource.getRepository(database_1.CalendarDayEntity).find(),
            this.dataSource.getRepository(database_1.DeadlineRuleEntity).find(),
        ]);
        const enteredYears = new Set(days.map((d) => Number(d.date.slice(0, 4))));
        const nonWorkingDates = days.filter((d) => !d.working).map((d) => d.date);
        const makeUpWorkingDates = days.filter((d) => d.working).map((d) => d.date);
        const thisYear = new Date().getUTCFullYear();
        for (let year = thisYear - COMPUTED_YEARS_AROUND; year <= thisYear + COMPUTED_YEARS_AROUND; year++) {
            if (enteredYears.has(year) || !vietnam_holidays_1.LUNAR_TABLE_YEARS.includes(year))
                continue;
            nonWorkingDates.push(...(0, vietnam_holidays_1.computedScheduleForYear)(year).nonWorkingWeekdays.map((d) => d.date));
        }
        return {
            calendar: new working_calendar_1.WorkingCalendar({ nonWorkingDates, makeUpWorkingDates }),
            rulesById: new Map(rules.map((r) => [r.id, r])),
        };
    }
};
exports.DeadlineReferenceService = DeadlineReferenceService;
exports.DeadlineReferenceService = DeadlineReferenceService = __decorate([
    (0, common_1.Injectable)(),
    __param(0, (0, typeorm_1.InjectDataSource)()),
    __metadata("design:paramtypes", [typeorm_2.DataSource])
], DeadlineReferenceService);
//# sourceMappingURL=deadline-reference.service.js.map