import { type ChildProcess, execFileSync, spawn, spawnSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix, relative } from 'node:path';
import { DEVELOPMENT_KEY_SET_FILE, writeDevelopmentJwks } from '@erqi/shared/util-auth';
import { collectOutput, stopProcess } from '@erqi/shared/util-process';
import { findFreePort } from '@erqi/shared/util-tcp-port';
import { WORKSPACE_ROOT } from '../compose/supergraph-config';
import { envPairs, lastValue, parseDockerfile, type Stage } from './dockerfile';
import { dockerignoreFilter } from './dockerignore';
import { asUser, ids, type ReplayedImage, replayStage } from './replay-stage';

const DOCKERFILE = join(WORKSPACE_ROOT, 'docker', 'Dockerfile');
const stages = parseDockerfile(readFileSync(DOCKERFILE, 'utf8'));
const build = stages[0] as Stage;
const runtime = stages.at(-1) as Stage;

/** The build stage's steps after it copies the context: here, the checkout (installed already) builds. */
function buildCheckout(): void {
  const contextCopy = build.instructions.reduce(
    (last, step, index) =>
      step.keyword === 'COPY' && step.text.split(/\s+/)[0] === '.' ? index : last,
    -1,
  );
  const env = Object.fromEntries(
    build.instructions.filter((step) => step.keyword === 'ENV').flatMap(envPairs),
  );
  for (const step of build.instructions.slice(contextCopy + 1).filter((s) => s.keyword === 'RUN'))
    execFileSync('/bin/sh', ['-c', step.text], {
      cwd: WORKSPACE_ROOT,
      env: { ...process.env, ...env },
      stdio: 'pipe',
      maxBuffer: 64 * 1024 * 1024,
    });
}

/** The stage's user exists on a fresh machine only if we make it (as Docker's base image has it). */
function ensureUser(user: string): void {
  const name = user.split(':')[0] ?? user;
  if (spawnSync('id', ['-u', name]).status === 0) return;
  if (process.getuid?.() !== 0)
    throw new Error(`user ${name} does not exist and only root may add it (CI runs as root)`);
  execFileSync('useradd', [
    '--system',
    '--user-group',
    '--no-create-home',
    '--shell',
    '/usr/sbin/nologin',
    name,
  ]);
}

async function waitForAnswer(
  url: string,
  child: ChildProcess,
  output: () => string,
): Promise<Response> {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`the gateway exited (${child.exitCode}):\n${output()}`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
      const body = (await response.clone().json()) as { gateway?: string };
      if (body.gateway === 'ready') return response;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`no answer at ${url}:\n${output()}`);
}

describe('docker/Dockerfile, its runtime stage replayed without Docker', () => {
  let root: string;
  let image: ReplayedImage;
  let gateway: ChildProcess | undefined;
  let output: () => string = () => '';
  let port: number;
  const inRoot = (path: string): string => join(root, path);

  beforeAll(async () => {
    buildCheckout();
    const user = lastValue(runtime, 'USER') ?? 'root';
    ensureUser(user);
    root = mkdtempSync(join(tmpdir(), 'erqi-image-'));
    // mkdtemp makes it 0700: the image's user must reach the files below it.
    chmodSync(root, 0o755);
    image = await replayStage(runtime, {
      root,
      context: WORKSPACE_ROOT,
      inContext: dockerignoreFilter(readFileSync(join(WORKSPACE_ROOT, '.dockerignore'), 'utf8')),
      stages: {
        [build.name]: {
          workdir: lastValue(build, 'WORKDIR') ?? '/',
          folder: WORKSPACE_ROOT,
          // A checkout's dist/.data (keys a local production run made) is no build output.
          leaveOut: (path) => path.split('/').includes('.data'),
        },
      },
    });

    port = await findFreePort();
    const closed = await findFreePort();
    const jwks = await writeDevelopmentJwks(join(root, 'jwks.json'), {
      file: join(root, 'key-set.json'),
    });
    const [command = '', ...args] = [...image.entrypoint, ...image.cmd];
    const [program, programArgs] = asUser(image.user, command, args);
    gateway = spawn(program, programArgs, {
      cwd: inRoot(image.workdir),
      env: {
        PATH: process.env['PATH'] ?? '/usr/bin:/bin',
        ...image.env,
        PORT: String(port),
        HOST: '127.0.0.1',
        AUTH_JWKS_FILE: jwks,
        LOG_LEVEL: 'warn',
        // No subgraph runs: the gateway starts from its supergraph and reports them down.
        ...Object.fromEntries(
          ['GRID', 'ENTERPRISE', 'APPEAL', 'VOLUNTEER'].map((name) => [
            `${name}_SUBGRAPH_URL`,
            `http://127.0.0.1:${closed}/graphql`,
          ]),
        ),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    output = collectOutput(gateway);
  }, 600_000);

  afterAll(async () => {
    if (gateway) await stopProcess(gateway, 10_000);
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it('runs on Node 24 while package.json still admits Node 20.19', () => {
    expect(runtime.base).toMatch(/^node:24[.-]/);
    expect(build.base).toMatch(/^node:24[.-]/);
    const manifest = JSON.parse(readFileSync(join(WORKSPACE_ROOT, 'package.json'), 'utf8')) as {
      engines: { node: string };
    };
    expect(manifest.engines.node).toBe('>=20.19');
  });

  it('holds the built output and the production install only, as a user other than root', () => {
    expect(image.user).not.toMatch(/^(root|0)(:|$)/);
    const app = inRoot(image.workdir);
    expect(readdirSync(app).sort()).toEqual([
      'dist',
      'node_modules',
      'package-lock.json',
      'package.json',
    ]);
    for (const tool of ['typescript', 'nx', 'jest', '@swc/core', 'eslint'])
      expect(existsSync(join(app, 'node_modules', tool))).toBe(false);
    expect(existsSync(join(app, 'dist', 'apps', 'web', 'index.html'))).toBe(true);
    // The code is not the service's to change.
    expect(statSync(join(app, 'dist', 'apps', 'gateway', 'src', 'main.js')).uid).not.toBe(
      ids(image.user).uid,
    );
  });

  it('declares the data folder a volume, owned by the user', () => {
    expect(image.volumes.length).toBeGreaterThan(0);
    for (const volume of image.volumes)
      expect(statSync(inRoot(volume)).uid).toBe(ids(image.user).uid);
  });

  it('starts the gateway as that user: /health answers, the web app is served, the key set is written to the volume', async () => {
    const health = await waitForAnswer(
      `http://127.0.0.1:${port}/health`,
      gateway as ChildProcess,
      output,
    );
    // Alive (liveness), but not ready: the subgraphs are reported down (none runs here).
    expect(health.status).toBe(200);
    expect((await fetch(`http://127.0.0.1:${port}/ready`)).status).toBe(503);
    expect((await fetch(`http://127.0.0.1:${port}/`)).status).toBe(200);

    // A query makes the gateway sign its service token: the key set is created in the data folder.
    await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ gridCells(first: 1) { nodes { code } } }' }),
    });
    const keySet = join(
      inRoot(image.workdir),
      'dist',
      relative(WORKSPACE_ROOT, DEVELOPMENT_KEY_SET_FILE),
    );
    expect(existsSync(keySet)).toBe(true);
    expect(statSync(keySet).uid).toBe(ids(image.user).uid);
    const containerPath = posix.join(
      image.workdir,
      'dist',
      relative(WORKSPACE_ROOT, DEVELOPMENT_KEY_SET_FILE),
    );
    expect(image.volumes.some((volume) => containerPath.startsWith(`${volume}/`))).toBe(true);
  }, 120_000);

  it("runs the image's HEALTHCHECK as the user: unhealthy while the subgraphs are down", () => {
    expect(image.healthcheck.length).toBeGreaterThan(0);
    const [command = '', ...args] = image.healthcheck;
    const [program, programArgs] = asUser(image.user, command, args);
    const check = spawnSync(program, programArgs, {
      env: { PATH: process.env['PATH'] ?? '/usr/bin:/bin', ...image.env, PORT: String(port) },
      timeout: 20_000,
    });
    expect(check.status).toBe(1);
    expect(output()).not.toMatch(/EACCES|EROFS/);
  });
});
