import { WorkingCalendar, type WorkingDuration } from '@erqi/shared/util-working-calendar';
import type { HandlingMode } from '@erqi/appeal/util-contract';
import { ACKNOWLEDGEMENT_DEADLINES, HANDLING_DEADLINES } from './deadline-policy';
import { DEFAULT_DUPLICATE_SETTINGS, type DuplicateSettings } from './duplicate-settings';

/** The rules of the closed loop that a district configures. */
export interface WorkflowPolicy {
  /** Working days, holidays and make-up days that deadlines are counted in. */
  calendar: WorkingCalendar;
  /** How long each handling mode allows, from submission or from a reopening. */
  handlingDeadlines: Readonly<Record<HandlingMode, WorkingDuration>>;
  /** How long a dispatched department has to report in (报到) under each handling mode, capped by the appeal's deadline. */
  acknowledgementDeadlines: Readonly<Record<HandlingMode, WorkingDuration>>;
  /** How long after RESOLVED an evaluation may come before the case closes as NO_RESPONSE. */
  evaluationWindow: WorkingDuration;
  duplicates: DuplicateSettings;
}

/** @default 5 working days to evaluate */
export const DEFAULT_EVALUATION_WINDOW: WorkingDuration = { workingDays: 5 };

export function workflowPolicy(overrides: Partial<WorkflowPolicy> = {}): WorkflowPolicy {
  return {
    calendar: overrides.calendar ?? new WorkingCalendar(),
    handlingDeadlines: overrides.handlingDeadlines ?? HANDLING_DEADLINES,
    acknowledgementDeadlines: overrides.acknowledgementDeadlines ?? ACKNOWLEDGEMENT_DEADLINES,
    evaluationWindow: overrides.evaluationWindow ?? DEFAULT_EVALUATION_WINDOW,
    duplicates: overrides.duplicates ?? DEFAULT_DUPLICATE_SETTINGS,
  };
}
