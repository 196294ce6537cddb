import type { ChildProcess } from 'node:child_process';
import { databaseTargetToEnv } from '@erqi/shared/data-access-database';
import { kafkaCredentialsEnv } from '@erqi/shared/data-access-events';
import { writeDevelopmentJwks } from '@erqi/shared/util-auth';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ensureWebAppBuilt, WEB_APP_BUILD_DIR } from '@erqi/shared/feature-local-system';
import { isPortOpen } from '@erqi/shared/util-tcp-port';
import { readSupergraphConfig } from '../compose/supergraph';
import { ensureKafkaBroker, stopKafkaBroker } from '../kafka/kafka-broker';
import { chooseDatabase } from './database-choice';
import { startNodeProcess, stopProcess, waitForHealthy } from '@erqi/shared/util-process';

const GATEWAY_PORT = Number(process.env['GATEWAY_PORT'] ?? 4000);

/**
 * `npm start`: picks a database, starts the four subgraphs (each migrates, and seeds an empty
 * database), then the gateway; prints the URLs when everything answers; Ctrl-C stops them all.
 */
async function main(): Promise<void> {
  const startedAt = Date.now();
  const { subgraphs } = readSupergraphConfig();
  const ports = [GATEWAY_PORT, ...subgraphs.map((subgraph) => Number(new URL(subgraph.url).port))];
  for (const port of ports) {
    if (await isPortOpen('127.0.0.1', port)) {
      console.error(
        `Port ${port} is already in use: is another \`npm start\` running? Stop it first.`,
      );
      process.exit(1);
    }
  }
  // The web app builds (when stale) while the services start; the gateway serves it from disk.
  const webApp = ensureWebAppBuilt((line) => console.log(line)).then(
    () => existsSync(join(WEB_APP_BUILD_DIR, 'index.html')),
    (error: unknown) => {
      console.error(
        `[web] ${error instanceof Error ? error.message : String(error)}\n[web] the API runs without the web app; fix the build and start again`,
      );
      return false;
    },
  );
  const database = await chooseDatabase();
  console.log(`[start] database: ${database.reason}`);
  // The broker outlives this command unless this command started it.
  const broker = await ensureKafkaBroker();

  // `NODE_ENV=production npm start` (bench:footprint) needs a key source: the development key set's JWKS.
  const keySource: Record<string, string> =
    process.env['NODE_ENV'] === 'production' &&
    !process.env['AUTH_JWKS_URL'] &&
    !process.env['AUTH_JWKS_FILE']
      ? { AUTH_JWKS_FILE: await writeDevelopmentJwks() }
      : {};

  const children: ChildProcess[] = [];
  let stopping = false;
  const stopAll = async (code: number): Promise<never> => {
    stopping = true;
    await Promise.all([...children].reverse().map((child) => stopProcess(child)));
    if (broker.source === 'started') await stopKafkaBroker();
    process.exit(code);
  };
  process.once('SIGINT', () => void stopAll(0));
  process.once('SIGTERM', () => void stopAll(0));
  const watch = (name: string, child: ChildProcess): void => {
    children.push(child);
    child.once('exit', (code) => {
      if (stopping) return;
      console.error(
        `[start] ${name} stopped unexpectedly (exit code ${code}); stopping everything`,
      );
      void stopAll(1);
    });
  };

  try {
    await Promise.all(
      subgraphs.map(async (subgraph) => {
        const child = startNodeProcess(`apps/${subgraph.name}/src/main.ts`, {
          PORT: new URL(subgraph.url).port,
          SEED_WHEN_EMPTY: 'true',
          ...keySource,
          ...databaseTargetToEnv(database.targetFor(subgraph.name)),
          // The broker just ensured (KAFKA_LOCAL_PORT moves it), and each service signs in to it as
          // itself (its file from kafka:start).
          KAFKA_BROKERS: broker.brokers.join(','),
          ...kafkaCredentialsEnv(subgraph.name),
        });
        watch(subgraph.name, child);
        await waitForHealthy(new URL('/health', subgraph.url).toString(), child);
      }),
    );
    const gateway = startNodeProcess('apps/gateway/src/main.ts', {
      PORT: String(GATEWAY_PORT),
      ...keySource,
    });
    watch('gateway', gateway);
    await waitForHealthy(`http://127.0.0.1:${GATEWAY_PORT}/health`, gateway);
  } catch (error) {
    console.error(
      `[start] could not start: ${error instanceof Error ? error.message : String(error)}`,
    );
    await stopAll(1);
  }

  const webAppServed = await webApp;
  const seconds = ((Date.now() - startedAt) / 1000).toFixed(1);
  console.log(`
[start] ready in ${seconds} s${webAppServed ? `\n  Web app      http://localhost:${GATEWAY_PORT}/` : ''}
  GraphQL API  http://localhost:${GATEWAY_PORT}/graphql
  Explorer     http://localhost:${GATEWAY_PORT}/explorer
  Health       http://localhost:${GATEWAY_PORT}/health
  Kafka        ${broker.brokers.join(',')} (try: npm run kafka:credentials -- --department URBAN_MANAGEMENT, then npm run subscribe -- --department URBAN_MANAGEMENT)
  Subgraphs    ${subgraphs.map((subgraph) => `${subgraph.name} ${subgraph.url}`).join(', ')}
Press Ctrl-C to stop.`);
}

void main();
