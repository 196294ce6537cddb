import { KAFKA_CREDENTIALS_DIR } from '@erqi/shared/data-access-events';
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { dropDatabase, ensureDatabaseExists } from '@erqi/shared/data-access-database-admin';
import { writeDevelopmentJwks } from '@erqi/shared/util-auth';
import { collectOutput, stopProcess, waitForHealthy } from '@erqi/shared/util-process';
import { findFreePort } from '@erqi/shared/util-tcp-port';
import { readSupergraphConfig, WORKSPACE_ROOT } from '../compose/supergraph-config';

const run = promisify(execFile);

/** Tooling that must not be in a production install; if one were needed at run time, the start would fail. */
const DEV_ONLY_PACKAGES = [
  'typescript',
  'nx',
  'jest',
  'eslint',
  '@swc/core',
  '@swc-node/register',
  'prettier',
];

/** What `verifyProductionBuild` saw, for its report. */
export interface ProductionCheck {
  installSeconds: number;
  startSeconds: number;
  /** Per service: the status its /health answered. */
  health: Record<string, number>;
  /** The grid cells the gateway returned for an anonymous query over the seeded database. */
  gridCellCodes: string[];
  /** Status of GET /explorer/graphiql.js, an asset read from the production node_modules. */
  explorerAssetStatus: number;
  /** Status of GET / (the web app's index.html, from dist/apps/web). */
  webAppStatus: number;
  /** Status of GET /dev/seed-users: 404, the development sign-in does not exist in production. */
  developmentSignInStatus: number;
}

/**
 * Proves that dist/ plus `npm ci --omit=dev` starts every service: copies the build and the package
 * files to a temporary folder, installs there without dev dependencies, runs `node dist/tools/serve/serve.js`
 * on free ports against a throw-away database on the real PostgreSQL and the Kafka broker of
 * `KAFKA_BROKERS` (else 127.0.0.1:9092), and asks every service's /health and the gateway a query.
 */
export async function verifyProductionBuild(
  log: (line: string) => void = console.log,
): Promise<ProductionCheck> {
  const dist = join(WORKSPACE_ROOT, 'dist');
  const entries = [
    'tools/serve/serve.js',
    ...['gateway', ...readSupergraphConfig().subgraphs.map(({ name }) => name)].map(
      (name) => `apps/${name}/src/main.js`,
    ),
    'apps/web/index.html',
  ];
  const missing = entries.filter((entry) => !existsSync(join(dist, entry)));
  if (missing.length > 0)
    throw new Error(`dist/ lacks ${missing.join(', ')}: run \`npm run build\` first`);

  const folder = mkdtempSync(join(tmpdir(), 'erqi-prod-'));
  const databaseUrl =
    `${process.env['TEST_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres'}`.replace(
      /\/[^/]*$/,
      `/erqi_prod_check_${process.pid}`,
    );
  let serve: ChildProcess | undefined;
  try {
    cpSync(dist, join(folder, 'dist'), { recursive: true });
    for (const file of ['package.json', 'package-lock.json'])
      cpSync(join(WORKSPACE_ROOT, file), join(folder, file));
    log(`[verify] npm ci --omit=dev in ${folder}`);
    const installStarted = Date.now();
    await run('npm', ['ci', '--omit=dev', '--ignore-scripts', '--no-audit', '--no-fund'], {
      cwd: folder,
      maxBuffer: 16 * 1024 * 1024,
    });
    const installSeconds = (Date.now() - installStarted) / 1000;
    const devInstalled = DEV_ONLY_PACKAGES.filter((name) =>
      existsSync(join(folder, 'node_modules', name)),
    );
    if (devInstalled.length > 0)
      throw new Error(`the production install holds dev tooling: ${devInstalled.join(', ')}`);

    await ensureDatabaseExists(databaseUrl);
    const names = readSupergraphConfig().subgraphs.map(({ name }) => name);
    const ports: Record<string, number> = { gateway: await findFreePort() };
    for (const name of names) ports[name] = await findFreePort();
    const env: Record<string, string> = {
      NODE_ENV: 'production',
      // Production needs a key source: the development key set's public keys, as a JWKS file.
      AUTH_JWKS_FILE: await writeDevelopmentJwks(join(folder, 'jwks.json')),
      DATABASE_URL: databaseUrl,
      KAFKA_BROKERS: process.env['KAFKA_BROKERS'] ?? '127.0.0.1:9092',
      // The copy has no .data/: each service finds its SCRAM credentials in this checkout's.
      KAFKA_CREDENTIALS_DIR,
      SEED_WHEN_EMPTY: 'true',
      GATEWAY_PORT: String(ports['gateway']),
      ...Object.fromEntries(
        names.map((name) => [
          `${name.toUpperCase()}_SUBGRAPH_URL`,
          `http://127.0.0.1:${ports[name]}/graphql`,
        ]),
      ),
    };
    log(`[verify] node dist/tools/serve/serve.js (ports ${JSON.stringify(ports)})`);
    const startStarted = Date.now();
    const child = spawn(process.execPath, ['dist/tools/serve/serve.js'], {
      cwd: folder,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    serve = child;
    const output = collectOutput(child);
    const gateway = `http://127.0.0.1:${ports['gateway']}`;
    try {
      await waitForHealthy(`${gateway}/health`, child, 120_000);
    } catch (error) {
      throw new Error(`${error instanceof Error ? error.message : String(error)}\n${output()}`);
    }
    const startSeconds = (Date.now() - startStarted) / 1000;

    const health: Record<string, number> = {};
    for (const [name, port] of Object.entries(ports))
      health[name] = (await fetch(`http://127.0.0.1:${port}/health`)).status;
    const answer = await fetch(`${gateway}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ gridCells(first: 20) { nodes { code } } }' }),
    });
    const body = (await answer.json()) as {
      data?: { gridCells: { nodes: Array<{ code: string }> } };
      errors?: unknown;
    };
    if (!body.data)
      throw new Error(`the gateway answered ${answer.status}: ${JSON.stringify(body.errors)}`);
    const explorerAssetStatus = (await fetch(`${gateway}/explorer/graphiql.js`)).status;
    const webAppStatus = (await fetch(`${gateway}/`)).status;
    const developmentSignInStatus = (await fetch(`${gateway}/dev/seed-users`)).status;
    return {
      installSeconds,
      startSeconds,
      health,
      gridCellCodes: body.data.gridCells.nodes.map(({ code }) => code),
      explorerAssetStatus,
      webAppStatus,
      developmentSignInStatus,
    };
  } finally {
    if (serve) await stopProcess(serve, 15_000);
    await dropDatabase(databaseUrl).catch(() => undefined);
    rmSync(folder, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const check = await verifyProductionBuild();
  const unhealthy = Object.entries(check.health).filter(([, status]) => status !== 200);
  console.log(
    `[verify] installed in ${check.installSeconds.toFixed(1)} s, started in ${check.startSeconds.toFixed(1)} s`,
  );
  console.log(
    `[verify] /health: ${Object.entries(check.health)
      .map(([name, status]) => `${name} ${status}`)
      .join(', ')}`,
  );
  console.log(
    `[verify] gridCells through the gateway: ${check.gridCellCodes.join(', ')}; explorer asset: ${check.explorerAssetStatus}; web app: ${check.webAppStatus}; /dev/seed-users: ${check.developmentSignInStatus} (none in production)`,
  );
  const ok =
    unhealthy.length === 0 &&
    check.gridCellCodes.length > 0 &&
    check.explorerAssetStatus === 200 &&
    check.webAppStatus === 200 &&
    check.developmentSignInStatus === 404;
  console.log(ok ? '[verify] the production build starts every service' : '[verify] FAILED');
  process.exit(ok ? 0 : 1);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(`[verify] FAILED: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
