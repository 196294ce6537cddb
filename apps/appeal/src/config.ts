import { ConfigError, loadConfig, subgraphSettings } from '@erqi/shared/util-config';
import { type Static, Type } from '@sinclair/typebox';
import type { AppealOptions } from './context';
import { workflowOptionsFromEnv } from './policy/workflow-config';

const seconds = (fallback: number, description: string) =>
  Type.Number({ minimum: 0, default: fallback, description });

/** Every variable the appeal subgraph reads: the common ones, then its own. */
export const appealConfigSchema = Type.Object({
  ...subgraphSettings({ port: 4003 }),
  ESCALATION_SCAN_SECONDS: seconds(
    60,
    'how often the 督办 watcher looks for passed deadlines; 0 runs none here (another replica does)',
  ),
  NO_RESPONSE_SCAN_SECONDS: seconds(
    60,
    'how often resolved appeals nobody evaluated in time are closed as NO_RESPONSE; 0 runs none here',
  ),
  PHOTO_SWEEP_SECONDS: seconds(
    3600,
    'how often photos nobody attached to an appeal within a day are deleted; 0 runs none here',
  ),
  ADVICE_SWEEP_SECONDS: seconds(
    300,
    'how often 顾问团 advice unanswered past its due date is escalated to the supervisors (once); 0 runs none here',
  ),
  HANDLING_DEADLINES: Type.Optional(
    Type.String({
      description:
        'handling deadline per mode in working time, e.g. URGENT=8h,JOINT=5d,LEDGER=15d,TRACKED=30d; modes not named keep theirs',
    }),
  ),
  ACKNOWLEDGEMENT_DEADLINES: Type.Optional(
    Type.String({
      description:
        'how long a dispatched department has to report in (报到) per mode, e.g. URGENT=1h,JOINT=4h,LEDGER=1d,TRACKED=1d',
    }),
  ),
  EVALUATION_WINDOW: Type.Optional(
    Type.String({
      description: 'working time an evaluation may take after RESOLVED before NO_RESPONSE, e.g. 5d',
    }),
  ),
  DUPLICATE_WINDOW_DAYS: Type.Number({
    exclusiveMinimum: 0,
    default: 30,
    description: 'days back a new appeal is compared with for duplicates',
  }),
  DUPLICATE_THRESHOLD: Type.Number({
    exclusiveMinimum: 0,
    maximum: 1,
    default: 0.6,
    description: 'title similarity from which an appeal counts as a likely duplicate',
  }),
});

export type AppealConfig = Static<typeof appealConfigSchema>;

/** The closed loop's settings parsed (deadline lists, windows), or a `ConfigError` naming the variable. */
function workflowOptionsOf(config: AppealConfig): ReturnType<typeof workflowOptionsFromEnv> {
  try {
    return workflowOptionsFromEnv({
      HANDLING_DEADLINES: config.HANDLING_DEADLINES,
      ACKNOWLEDGEMENT_DEADLINES: config.ACKNOWLEDGEMENT_DEADLINES,
      EVALUATION_WINDOW: config.EVALUATION_WINDOW,
      DUPLICATE_WINDOW_DAYS: String(config.DUPLICATE_WINDOW_DAYS),
      DUPLICATE_THRESHOLD: String(config.DUPLICATE_THRESHOLD),
      NO_RESPONSE_SCAN_SECONDS: String(config.NO_RESPONSE_SCAN_SECONDS),
    });
  } catch (error) {
    throw new ConfigError('appeal', [error instanceof Error ? error.message : String(error)]);
  }
}

/** Reads and checks the environment; throws a `ConfigError` naming every bad variable. */
export function loadAppealConfig(env: NodeJS.ProcessEnv = process.env): AppealConfig {
  const config = loadConfig('appeal', appealConfigSchema, env);
  workflowOptionsOf(config);
  return config;
}

/** The subgraph's own options, from its config. */
export function appealOptionsFrom(config: AppealConfig): AppealOptions {
  const { workflowPolicy, noResponseScanMs } = workflowOptionsOf(config);
  return {
    workflowPolicy,
    ...(noResponseScanMs ? { noResponseScanMs } : {}),
    ...(config.PHOTO_SWEEP_SECONDS > 0 ? { photoSweepMs: config.PHOTO_SWEEP_SECONDS * 1000 } : {}),
    ...(config.ADVICE_SWEEP_SECONDS > 0
      ? { adviceSweepMs: config.ADVICE_SWEEP_SECONDS * 1000 }
      : {}),
    ...(config.ESCALATION_SCAN_SECONDS > 0
      ? { escalationScanMs: config.ESCALATION_SCAN_SECONDS * 1000 }
      : {}),
  };
}
