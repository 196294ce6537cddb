import { loadConfig, subgraphSettings } from '@erqi/shared/util-config';
import { type Static, Type } from '@sinclair/typebox';
import type { EnterpriseOptions } from './context';
import { enterpriseCodeSecret } from './enterprise-code/code-secret';
import { DEFAULT_ROUTINE_INSPECTIONS_PER_MONTH } from './inspection/inspection.service';

/** Every variable the enterprise subgraph reads: the common ones, then its own. */
export const enterpriseConfigSchema = Type.Object({
  ...subgraphSettings({ port: 4002 }),
  ENTERPRISE_CODE_SECRET: Type.Optional(
    Type.String({
      minLength: 32,
      description:
        'secret enterprise codes (政企码) are signed with, 32 bytes or more; unset: a development secret under .data/',
    }),
  ),
  ROUTINE_INSPECTIONS_PER_MONTH: Type.Integer({
    minimum: 0,
    default: DEFAULT_ROUTINE_INSPECTIONS_PER_MONTH,
    description: 'routine inspections allowed per enterprise per calendar month (无事不扰)',
  }),
  SERVICE_APPLICATION_SCAN_SECONDS: Type.Integer({
    minimum: 0,
    default: 60,
    description:
      '易企办: seconds between scans for lapsed 容缺 supply dates and overdue applications (督办); 0 turns the scan off',
  }),
});

export type EnterpriseConfig = Static<typeof enterpriseConfigSchema>;

/** Reads and checks the environment; throws a `ConfigError` naming every bad variable. */
export function loadEnterpriseConfig(env: NodeJS.ProcessEnv = process.env): EnterpriseConfig {
  return loadConfig('enterprise', enterpriseConfigSchema, env);
}

/** The subgraph's own options, from its config. */
export function enterpriseOptionsFrom(config: EnterpriseConfig): EnterpriseOptions {
  return {
    codeSecret: enterpriseCodeSecret({
      ENTERPRISE_CODE_SECRET: config.ENTERPRISE_CODE_SECRET,
      NODE_ENV: config.NODE_ENV,
    }),
    routineInspectionsPerMonth: config.ROUTINE_INSPECTIONS_PER_MONTH,
    ...(config.SERVICE_APPLICATION_SCAN_SECONDS > 0
      ? { serviceApplicationScanMs: config.SERVICE_APPLICATION_SCAN_SECONDS * 1000 }
      : {}),
  };
}
