"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.STAGE_NAMES = exports.Stage = void 0;
exports.computeSchedule = computeSchedule;
exports.stageTime = stageTime;
exports.stageReachedAt = stageReachedAt;
exports.nextActionAt = nextActionAt;
const local_time_1 = require("../calendar/local-time");
var Stage;
(function (Stage) {
    Stage[Stage["None"] = 0] = "None";
    Stage[Stage["Reminder"] = 1] = "Reminder";
    Stage[Stage["DueDay"] = 2] = "DueDay";
    Stage[Stage["Overdue"] = 3] = "Overdue";
    Stage[Stage["VeryLate"] = 4] = "VeryLate";
})(Stage || (exports.Stage = Stage = {}));
exports.STAGE_NAMES = {
    [Stage.Reminder]: 'reminder',
    [Stage.DueDay]: 'due-today',
    [Stage.Overdue]: 'overdue',
    [Stage.VeryLate]: 'very-late',
};
const VERY_LATE_WORKING_DAYS = 5;
const REMINDER_WORKING_DAYS = 2;
/** The working day `n` working days before `localDate` (n ≥ 1). */
function workingDayBefore(calendar, localDate, n) {
    let date = localDate;
    for (let found = 0; found < n;) {
        date = (0, local_time_1.addDaysToLocalDate)(date, -1);
        if (calendar.isWorkingDay(date))
            found += 1;
    }
    return date;
}
/** The first working day on or after `localDate`. */
function workingDayFrom(calendar, localDate) {
    let date = localDate;
    while (!calendar.isWorkingDay(date))
        date = (0, local_time_1.addDaysToLocalDate)(date, 1);
    return date;
}
function computeSchedule(calendar, rule, state, officeOpens = '07:30') {
    const urgent = state.urgent && rule.urgentLength !== null;
    const unit = urgent ? (rule.urgentUnit ?? rule.unit) : rule.unit;
    const dueAt = calendar.computeDue({
        start: state.startedAt,
        unit,
        length: urgent ? rule.urgentLength : rule.length,
        extensions: state.extensions,
        // Clock stops are defined in office time; a calendar-day period runs through them (legal/README.md).
        clockStops: unit === 'calendar_days' ? undefined : state.clockStops.map(([from, to]) => [new Date(from), new Date(to)]),
    });
    const dueDate = workingDayFrom(calendar, (0, local_time_1.localDateOf)(dueAt));
    const opens = (0, local_time_1.minuteOfDayOf)(officeOpens);
    return {
        reminderAt: (0, local_time_1.instantAtLocal)(workingDayBefore(calendar, dueDate, REMINDER_WORKING_DAYS), opens),
        dueDayAt: (0, local_time_1.instantAtLocal)(dueDate, opens),
        dueAt,
        veryLateAt: calendar.addWorkingDays(dueAt, VERY_LATE_WORKING_DAYS),
    };
}
function stageTime(schedule, stage) {
    switch (stage) {
        case Stage.Reminder:
            return schedule.reminderAt;
        case Stage.DueDay:
            return schedule.dueDayAt;
        case Stage.Overdue:
            return schedule.dueAt;
        case Stage.VeryLate:
            return schedule.veryLateAt;
        default:
            throw new Error(`no time for stage ${stage}`);
    }
}
/** The last stage whose time has come at `now` (Stage.None if none). */
function stageReachedAt(schedule, now) {
    let reached = Stage.None;
    for (const stage of [Stage.Reminder, Stage.DueDay, Stage.Overdue, Stage.VeryLate]) {
        if (stageTime(schedule, stage).getTime() <= now.getTime())
            reached = stage;
    }
    return reached;
}
/** When the engine must next look at a clock that has reached `stage`; null after "very late". */
function nextActionAt(schedule, stage) {
    return stage >= Stage.VeryLate ? null : stageTime(schedule, (stage + 1));
}
//# sourceMappingURL=deadline-math.js.map