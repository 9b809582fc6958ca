export {
  DEFAULT_OFFICE_HOURS,
  WorkingCalendar,
  type ClockStop,
  type DeadlineUnit,
  type DueDateRequest,
  type TimeOfDayRange,
  type WorkingCalendarOptions,
} from './working-calendar';
export {
  LUNAR_TABLE_YEARS,
  calendarForYears,
  computedScheduleForYear,
  holidaysForYear,
  lunarDatesOf,
  officialSchedule2026_2027,
  scheduleForYear,
  type CalendarDates,
  type LunarYearDates,
  type NonWorkingDayKind,
  type NonWorkingWeekday,
  type OfficialSchedules,
  type YearSchedule,
} from './vietnam-holidays';
