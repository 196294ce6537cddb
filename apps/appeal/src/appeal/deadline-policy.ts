import { HandlingMode } from './appeal.enums';

const DAY_MS = 24 * 60 * 60 * 1000;

/** How many days each handling mode allows, counted in calendar days for now. */
export const HANDLING_DAYS: Readonly<Record<HandlingMode, number>> = {
  [HandlingMode.URGENT]: 1,
  [HandlingMode.JOINT]: 5,
  [HandlingMode.LEDGER]: 15,
  [HandlingMode.TRACKED]: 30,
};

/**
 * When an appeal submitted at `submittedAt` is due. Calendar time: a working-time calendar
 * (weekends, public holidays) replaces this one function later, so every caller goes through it.
 */
export function dueAtFor(handlingMode: HandlingMode, submittedAt: Date): Date {
  return new Date(submittedAt.getTime() + HANDLING_DAYS[handlingMode] * DAY_MS);
}
