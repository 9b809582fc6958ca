"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.WorkingCalendar = exports.DEFAULT_OFFICE_HOURS = void 0;
const local_time_1 = require("./local-time");
exports.DEFAULT_OFFICE_HOURS = [
    ['07:30', '11:30'],
    ['13:30', '17:00'],
];
const MS_PER_MINUTE = 60_000;
const END_OF_DAY_SECONDS = 23 * 3600 + 59 * 60 + 59;
/**
 * Due-date arithmetic on the civil-servant calendar, following legal/README.md. Pure: every result depends
 * only on the arguments and the dates given to the constructor.
 */
class WorkingCalendar {
    nonWorkingDates;
    makeUpWorkingDates;
    officeBlocks;
    constructor(options) {
        this.nonWorkingDates = new Set(options.nonWorkingDates.map(validatedLocalDate));
        this.makeUpWorkingDates = new Set(options.makeUpWorkingDates.map(validatedLocalDate));
        this.officeBlocks = parseOfficeHours(options.officeHours ?? exports.DEFAULT_OFFICE_HOURS);
    }
    /** Mon-Fri and not listed as non-working, or listed as a make-up working day (legal/README.md, convention 2). */
    isWorkingDay(localDate) {
        if (this.makeUpWorkingDates.has(localDate))
            return true;
        return !(0, local_time_1.isWeekend)(localDate) && !this.nonWorkingDates.has(localDate);
    }
    /**
     * End of the last office block (17:00) of the n-th working day after the local date of `start`. The start day is
     * never counted (BLDS 2015 Điều 147(2)) and the time of day of `start` is ignored.
     */
    addWorkingDays(start, n) {
        (0, local_time_1.assertValidInstant)(start, 'start');
        assertPositiveInteger(n, 'working days');
        let date = (0, local_time_1.localDateOf)(start);
        for (let counted = 0; counted < n;) {
            date = (0, local_time_1.addDaysToLocalDate)(date, 1);
            if (this.isWorkingDay(date))
                counted += 1;
        }
        return this.endOfOfficeDay(date);
    }
    /**
     * 23:59:59 of D + n. Rest days inside the period count, but a period whose last day is a rest day ends at the end
     * of the next working day (BLDS 2015 Điều 148(1), (5), (6)).
     */
    addCalendarDays(start, n) {
        (0, local_time_1.assertValidInstant)(start, 'start');
        assertPositiveInteger(n, 'calendar days');
        let lastDay = (0, local_time_1.addDaysToLocalDate)((0, local_time_1.localDateOf)(start), n);
        while (!this.isWorkingDay(lastDay))
            lastDay = (0, local_time_1.addDaysToLocalDate)(lastDay, 1);
        return (0, local_time_1.instantAtLocal)(lastDay, 0, END_OF_DAY_SECONDS);
    }
    addWorkingHours(start, hours) {
        return this.addWorkingMinutes(start, hours * 60);
    }
    /**
     * Consumes `minutes` of office time from `start` (or from the next office instant if `start` is outside office
     * hours). The result is the instant the last minute is used, so a count ending exactly at a block end gives that
     * block end (11:30, 17:00), not the start of the next block. Zero minutes give `start` unchanged.
     */
    addWorkingMinutes(start, minutes) {
        (0, local_time_1.assertValidInstant)(start, 'start');
        assertNonNegativeFinite(minutes, 'working minutes');
        return new Date(this.addOfficeMilliseconds(start.getTime(), minutes * MS_PER_MINUTE));
    }
    /** Office minutes inside [a, b); 0 when b <= a. Fractional when an instant is not on a whole minute. */
    workingMinutesBetween(a, b) {
        (0, local_time_1.assertValidInstant)(a, 'a');
        (0, local_time_1.assertValidInstant)(b, 'b');
        return this.officeMillisecondsBetween(a.getTime(), b.getTime()) / MS_PER_MINUTE;
    }
    /**
     * Working days d with date(a) < d <= date(b), negated when b is before a, so that
     * workingDaysBetween(a, b) === -workingDaysBetween(b, a). Times of day are ignored.
     */
    workingDaysBetween(a, b) {
        const from = (0, local_time_1.dayNumberOf)((0, local_time_1.localDateOf)(a));
        const to = (0, local_time_1.dayNumberOf)((0, local_time_1.localDateOf)(b));
        if (to < from)
            return -this.workingDaysBetween(b, a);
        let count = 0;
        for (let day = from + 1; day <= to; day += 1) {
            if (this.isWorkingDay((0, local_time_1.localDateOfDayNumber)(day)))
                count += 1;
        }
        return count;
    }
    /**
     * Advances `nominalDue` by the office time inside the stops, with the block rules of working hours
     * (legal/README.md, "clockStops"). Overlapping stops count once. A stop must begin while the clock is still
     * running, i.e. before the due date as already pushed by the earlier stops; a stop that ends after the nominal due
     * is accepted, and gives the same result as pausing the clock for its duration.
     */
    applyClockStops(nominalDue, stops) {
        (0, local_time_1.assertValidInstant)(nominalDue, 'nominalDue');
        let due = nominalDue.getTime();
        for (const stop of mergeOverlapping(stops.map(toInterval))) {
            if (stop.from >= due) {
                throw new RangeError(`Clock stop starting ${new Date(stop.from).toISOString()} begins after the due date ` +
                    `${new Date(due).toISOString()}: the clock had already run out`);
            }
            due = this.addOfficeMilliseconds(due, this.officeMillisecondsBetween(stop.from, stop.to));
        }
        return new Date(due);
    }
    /** Extensions are added to the length, counted from the start; clock stops come last (legal/README.md). */
    computeDue(request) {
        const { start, unit, length, extensions = [], clockStops = [] } = request;
        extensions.forEach((extension) => assertNonNegativeFinite(extension, 'extension'));
        const total = extensions.reduce((sum, extension) => sum + extension, length);
        if (unit === 'calendar_days') {
            if (clockStops.length > 0) {
                throw new Error('Clock stops are not defined for calendar_days deadlines (legal/README.md, "clockStops")');
            }
            return this.addCalendarDays(start, total);
        }
        const nominalDue = unit === 'working_days' ? this.addWorkingDays(start, total) : this.addWorkingHours(start, total);
        return this.applyClockStops(nominalDue, clockStops);
    }
    endOfOfficeDay(localDate) {
        return (0, local_time_1.instantAtLocal)(localDate, this.officeBlocks[this.officeBlocks.length - 1].endMinute);
    }
    officeIntervalsOn(localDate) {
        if (!this.isWorkingDay(localDate))
            return [];
        return this.officeBlocks.map((block) => ({
            from: (0, local_time_1.instantAtLocal)(localDate, block.startMinute).getTime(),
            to: (0, local_time_1.instantAtLocal)(localDate, block.endMinute).getTime(),
        }));
    }
    addOfficeMilliseconds(startMs, amountMs) {
        if (amountMs === 0)
            return startMs;
        let remaining = amountMs;
        // The loop ends: the calendar lists finitely many non-working dates and every office block is non-empty.
        for (let date = (0, local_time_1.localDateOf)(new Date(startMs));; date = (0, local_time_1.addDaysToLocalDate)(date, 1)) {
            for (const block of this.officeIntervalsOn(date)) {
                if (startMs >= block.to)
                    continue;
                const usableFrom = Math.max(startMs, block.from);
                const available = block.to - usableFrom;
                if (remaining <= available)
                    return usableFrom + remaining;
                remaining -= available;
            }
        }
    }
    officeMillisecondsBetween(fromMs, toMs) {
        if (toMs <= fromMs)
            return 0;
        const lastDate = (0, local_time_1.localDateOf)(new Date(toMs));
        let total = 0;
        for (let date = (0, local_time_1.localDateOf)(new Date(fromMs)); date <= lastDate; date = (0, local_time_1.addDaysToLocalDate)(date, 1)) {
            for (const block of this.officeIntervalsOn(date)) {
                total += Math.max(0, Math.min(toMs, block.to) - Math.max(fromMs, block.from));
            }
        }
        return total;
    }
}
exports.WorkingCalendar = WorkingCalendar;
function validatedLocalDate(localDate) {
    (0, local_time_1.dayNumberOf)(localDate);
    return localDate;
}
function parseOfficeHours(ranges) {
    if (ranges.length === 0)
        throw new RangeError('officeHours needs at least one block');
    const blocks = ranges.map(([start, end]) => ({ startMinute: (0, local_time_1.minuteOfDayOf)(start), endMinute: (0, local_time_1.minuteOfDayOf)(end) }));
    blocks.forEach((block, index) => {
        const previousEnd = index === 0 ? 0 : blocks[index - 1].endMinute;
        if (block.startMinute >= block.endMinute || block.startMinute < previousEnd) {
            throw new RangeError(`officeHours must be non-empty blocks in increasing order, got ${JSON.stringify(ranges)}`);
        }
    });
    return blocks;
}
function toInterval([from, to]) {
    (0, local_time_1.assertValidInstant)(from, 'clock stop start');
    (0, local_time_1.assertValidInstant)(to, 'clock stop end');
    if (to.getTime() < from.getTime()) {
        throw new RangeError(`Clock stop ends (${to.toISOString()}) before it starts (${from.toISOString()})`);
    }
    return { from: from.getTime(), to: to.getTime() };
}
function mergeOverlapping(intervals) {
    const sorted = [...intervals].sort((x, y) => x.from - y.from);
    return sorted.reduce((merged, interval) => {
        const last = merged[merged.length - 1];
        if (last && interval.from <= last.to) {
            merged[merged.length - 1] = { from: last.from, to: Math.max(last.to, interval.to) };
        }
        else {
            merged.push(interval);
        }
        return merged;
    }, []);
}
function assertPositiveInteger(value, label) {
    if (!Number.isInteger(value) || value < 1)
        throw new RangeError(`${label} must be a positive integer, got ${value}`);
}
function assertNonNegativeFinite(value, label) {
    if (!Number.isFinite(value) || value < 0)
        throw new RangeError(`${label} must be a finite number >= 0, got ${value}`);
}
//# sourceMappingURL=working-calendar.js.map