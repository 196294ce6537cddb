import 'reflect-metadata';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { startSystem } from '@erqi/shared/feature-local-system';
import { SYSTEM_FILE } from './system-file';

/**
 * Starts one system for all end-to-end spec files, writes where it is to SYSTEM_FILE, prints `ready`,
 * and stops it all on SIGTERM. The Jest global setup runs this as its own process.
 */
async function main(): Promise<void> {
  const system = await startSystem();
  const stop = (): void => {
    void system.stop().then(() => process.exit(0));
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
  mkdirSync(dirname(SYSTEM_FILE), { recursive: true });
  writeFileSync(
    SYSTEM_FILE,
    JSON.stringify({
      gatewayUrl: system.gatewayUrl,
      subgraphUrls: system.subgraphUrls,
      databaseUrl: system.databaseUrl,
    }),
  );
  console.log('ready');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
