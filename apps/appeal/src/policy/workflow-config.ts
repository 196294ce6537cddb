import { HandlingMode } from '@erqi/appeal/util-contract';
import { ACKNOWLEDGEMENT_DEADLINES, HANDLING_DEADLINES } from './deadline-policy';
import { parseWorkingDuration, type WorkingDuration } from '@erqi/shared/util-working-calendar';
import type { WorkflowPolicy } from './workflow-policy';

const DAY_MS = 24 * 60 * 60 * 1000;
/** @default how often resolved appeals are checked for a missing evaluation */
export const DEFAULT_NO_RESPONSE_SCAN_MS = 60_000;

export interface WorkflowEnvOptions {
  workflowPolicy: Partial<WorkflowPolicy>;
  noResponseScanMs: number | undefined;
}

/**
 * The closed loop's settings from the environment (the working calendar itself is the calendar_day table):
 * - `HANDLING_DEADLINES`, e.g. `URGENT=8h,JOINT=5d,LEDGER=15d,TRACKED=30d` (working hours or days; modes not named keep their default)
 * - `ACKNOWLEDGEMENT_DEADLINES`, e.g. `URGENT=1h,JOINT=4h,LEDGER=1d,TRACKED=1d`: how long a dispatched department has to report in (报到), in working time, never past the appeal's deadline
 * - `EVALUATION_WINDOW`, e.g. `5d`: after RESOLVED, how long an evaluation may take before NO_RESPONSE
 * - `DUPLICATE_WINDOW_DAYS` (30) and `DUPLICATE_THRESHOLD` (0.6)
 * - `NO_RESPONSE_SCAN_SECONDS` (60; 0 runs no scan here, another replica does)
 */
export function workflowOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): WorkflowEnvOptions {
  const policy: Partial<WorkflowPolicy> = {};
  const deadlines = env['HANDLING_DEADLINES'];
  if (deadlines)
    policy.handlingDeadlines = parseModeDurations(
      deadlines,
      'HANDLING_DEADLINES',
      HANDLING_DEADLINES,
    );
  const acknowledgements = env['ACKNOWLEDGEMENT_DEADLINES'];
  if (acknowledgements)
    policy.acknowledgementDeadlines = parseModeDurations(
      acknowledgements,
      'ACKNOWLEDGEMENT_DEADLINES',
      ACKNOWLEDGEMENT_DEADLINES,
    );
  if (env['EVALUATION_WINDOW'])
    policy.evaluationWindow = parseWorkingDuration(env['EVALUATION_WINDOW'], 'EVALUATION_WINDOW');
  if (env['DUPLICATE_WINDOW_DAYS'] || env['DUPLICATE_THRESHOLD']) {
    const days = Number(env['DUPLICATE_WINDOW_DAYS'] ?? 30);
    const threshold = Number(env['DUPLICATE_THRESHOLD'] ?? 0.6);
    if (!(days > 0))
      throw new RangeError(
        `DUPLICATE_WINDOW_DAYS must be a positive number of days, not "${env['DUPLICATE_WINDOW_DAYS']}"`,
      );
    if (!(threshold > 0 && threshold <= 1))
      throw new RangeError(
        `DUPLICATE_THRESHOLD must be above 0 and at most 1, not "${env['DUPLICATE_THRESHOLD']}"`,
      );
    policy.duplicates = { windowMs: days * DAY_MS, threshold };
  }
  const scan = env['NO_RESPONSE_SCAN_SECONDS'];
  let noResponseScanMs: number | undefined = DEFAULT_NO_RESPONSE_SCAN_MS;
  if (scan !== undefined && scan !== '') {
    const seconds = Number(scan);
    if (!Number.isFinite(seconds) || seconds < 0)
      throw new RangeError(
        `NO_RESPONSE_SCAN_SECONDS must be 0 or a positive number of seconds, not "${scan}"`,
      );
    noResponseScanMs = seconds === 0 ? undefined : seconds * 1000;
  }
  return { workflowPolicy: policy, noResponseScanMs };
}

/** Reads `MODE=duration,…` (working hours or days); modes not named keep their default. */
function parseModeDurations(
  text: string,
  setting: string,
  defaults: Readonly<Record<HandlingMode, WorkingDuration>>,
): Record<HandlingMode, WorkingDuration> {
  const configured: Record<HandlingMode, WorkingDuration> = { ...defaults };
  for (const part of text.split(',')) {
    const [mode, duration] = part.split('=').map((piece) => piece.trim());
    if (!mode || !(mode in HandlingMode) || !duration)
      throw new RangeError(
        `${setting}: "${part}" is not MODE=duration with a mode of ${Object.values(HandlingMode).join(', ')}`,
      );
    configured[mode as HandlingMode] = parseWorkingDuration(duration, `${setting} ${mode}`);
  }
  return configured;
}
