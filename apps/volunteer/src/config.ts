import { loadConfig, subgraphSettings } from '@erqi/shared/util-config';
import { type Static, Type } from '@sinclair/typebox';
import type { VolunteerOptions } from './context';

/** Every variable the volunteer subgraph reads: the common ones, then its own. */
export const volunteerConfigSchema = Type.Object({
  ...subgraphSettings({ port: 4004 }),
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
  return { checkInGraceMinutes: config.VOLUNTEER_CHECK_IN_GRACE_MINUTES };
}
