import type { ChildProcess } from 'node:child_process';
import { databaseTargetToEnv } from '@erqi/shared/data-access-database';
import { kafkaCredentialsEnv } from '@erqi/shared/data-access-events';
import {
  type RunningOidcProvider,
  SAMPLE_PASSWORD,
  startOidcProvider,
  WEB_CLIENT_ID,
} from '@erqi/shared/feature-oidc-provider';
import { writeDevelopmentJwks } from '@erqi/shared/util-auth';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ensureWebAppBuilt, WEB_APP_BUILD_DIR } from '@erqi/shared/feature-local-system';
import { isPortOpen } from '@erqi/shared/util-tcp-port';
import { readSupergraphConfig } from '../compose/supergraph';
import { stopKafkaBroker } from '../kafka/kafka-broker';
import { chooseBroker } from './broker-choice';
import { chooseDatabase } from './database-choice';
import {
  builtEntry,
  ensureServicesBuilt,
  linkBuiltDataFolder,
  SERVICE_NODE_OPTIONS,
} from './service-builds';
import { startNodeProcess, stopProcess, waitForHealthy } from '@erqi/shared/util-process';

const GATEWAY_PORT = Number(process.env['GATEWAY_PORT'] ?? 4000);
const OIDC_PORT = Number(process.env['OIDC_PORT'] ?? 4010);
const LOCAL_PROVIDER =
  process.env['NODE_ENV'] !== 'production' && !process.env['AUTH_JWKS_URL'] && OIDC_PORT !== 0;

/**
 * The local OpenID provider, in development unless a provider is configured (AUTH_JWKS_URL) or
 * OIDC_PORT=0: the services trust it beside the development key set, the web app may sign in with it.
 */
async function startLocalProvider(): Promise<
  { provider: RunningOidcProvider; env: Record<string, string> } | undefined
> {
  if (!LOCAL_PROVIDER) return undefined;
  const provider = await startOidcProvider({
    port: OIDC_PORT,
    redirectUris: [
      `http://localhost:${GATEWAY_PORT}/sign-in/callback`,
      `http://127.0.0.1:${GATEWAY_PORT}/sign-in/callback`,
      // Vite's dev server (`npx nx serve web`), which passes /app-config.json on to the gateway.
      'http://localhost:5173/sign-in/callback',
    ],
  });
  return {
    provider,
    env: { AUTH_JWKS_URL: provider.jwksUrl, AUTH_ISSUER: provider.issuer },
  };
}

/**
 * `npm start`: builds the services when their build is stale, picks a database, starts the four
 * built subgraphs (each migrates, and seeds an empty database), then the gateway; prints the URLs
 * when everything answers; Ctrl-C stops them all. Built, not run through SWC: each service idles
 * some 48 MiB lower (docs/BENCHMARKS.md, bench:footprint).
 */
async function main(): Promise<void> {
  const startedAt = Date.now();
  const { subgraphs } = readSupergraphConfig();
  const ports = [
    GATEWAY_PORT,
    ...(LOCAL_PROVIDER ? [OIDC_PORT] : []),
    ...subgraphs.map((subgraph) => Number(new URL(subgraph.url).port)),
  ];
  for (const port of ports) {
    if (await isPortOpen('127.0.0.1', port)) {
      console.error(
        `Port ${port} is already in use: is another \`npm start\` running? Stop it first.`,
      );
      process.exit(1);
    }
  }
  // The services build (when stale) while the database and the broker start, then the web app
  // (one nx at a time) while the services start; the gateway serves it from disk.
  const servicesBuilt = ensureServicesBuilt(
    [...subgraphs.map((subgraph) => subgraph.name), 'gateway'],
    (line) => console.log(line),
  ).then(
    () => undefined,
    (error: unknown) => error,
  );
  const webApp = servicesBuilt
    .then(() => ensureWebAppBuilt((line) => console.log(line)))
    .then(
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
  // The broker outlives this command unless this command started it; without Java the services wait for one.
  const broker = await chooseBroker().catch(async (error: unknown) => {
    await database.stop?.();
    throw error;
  });
  const buildError = await servicesBuilt;
  if (buildError !== undefined) {
    console.error(
      `[build] ${buildError instanceof Error ? buildError.message : String(buildError)}\n[build] fix the build and start again`,
    );
    await database.stop?.();
    if (broker.source === 'started') await stopKafkaBroker();
    process.exit(1);
  }
  linkBuiltDataFolder((line) => console.log(line));

  // `NODE_ENV=production npm start` (bench:footprint) needs a key source: the development key set's JWKS.
  const keySource: Record<string, string> =
    process.env['NODE_ENV'] === 'production' &&
    !process.env['AUTH_JWKS_URL'] &&
    !process.env['AUTH_JWKS_FILE']
      ? { AUTH_JWKS_FILE: await writeDevelopmentJwks() }
      : {};

  const oidc = await startLocalProvider();
  const children: ChildProcess[] = [];
  let stopping = false;
  const stopAll = async (code: number): Promise<never> => {
    stopping = true;
    await Promise.all([...children].reverse().map((child) => stopProcess(child)));
    await oidc?.provider.stop();
    await database.stop?.();
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
        const child = startNodeProcess(builtEntry(subgraph.name), {
          PORT: new URL(subgraph.url).port,
          SEED_WHEN_EMPTY: 'true',
          ...keySource,
          ...oidc?.env,
          ...databaseTargetToEnv(database.targetFor(subgraph.name)),
          NODE_OPTIONS: SERVICE_NODE_OPTIONS,
          // The broker just ensured (KAFKA_LOCAL_PORT moves it), and each service signs in to it as
          // itself (its file from kafka:start).
          KAFKA_BROKERS: broker.brokers.join(','),
          ...kafkaCredentialsEnv(subgraph.name),
        });
        watch(subgraph.name, child);
        await waitForHealthy(new URL('/health', subgraph.url).toString(), child);
      }),
    );
    const gateway = startNodeProcess(builtEntry('gateway'), {
      PORT: String(GATEWAY_PORT),
      NODE_OPTIONS: SERVICE_NODE_OPTIONS,
      ...keySource,
      ...(oidc ? { ...oidc.env, WEB_OIDC_CLIENT_ID: WEB_CLIENT_ID } : {}),
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
  Sign-in      ${oidc ? `${oidc.provider.issuer} (local OpenID provider, development only: a seed user's login, e.g. grid-worker, sample password ${SAMPLE_PASSWORD}; app settings at http://localhost:${GATEWAY_PORT}/app-config.json)` : 'development tokens only (npm run token)'}
  Kafka        ${broker.brokers.join(',')}${broker.source === 'waiting' ? ' (no broker yet: dispatches wait in the outbox until `npm run kafka:start`)' : ''} (try: npm run kafka:credentials -- --department URBAN_MANAGEMENT, then npm run subscribe -- --department URBAN_MANAGEMENT)
  Subgraphs    ${subgraphs.map((subgraph) => `${subgraph.name} ${subgraph.url}`).join(', ')}
Press Ctrl-C to stop.`);
}

void main();
