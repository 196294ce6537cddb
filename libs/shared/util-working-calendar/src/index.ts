export {
  CALENDAR_WARNING_DAYS,
  type CalendarDataWarning,
  calendarDataWarning,
} from './calendar-data-warning';
export { CHINA_HOLIDAY_SOURCE, chinaHolidayData, type HolidayData } from './china-holidays';
export { WorkingCalendar, type WorkingCalendarOptions } from './working-calendar';
export {
  addWorkingDuration,
  describeWorkingDuration,
  parseWorkingDuration,
  type WorkingDuration,
} from './working-duration';
export { publishedWorkingCalendar } from './published-calendar';
