import { loadConfig, subgraphSettings } from '@erqi/shared/util-config';
import { type Static, Type } from '@sinclair/typebox';
import type { VolunteerOptions } from './context';

/** Every variable the volunteer subgraph reads: the common ones, then its own. */
export const volunteerConfigSchema = Type.Object({
  ...subgraphSettings({ port: 4004 }),
});

export type VolunteerConfig = Static<typeof volunteerConfigSchema>;

/** Reads and checks the environment; throws a `ConfigError` naming every bad variable. */
export function loadVolunteerConfig(env: NodeJS.ProcessEnv = process.env): VolunteerConfig {
  return loadConfig('volunteer', volunteerConfigSchema, env);
}

/** The subgraph's own options, from its config. */
export function volunteerOptionsFrom(_config: VolunteerConfig): VolunteerOptions {
  return {};
}
