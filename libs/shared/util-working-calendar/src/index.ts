export { WorkingCalendar, type WorkingCalendarOptions } from './working-calendar';
export {
  addWorkingDuration,
  describeWorkingDuration,
  parseWorkingDuration,
  type WorkingDuration,
} from './working-duration';
