import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { SYSTEM_FILE } from './system-file';
import { startSystem } from './system';

/** Starts one system for all end-to-end spec files; `global-teardown.ts` stops it. */
// Jest loads global setup and teardown from a default export.
// eslint-disable-next-line no-restricted-syntax
export default async function globalSetup(): Promise<void> {
  const system = await startSystem();
  (globalThis as { __system?: typeof system }).__system = system;
  mkdirSync(dirname(SYSTEM_FILE), { recursive: true });
  writeFileSync(SYSTEM_FILE, JSON.stringify({ gatewayUrl: system.gatewayUrl, subgraphUrls: system.subgraphUrls, databaseUrl: system.databaseUrl }));
}
