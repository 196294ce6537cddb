import {
  addWorkingDuration,
  type WorkingCalendar,
  type WorkingDuration,
} from '@erqi/shared/util-working-calendar';
import { HandlingMode } from '@erqi/appeal/util-contract';

/** How much working time each handling mode allows (configurable: `HANDLING_DEADLINES`). */
export const HANDLING_DEADLINES: Readonly<Record<HandlingMode, WorkingDuration>> = {
  [HandlingMode.URGENT]: { workingHours: 8 },
  [HandlingMode.JOINT]: { workingDays: 5 },
  [HandlingMode.LEDGER]: { workingDays: 15 },
  [HandlingMode.TRACKED]: { workingDays: 30 },
};

/**
 * How much working time a dispatched department has to report in (报到) under each handling mode
 * (configurable: `ACKNOWLEDGEMENT_DEADLINES`); never later than the appeal is due.
 */
export const ACKNOWLEDGEMENT_DEADLINES: Readonly<Record<HandlingMode, WorkingDuration>> = {
  [HandlingMode.URGENT]: { workingHours: 1 },
  [HandlingMode.JOINT]: { workingHours: 4 },
  [HandlingMode.LEDGER]: { workingDays: 1 },
  [HandlingMode.TRACKED]: { workingDays: 1 },
};

/**
 * When an appeal of `handlingMode` is due when its clock starts at `from` (submission, or a reopening
 * for rectification): counted in working time, so weekends and public holidays do not count and
 * make-up working days (调休) do. Every deadline goes through this one function.
 */
export function dueAtFor(
  handlingMode: HandlingMode,
  from: Date,
  calendar: WorkingCalendar,
  deadlines: Readonly<Record<HandlingMode, WorkingDuration>> = HANDLING_DEADLINES,
): Date {
  return addWorkingDuration(calendar, from, deadlines[handlingMode]);
}
