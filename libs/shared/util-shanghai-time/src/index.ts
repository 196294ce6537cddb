export {
  addDays,
  type CalendarMonth,
  calendarMonthOf,
  SHANGHAI_UTC_OFFSET_MINUTES,
  shanghaiDateOf,
  shanghaiInstant,
} from './shanghai-time';
