import { loadConfig, subgraphSettings } from '@erqi/shared/util-config';
import { type Static, Type } from '@sinclair/typebox';
import type { GridOptions } from './context';

/** Every variable the grid subgraph reads: the common ones, then its own. */
export const gridConfigSchema = Type.Object({
  ...subgraphSettings({ port: 4001 }),
});

export type GridConfig = Static<typeof gridConfigSchema>;

/** Reads and checks the environment; throws a `ConfigError` naming every bad variable. */
export function loadGridConfig(env: NodeJS.ProcessEnv = process.env): GridConfig {
  return loadConfig('grid', gridConfigSchema, env);
}

/** The subgraph's own options, from its config. */
export function gridOptionsFrom(_config: GridConfig): GridOptions {
  return {};
}
