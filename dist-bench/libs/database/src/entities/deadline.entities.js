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
exports.CaseDeadlineEntity = exports.CalendarDayEntity = exports.DeadlineRuleEntity = void 0;
const typeorm_1 = require("typeorm");
const numeric = { to: (v) => v, from: (v) => (v === null ? null : Number(v)) };
const numericArray = { to: (v) => v, from: (v) => (v ?? []).map(Number) };
/** A legal or practical clock, stored as data and versioned (DESIGN.md §3). */
let DeadlineRuleEntity = class DeadlineRuleEntity {
    id;
    /** Null: the rule applies to every kind without a rule of its own for the same clock. */
    kind;
    clock;
    version;
    startsOn;
    metOn;
    length;
    urgentLength;
    urgentUnit;
    unit;
    extensionLength;
    extensionMaxCount;
    stopsOn;
    source;
    active;
    createdAt;
    createdBy;
};
exports.DeadlineRuleEntity = DeadlineRuleEntity;
__decorate([
    (0, typeorm_1.PrimaryColumn)('uuid'),
    __metadata("design:type", String)
], DeadlineRuleEntity.prototype, "id", void 0);
__decorate([
    (0, typeorm_1.Column)('text', { nullable: true }),
    __metadata("design:type", Object)
], DeadlineRuleEntity.prototype, "kind", void 0);
__decorate([
    (0, typeorm_1.Column)('text'),
    __metadata("design:type", String)
], DeadlineRuleEntity.prototype, "clock", void 0);
__decorate([
    (0, typeorm_1.Column)('int'),
    __metadata("design:type", Number)
], DeadlineRuleEntity.prototype, "version", void 0);
__decorate([
    (0, typeorm_1.Column)('text', { name: 'starts_on', array: true }),
    __metadata("design:type", Array)
], DeadlineRuleEntity.prototype, "startsOn", void 0);
__decorate([
    (0, typeorm_1.Column)('text', { name: 'met_on', array: true }),
    __metadata("design:type", Array)
], DeadlineRuleEntity.prototype, "metOn", void 0);
__decorate([
    (0, typeorm_1.Column)('numeric', { transformer: numeric }),
    __metadata("design:type", Number)
], DeadlineRuleEntity.prototype, "length", void 0);
__decorate([
    (0, typeorm_1.Column)('numeric', { name: 'urgent_length', nullable: true, transformer: numeric }),
    __metadata("design:type", Object)
], DeadlineRuleEntity.prototype, "urgentLength", void 0);
__decorate([
    (0, typeorm_1.Column)('text', { name: 'urgent_unit', nullable: true }),
    __metadata("design:type", Object)
], DeadlineRuleEntity.prototype, "urgentUnit", void 0);
__decorate([
    (0, typeorm_1.Column)('text'),
    __metadata("design:type", String)
], DeadlineRuleEntity.prototype, "unit", void 0);
__decorate([
    (0, typeorm_1.Column)('numeric', { name: 'extension_length', nullable: true, transformer: numeric }),
    __metadata("design:type", Object)
], DeadlineRuleEntity.prototype, "extensionLength", void 0);
__decorate([
    (0, typeorm_1.Column)('int', { name: 'extension_max_count', default: 0 }),
    __metadata("design:type", Number)
], DeadlineRuleEntity.prototype, "extensionMaxCount", void 0);
__decorate([
    (0, typeorm_1.Column)('text', { name: 'stops_on', array: true, default: '{}' }),
    __metadata("design:type", Array)
], DeadlineRuleEntity.prototype, "stopsOn", void 0);
__decorate([
    (0, typeorm_1.Column)('text'),
    __metadata("design:type", String)
], DeadlineRuleEntity.prototype, "source", void 0);
__decorate([
    (0, typeorm_1.Column)('boolean', { default: true }),
    __metadata("design:type", Boolean)
], DeadlineRuleEntity.prototype, "active", void 0);
__decorate([
    (0, typeorm_1.CreateDateColumn)({ name: 'created_at', type: 'timestamptz' }),
    __metadata("design:type", Date)
], DeadlineRuleEntity.prototype, "createdAt", void 0);
__decorate([
    (0, typeorm_1.Column)('uuid', { name: 'created_by', nullable: true }),
    __metadata("design:type", Object)
], DeadlineRuleEntity.prototype, "createdBy", void 0);
exports.DeadlineRuleEntity = DeadlineRuleEntity = __decorate([
    (0, typeorm_1.Entity)('deadline_rules')
], DeadlineRuleEntity);
/** A date that differs from the Monday–Friday week. */
let CalendarDayEntity = class CalendarDayEntity {
    date;
    working;
    kind;
    name;
    source;
    verified;
};
exports.CalendarDayEntity = CalendarDayEntity;
__decorate([
    (0, typeorm_1.PrimaryColumn)('date'),
    __metadata("design:type", String)
], CalendarDayEntity.prototype, "date", void 0);
__decorate([
    (0, typeorm_1.Column)('boolean'),
    __metadata("design:type", Boolean)
], CalendarDayEntity.prototype, "working", void 0);
__decorate([
    (0, typeorm_1.Column)('text'),
    __metadata("design:type", String)
], CalendarDayEntity.prototype, "kind", void 0);
__decorate([
    (0, typeorm_1.Column)('text'),
    __metadata("design:type", String)
], CalendarDayEntity.prototype, "name", void 0);
__decorate([
    (0, typeorm_1.Column)('text', { nullable: true }),
    __metadata("design:type", Object)
], CalendarDayEntity.prototype, "source", void 0);
__decorate([
    (0, typeorm_1.Column)('boolean', { default: false }),
    __metadata("design:type", Boolean)
], CalendarDayEntity.prototype, "verified", void 0);
exports.CalendarDayEntity = CalendarDayEntity = __decorate([
    (0, typeorm_1.Entity)('calendar_days')
], CalendarDayEntity);
/** One clock of one case, computed with the rule version it started with. */
let CaseDeadlineEntity = class CaseDeadlineEntity {
    id;
    caseId;
    clock;
    ruleId;
    status;
    startedAt;
    urgent;
    extensions;
    /** [[from, to], ...] ISO instants while the clock was stopped (awaiting the citizen). */
    clockStops;
    stoppedAt;
    dueAt;
    veryLateAt;
    reminderAt;
    /** 0 nothing sent, 1 reminder, 2 due today, 3 overdue, 4 very late. */
    stage;
    nextActionAt;
    metAt;
};
exports.CaseDeadlineEntity = CaseDeadlineEntity;
__decorate([
    (0, typeorm_1.PrimaryColumn)('uuid'),
    __metadata("design:type", String)
], CaseDeadlineEntity.prototype, "id", void 0);
__decorate([
    (0, typeorm_1.Column)('uuid', { name: 'case_id' }),
    __metadata("design:type", String)
], CaseDeadlineEntity.prototype, "caseId", void 0);
__decorate([
    (0, typeorm_1.Column)('text'),
    __metadata("design:type", String)
], CaseDeadlineEntity.prototype, "clock", void 0);
__decorate([
    (0, typeorm_1.Column)('uuid', { name: 'rule_id' }),
    __metadata("design:type", String)
], CaseDeadlineEntity.prototype, "ruleId", void 0);
__decorate([
    (0, typeorm_1.Column)('text'),
    __metadata("design:type", String)
], CaseDeadlineEntity.prototype, "status", void 0);
__decorate([
    (0, typeorm_1.Column)('timestamptz', { name: 'started_at' }),
    __metadata("design:type", Date)
], CaseDeadlineEntity.prototype, "startedAt", void 0);
__decorate([
    (0, typeorm_1.Column)('boolean', { default: false }),
    __metadata("design:type", Boolean)
], CaseDeadlineEntity.prototype, "urgent", void 0);
__decorate([
    (0, typeorm_1.Column)('numeric', { array: true, default: '{}', transformer: numericArray }),
    __metadata("design:type", Array)
], CaseDeadlineEntity.prototype, "extensions", void 0);
__decorate([
    (0, typeorm_1.Column)('jsonb', { name: 'clock_stops', default: [] }),
    __metadata("design:type", Array)
], CaseDeadlineEntity.prototype, "clockStops", void 0);
__decorate([
    (0, typeorm_1.Column)('timestamptz', { name: 'stopped_at', nullable: true }),
    __metadata("design:type", Object)
], CaseDeadlineEntity.prototype, "stoppedAt", void 0);
__decorate([
    (0, typeorm_1.Column)('timestamptz', { name: 'due_at' }),
    __metadata("design:type", Date)
], CaseDeadlineEntity.prototype, "dueAt", void 0);
__decorate([
    (0, typeorm_1.Column)('timestamptz', { name: 'very_late_at' }),
    __metadata("design:type", Date)
], CaseDeadlineEntity.prototype, "veryLateAt", void 0);
__decorate([
    (0, typeorm_1.Column)('timestamptz', { name: 'reminder_at' }),
    __metadata("design:type", Date)
], CaseDeadlineEntity.prototype, "reminderAt", void 0);
__decorate([
    (0, typeorm_1.Column)('int', { default: 0 }),
    __metadata("design:type", Number)
], CaseDeadlineEntity.prototype, "stage", void 0);
__decorate([
    (0, typeorm_1.Column)('timestamptz', { name: 'next_action_at', nullable: true }),
    __metadata("design:type", Object)
], CaseDeadlineEntity.prototype, "nextActionAt", void 0);
__decorate([
    (0, typeorm_1.Column)('timestamptz', { name: 'met_at', nullable: true }),
    __metadata("design:type", Object)
], CaseDeadlineEntity.prototype, "metAt", void 0);
exports.CaseDeadlineEntity = CaseDeadlineEntity = __decorate([
    (0, typeorm_1.Entity)('case_deadlines')
], CaseDeadlineEntity);
//# sourceMappingURL=deadline.entities.js.map