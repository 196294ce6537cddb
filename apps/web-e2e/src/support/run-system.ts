import 'reflect-metadata';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import {
  ensureWebAppBuilt,
  startSystem,
  WEB_APP_BUILD_DIR,
} from '@erqi/shared/feature-local-system';
import { WEB_SYSTEM_FILE, type WebSystem } from './system-file';

/**
 * Starts one system for all browser spec files, as `npm start` runs it: the web app built (when stale)
 * and served by the gateway, which runs in development mode so the seed-user picker's routes exist
 * (the subgraphs stay in production mode), and the local OpenID provider the services trust. Free ports, its own throw-away database: apps/e2e's system
 * may run beside it. Writes where it is to WEB_SYSTEM_FILE, prints `ready`, stops on SIGTERM.
 */
async function main(): Promise<void> {
  await ensureWebAppBuilt((line) => console.log(line));
  const system = await startSystem({
    // The local OpenID provider too: one role signs in through its login page, as in production.
    oidc: true,
    gatewayEnv: { NODE_ENV: 'development', LOG_FORMAT: 'json', WEB_APP_DIR: WEB_APP_BUILD_DIR },
  });
  const stop = (): void => {
    void system.stop().then(() => process.exit(0));
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
  const addresses: WebSystem = {
    gatewayUrl: system.gatewayUrl,
    subgraphUrls: system.subgraphUrls,
    databaseUrl: system.databaseUrl,
    // localhost, not 127.0.0.1: the origin a person types, and the one the OpenID redirect URIs name.
    webUrl: system.gatewayUrl.replace(/\/graphql$/, '').replace('127.0.0.1', 'localhost'),
  };
  mkdirSync(dirname(WEB_SYSTEM_FILE), { recursive: true });
  writeFileSync(WEB_SYSTEM_FILE, JSON.stringify(addresses));
  console.log('ready');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
