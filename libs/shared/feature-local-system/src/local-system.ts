import type { ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  createThrowawayDatabase,
  type ThrowawayDatabase,
} from '@erqi/shared/data-access-database-admin';
import { kafkaCredentialsEnv } from '@erqi/shared/data-access-events';
import {
  collectOutput,
  startNodeProcess,
  stopProcess,
  waitForHealthy,
  WORKSPACE_ROOT,
} from '@erqi/shared/util-process';
import { DEVELOPMENT_JWKS_FILE, writeDevelopmentJwks } from '@erqi/shared/util-auth';
import { findFreePort } from '@erqi/shared/util-tcp-port';
import {
  departments,
  enterprises,
  gridCells,
  volunteerTeams,
} from '@erqi/shared/util-seed-fixtures';
import { Client } from 'pg';

/** Where a running system can be reached; written by the global setup for the spec files. */
export interface SystemAddresses {
  gatewayUrl: string;
  /** By subgraph name: its `/graphql` URL. */
  subgraphUrls: Record<string, string>;
  databaseUrl: string;
  /** The local OpenID provider the services trust, when started with `oidc: true`. */
  oidc?: OidcAddresses;
}

/** Where the local OpenID provider of a system is, and what the web app signs in with. */
export interface OidcAddresses {
  issuer: string;
  jwksUrl: string;
  clientId: string;
  /** Where the provider may send the browser back to: the gateway's `/sign-in/callback`. */
  redirectUri: string;
}

/** The local provider's public client (WEB_CLIENT_ID of libs/shared/feature-oidc-provider). */
const WEB_CLIENT_ID = 'erqi-web';

/**
 * Starts the local OpenID provider (`npm run oidc`) as its own process on a free port, sending
 * browsers back to the gateway's `/sign-in/callback` only.
 */
async function startOidc(
  gatewayPort: number,
  healthTimeoutMs: number | undefined,
): Promise<{ process: Process; addresses: OidcAddresses; env: Record<string, string> }> {
  const port = await findFreePort();
  const redirectUri = `http://127.0.0.1:${gatewayPort}/sign-in/callback`;
  const child = startNodeProcess(
    'tools/oidc/oidc.ts',
    {
      OIDC_PORT: String(port),
      OIDC_REDIRECT_URIS: `${redirectUri},http://localhost:${gatewayPort}/sign-in/callback`,
    },
    { quiet: true },
  );
  const process: Process = { name: 'oidc', child, output: collectOutput(child) };
  await waitForHealthy(`http://127.0.0.1:${port}/health`, child, healthTimeoutMs);
  const issuer = `http://localhost:${port}`;
  const addresses = { issuer, jwksUrl: `${issuer}/jwks`, clientId: WEB_CLIENT_ID, redirectUri };
  // Every service trusts the provider beside the development key set's JWKS file (the services' own
  // tokens); tokens of either must name the provider as their issuer.
  return { process, addresses, env: { AUTH_JWKS_URL: addresses.jwksUrl, AUTH_ISSUER: issuer } };
}

export interface RunningSystem extends SystemAddresses {
  /** Each process's recent output, for a failure report. */
  output(): string;
  /** Stops one subgraph (e.g. `grid`), to show what the others do without it. */
  stopSubgraph(name: string): Promise<void>;
  /**
   * Stops one subgraph with `signal` (SIGKILL: a crash, nothing drained) and starts it again on the same
   * port and settings; resolves once it is healthy.
   */
  restartSubgraph(name: string, signal: 'SIGKILL' | 'SIGTERM'): Promise<void>;
  /** By subgraph name: every replica's `/graphql` URL (one unless started with `replicas`). */
  replicaUrls: Record<string, string[]>;
  /** SIGKILLs replica `index` (0-based) of a subgraph and leaves it dead: a crashed replica, not restarted. */
  killReplica(name: string, index: number): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Resolves once the appeal service's copies of the registries (fed by grid, enterprise and volunteer
 * through Kafka) hold the seed, so that the first test's appeal does not meet NOT_YET_KNOWN.
 */
async function waitForAppealCopies(databaseUrl: string, timeoutMs = 60_000): Promise<void> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const { rows } = await client.query<{
        departments: number;
        cells: number;
        enterprises: number;
        teams: number;
      }>(
        `SELECT (SELECT count(*) FROM appeal.known_department)::int AS departments, (SELECT count(*) FROM appeal.known_grid_cell)::int AS cells,
                (SELECT count(*) FROM appeal.known_enterprise)::int AS enterprises, (SELECT count(*) FROM appeal.known_volunteer_team)::int AS teams`,
      );
      const known = rows[0];
      if (
        known &&
        known.departments >= departments.length &&
        known.cells >= gridCells.length &&
        known.enterprises >= enterprises.length &&
        known.teams >= volunteerTeams.length
      )
        return;
      if (Date.now() > deadline)
        throw new Error(
          `the appeal service's copies did not catch up with the seed within ${timeoutMs / 1000} s: ${JSON.stringify(known)}`,
        );
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  } finally {
    await client.end();
  }
}

interface Process {
  name: string;
  child: ChildProcess;
  output: () => string;
}

/** The PostgreSQL server the system's throw-away database goes on: `TEST_DATABASE_URL`'s, else `DATABASE_URL`'s, else the local one. */
function serverUrl(): string {
  return (
    process.env['TEST_DATABASE_URL'] ??
    process.env['DATABASE_URL'] ??
    'postgres://postgres@127.0.0.1:5432/postgres'
  );
}

function subgraphNames(): string[] {
  const config = JSON.parse(
    readFileSync(join(WORKSPACE_ROOT, 'supergraph.config.json'), 'utf8'),
  ) as { subgraphs: Array<{ name: string }> };
  return config.subgraphs.map((subgraph) => subgraph.name);
}

function start(name: string, entry: string, env: Record<string, string>): Process {
  // Production mode, as deployed: no stack traces in answers, no introspection. Production needs a
  // key source: the development key set's public keys as a JWKS file (the tests sign with it).
  const child = startNodeProcess(
    entry,
    { NODE_ENV: 'production', AUTH_JWKS_FILE: DEVELOPMENT_JWKS_FILE, ...env },
    { quiet: true },
  );
  return { name, child, output: collectOutput(child) };
}

/**
 * Starts the whole system as separate processes, as `npm start` does, on free ports and a
 * throw-away database on the real PostgreSQL server: four subgraphs (migrated and seeded), then the gateway.
 */
/**
 * The test system's gateway lets through far more than a production one: every test caller shares one
 * address and a handful of seed tokens. Pass `gatewayEnv` to test the limits themselves.
 */
const TEST_GATEWAY_ENV: Record<string, string> = {
  GATEWAY_RATE_LIMIT_PER_SECOND: '100000',
  GATEWAY_RATE_LIMIT_BURST: '100000',
};

export async function startSystem(
  options: {
    env?: Record<string, string>;
    gatewayEnv?: Record<string, string>;
    /**
     * The PostgreSQL server to make the throw-away database on (e.g. a private one a fault run restarts).
     * @default TEST_DATABASE_URL, else DATABASE_URL, else 127.0.0.1:5432
     */
    databaseServerUrl?: string;
    /**
     * How long each process may take to answer `/health` (a loaded machine compiles slowly).
     * @default 60000
     */
    healthTimeoutMs?: number;
    /**
     * Starts the local OpenID provider too; every service trusts it (AUTH_JWKS_URL, AUTH_ISSUER) and
     * the gateway's `/app-config.json` offers it to the web app. Tokens signed with the development
     * key must then name the provider as issuer (`issueDevelopmentToken`'s `config`). @default false
     */
    oidc?: boolean;
    /**
     * Replicas of each subgraph, each on its own port, started together on the one database and broker;
     * the gateway is given all their URLs. @default 1
     */
    replicas?: number;
    /**
     * Runs the built services (`dist/apps/<name>/src/main.js`, `nx run-many -t build` first) with plain
     * node, as production does, instead of the sources through SWC. @default false
     */
    built?: boolean;
  } = {},
): Promise<RunningSystem> {
  const entry = (app: string): string =>
    options.built ? `dist/apps/${app}/src/main.js` : `apps/${app}/src/main.ts`;
  // The services in production mode read the development key set's public keys from this file.
  await writeDevelopmentJwks();
  const database: ThrowawayDatabase = await createThrowawayDatabase(
    options.databaseServerUrl ?? serverUrl(),
    'system',
  );
  const processes: Process[] = [];
  const stop = async (): Promise<void> => {
    await Promise.all([...processes].reverse().map((process) => stopProcess(process.child)));
    await database.drop();
  };
  try {
    const gatewayPort = await findFreePort();
    const oidc = options.oidc ? await startOidc(gatewayPort, options.healthTimeoutMs) : undefined;
    if (oidc) processes.push(oidc.process);
    const names = subgraphNames();
    const replicas = options.replicas ?? 1;
    const ports: Record<string, number[]> = {};
    const taken = new Set<number>([gatewayPort]);
    for (const name of names) {
      const own: number[] = [];
      while (own.length < replicas) {
        const port = await findFreePort();
        if (!taken.has(port)) own.push(port);
        taken.add(port);
      }
      ports[name] = own;
    }
    const replicaUrls = Object.fromEntries(
      names.map((name) => [
        name,
        (ports[name] ?? []).map((port) => `http://127.0.0.1:${port}/graphql`),
      ]),
    );
    const subgraphUrls = Object.fromEntries(
      names.map((name) => [name, replicaUrls[name]?.[0] ?? '']),
    );
    // The first replica is named as the subgraph (restartSubgraph, stopSubgraph); the others `name#2`…
    const processName = (name: string, index: number): string =>
      index === 0 ? name : `${name}#${index + 1}`;
    const startSubgraph = async (name: string, index = 0): Promise<void> => {
      const port = ports[name]?.[index];
      const process = start(processName(name, index), entry(name), {
        PORT: String(port),
        DATABASE_URL: database.url,
        SEED_WHEN_EMPTY: 'true',
        // Each service signs in to the broker as itself (its file from kafka:start).
        ...kafkaCredentialsEnv(name),
        ...oidc?.env,
        ...options.env,
      });
      processes.push(process);
      await waitForHealthy(
        `http://127.0.0.1:${port}/health`,
        process.child,
        options.healthTimeoutMs,
      );
    };
    // Every replica at once: they migrate and seed the one database together, as `start:cluster` does.
    await Promise.all(
      names.flatMap((name) =>
        Array.from({ length: replicas }, (_, index) => startSubgraph(name, index)),
      ),
    );
    const gateway = start('gateway', entry('gateway'), {
      PORT: String(gatewayPort),
      ...(oidc ? { ...oidc.env, WEB_OIDC_CLIENT_ID: oidc.addresses.clientId } : {}),
      ...Object.fromEntries(
        names.map((name) => [
          `${name.toUpperCase()}_SUBGRAPH_URL`,
          (replicaUrls[name] ?? []).join(','),
        ]),
      ),
      ...TEST_GATEWAY_ENV,
      ...options.gatewayEnv,
    });
    processes.push(gateway);
    await waitForHealthy(
      `http://127.0.0.1:${gatewayPort}/health`,
      gateway.child,
      options.healthTimeoutMs,
    );
    await waitForAppealCopies(database.url);
    const output = (): string =>
      processes.map((process) => `--- ${process.name} ---\n${process.output()}`).join('\n');
    const stopSubgraph = async (name: string): Promise<void> => {
      const process = processes.find((candidate) => candidate.name === name);
      if (!process) throw new RangeError(`no subgraph ${name} in this system`);
      await stopProcess(process.child);
    };
    const restartSubgraph = async (name: string, signal: 'SIGKILL' | 'SIGTERM'): Promise<void> => {
      const index = processes.findIndex((candidate) => candidate.name === name);
      const process = processes[index];
      if (!process) throw new RangeError(`no subgraph ${name} in this system`);
      if (process.child.exitCode === null && process.child.signalCode === null) {
        const exited = new Promise<void>((resolve) => process.child.once('exit', () => resolve()));
        process.child.kill(signal);
        await exited;
      }
      processes.splice(index, 1);
      await startSubgraph(name);
    };
    const killReplica = async (name: string, index: number): Promise<void> => {
      const process = processes.find((candidate) => candidate.name === processName(name, index));
      if (!process) throw new RangeError(`no replica ${index} of ${name} in this system`);
      if (process.child.exitCode !== null || process.child.signalCode !== null) return;
      const exited = new Promise<void>((resolve) => process.child.once('exit', () => resolve()));
      process.child.kill('SIGKILL');
      await exited;
    };
    return {
      gatewayUrl: `http://127.0.0.1:${gatewayPort}/graphql`,
      subgraphUrls,
      replicaUrls,
      killReplica,
      databaseUrl: database.url,
      ...(oidc ? { oidc: oidc.addresses } : {}),
      stop,
      output,
      stopSubgraph,
      restartSubgraph,
    };
  } catch (error) {
    for (const process of processes)
      console.error(`--- ${process.name} output ---\n${process.output()}`);
    await stop();
    throw error;
  }
}

/**
 * Starts one more gateway over the given subgraph URLs (e.g. with one of them unreachable); `env` adds
 * settings such as `GATEWAY_RATE_LIMIT_BURST`.
 */
export async function startExtraGateway(
  subgraphUrls: Record<string, string>,
  options: { env?: Record<string, string> } = {},
): Promise<{ url: string; stop: () => Promise<void> }> {
  await writeDevelopmentJwks();
  const port = await findFreePort();
  const gateway = start('gateway', 'apps/gateway/src/main.ts', {
    PORT: String(port),
    ...Object.fromEntries(
      Object.entries(subgraphUrls).map(([name, url]) => [
        `${name.toUpperCase()}_SUBGRAPH_URL`,
        url,
      ]),
    ),
    ...TEST_GATEWAY_ENV,
    ...options.env,
  });
  // It is up once it answers at all, healthy or not.
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      await fetch(`http://127.0.0.1:${port}/health`);
      break;
    } catch {
      if (Date.now() > deadline || gateway.child.exitCode !== null)
        throw new Error(`extra gateway did not start:\n${gateway.output()}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  return { url: `http://127.0.0.1:${port}`, stop: () => stopProcess(gateway.child) };
}
