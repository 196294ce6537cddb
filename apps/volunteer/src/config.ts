import { loadConfig, subgraphSettings } from '@erqi/shared/util-config';
import { type Static, Type } from '@sinclair/typebox';
import type { VolunteerOptions } from './context';
import {
  DEFAULT_TASK_ACCEPT_MINUTES,
  DEFAULT_TASK_ESCALATION_SWEEP_MS,
} from './volunteer-task/task-escalation';

/** Every variable the volunteer subgraph reads: the common ones, then its own. */
export const volunteerConfigSchema = Type.Object({
  ...subgraphSettings({ port: 4004 }),
  VOLUNTEER_TASK_ACCEPT_MINUTES: Type.Number({
    exclusiveMinimum: 0,
    default: DEFAULT_TASK_ACCEPT_MINUTES,
    description:
      'minutes a dispatched task waits for a member to accept it before it is escalated to the team lead (上报队长), once',
  }),
  VOLUNTEER_TASK_ESCALATION_SWEEP_SECONDS: Type.Number({
    minimum: 0,
    default: DEFAULT_TASK_ESCALATION_SWEEP_MS / 1000,
    description:
      'how often this replica looks for tasks nobody accepted in time; 0 runs none here (another replica does)',
  }),
  VOLUNTEER_CHECK_IN_GRACE_MINUTES: Type.Integer({
    minimum: 0,
    maximum: 240,
    default: 30,
    description:
      'Minutes before a shift starts that check-in (签到) opens, and after it ends that check-out (签退) still works',
  }),
});

export type VolunteerConfig = Static<typeof volunteerConfigSchema>;

/** Reads and checks the environment; throws a `ConfigError` naming every bad variable. */
export function loadVolunteerConfig(env: NodeJS.ProcessEnv = process.env): VolunteerConfig {
  return loadConfig('volunteer', volunteerConfigSchema, env);
}

/** The subgraph's own options, from its config. */
export function volunteerOptionsFrom(config: VolunteerConfig): VolunteerOptions {
  return {
    taskAcceptMinutes: config.VOLUNTEER_TASK_ACCEPT_MINUTES,
    taskEscalationSweepMs: config.VOLUNTEER_TASK_ESCALATION_SWEEP_SECONDS * 1000,
    checkInGraceMinutes: config.VOLUNTEER_CHECK_IN_GRACE_MINUTES,
  };
}
