"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.scheduleForYear = exports.officialSchedule2026_2027 = exports.lunarDatesOf = exports.holidaysForYear = exports.computedScheduleForYear = exports.calendarForYears = exports.LUNAR_TABLE_YEARS = exports.WorkingCalendar = exports.DEFAULT_OFFICE_HOURS = exports.weekdayOf = exports.localDateOf = exports.formatLocal = void 0;
var local_time_1 = require("./local-time");
Object.defineProperty(exports, "formatLocal", { enumerable: true, get: function () { return local_time_1.formatLocal; } });
Object.defineProperty(exports, "localDateOf", { enumerable: true, get: function () { return local_time_1.localDateOf; } });
Object.defineProperty(exports, "weekdayOf", { enumerable: true, get: function () { return local_time_1.weekdayOf; } });
var working_calendar_1 = require("./working-calendar");
Object.defineProperty(exports, "DEFAULT_OFFICE_HOURS", { enumerable: true, get: function () { return working_calendar_1.DEFAULT_OFFICE_HOURS; } });
Object.defineProperty(exports, "WorkingCalendar", { enumerable: true, get: function () { return working_calendar_1.WorkingCalendar; } });
var vietnam_holidays_1 = require("./vietnam-holidays");
Object.defineProperty(exports, "LUNAR_TABLE_YEARS", { enumerable: true, get: function () { return vietnam_holidays_1.LUNAR_TABLE_YEARS; } });
Object.defineProperty(exports, "calendarForYears", { enumerable: true, get: function () { return vietnam_holidays_1.calendarForYears; } });
Object.defineProperty(exports, "computedScheduleForYear", { enumerable: true, get: function () { return vietnam_holidays_1.computedScheduleForYear; } });
Object.defineProperty(exports, "holidaysForYear", { enumerable: true, get: function () { return vietnam_holidays_1.holidaysForYear; } });
Object.defineProperty(exports, "lunarDatesOf", { enumerable: true, get: function () { return vietnam_holidays_1.lunarDatesOf; } });
Object.defineProperty(exports, "officialSchedule2026_2027", { enumerable: true, get: function () { return vietnam_holidays_1.officialSchedule2026_2027; } });
Object.defineProperty(exports, "scheduleForYear", { enumerable: true, get: function () { return vietnam_holidays_1.scheduleForYear; } });
//# sourceMappingURL=index.js.map