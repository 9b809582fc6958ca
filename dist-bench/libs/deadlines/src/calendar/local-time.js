"use strict";
/**
 * Local time of Asia/Ho_Chi_Minh done with plain UTC arithmetic: the zone is a fixed +07:00 with no
 * daylight saving time, so no timezone library is needed (legal/README.md, calendar convention 4).
 *
 * A local date is a 'YYYY-MM-DD' string; a day number counts days since 1970-01-01 (local).
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.LOCAL_UTC_OFFSET = void 0;
exports.assertValidInstant = assertValidInstant;
exports.dayNumberOf = dayNumberOf;
exports.localDateOfDayNumber = localDateOfDayNumber;
exports.addDaysToLocalDate = addDaysToLocalDate;
exports.weekdayOf = weekdayOf;
exports.isWeekend = isWeekend;
exports.localDateOf = localDateOf;
exports.instantAtLocal = instantAtLocal;
exports.minuteOfDayOf = minuteOfDayOf;
exports.formatLocal = formatLocal;
exports.LOCAL_UTC_OFFSET = '+07:00';
const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;
const LOCAL_OFFSET_MS = 7 * 60 * MS_PER_MINUTE;
const LOCAL_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_OF_DAY_PATTERN = /^(\d{2}):(\d{2})$/;
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
function assertValidInstant(instant, label = 'instant') {
    if (!(instant instanceof Date) || Number.isNaN(instant.getTime())) {
        throw new TypeError(`${label} must be a valid Date, got ${String(instant)}`);
    }
}
function dayNumberOf(localDate) {
    const match = LOCAL_DATE_PATTERN.exec(localDate);
    if (!match)
        throw new RangeError(`Expected a local date 'YYYY-MM-DD', got '${localDate}'`);
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const utcMidnight = Date.UTC(year, month - 1, day);
    if (new Date(utcMidnight).getUTCDate() !== day || new Date(utcMidnight).getUTCMonth() !== month - 1) {
        throw new RangeError(`'${localDate}' is not a calendar date`);
    }
    return utcMidnight / MS_PER_DAY;
}
function localDateOfDayNumber(dayNumber) {
    return new Date(dayNumber * MS_PER_DAY).toISOString().slice(0, 10);
}
function addDaysToLocalDate(localDate, days) {
    return localDateOfDayNumber(dayNumberOf(localDate) + days);
}
function weekdayOf(localDate) {
    return WEEKDAYS[new Date(dayNumberOf(localDate) * MS_PER_DAY).getUTCDay()];
}
function isWeekend(localDate) {
    const weekday = weekdayOf(localDate);
    return weekday === 'Sat' || weekday === 'Sun';
}
/** The calendar date of an instant is its date at +07:00 (legal/README.md, calendar convention 4). */
function localDateOf(instant) {
    assertValidInstant(instant);
    return new Date(instant.getTime() + LOCAL_OFFSET_MS).toISOString().slice(0, 10);
}
/** The instant at `minuteOfDay` minutes (plus `seconds`) after local midnight of `localDate`. */
function instantAtLocal(localDate, minuteOfDay, seconds = 0) {
    return new Date(dayNumberOf(localDate) * MS_PER_DAY + minuteOfDay * MS_PER_MINUTE + seconds * 1000 - LOCAL_OFFSET_MS);
}
/** 'HH:MM' to minutes after midnight; '24:00' is accepted as the end of the day. */
function minuteOfDayOf(timeOfDay) {
    const match = TIME_OF_DAY_PATTERN.exec(timeOfDay);
    const minutes = match ? Number(match[1]) * 60 + Number(match[2]) : Number.NaN;
    if (!match || Number(match[2]) > 59 || minutes > 24 * 60) {
        throw new RangeError(`Expected a time of day 'HH:MM', got '${timeOfDay}'`);
    }
    return minutes;
}
/** `YYYY-MM-DDTHH:MM:SS+07:00`, the output format of legal/README.md (milliseconds are dropped). */
function formatLocal(instant) {
    assertValidInstant(instant);
    return `${new Date(instant.getTime() + LOCAL_OFFSET_MS).toISOString().slice(0, 19)}${exports.LOCAL_UTC_OFFSET}`;
}
//# sourceMappingURL=local-time.js.map