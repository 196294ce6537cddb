import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { WORKSPACE_ROOT } from '@erqi/shared/util-process';

/** Where the web app's build (`nx run web:build`) writes; the gateway serves it (its WEB_APP_DIR default). */
export const WEB_APP_BUILD_DIR = join(WORKSPACE_ROOT, 'dist', 'apps', 'web');

/** What the build reads: the app's own files and the supergraph its types are generated from. */
const WEB_APP_SOURCES = [
  join(WORKSPACE_ROOT, 'apps', 'web'),
  join(WORKSPACE_ROOT, 'apps', 'gateway', 'supergraph.graphql'),
];

const SKIPPED_FOLDERS = new Set(['node_modules', 'dist', '.vite', 'coverage']);

/** The newest modification time under a file or folder, in ms (0 when absent). */
export function newestChange(path: string): number {
  const stats = statSync(path, { throwIfNoEntry: false });
  if (!stats) return 0;
  if (!stats.isDirectory()) return stats.mtimeMs;
  return readdirSync(path, { withFileTypes: true })
    .filter((entry) => !(entry.isDirectory() && SKIPPED_FOLDERS.has(entry.name)))
    .reduce((newest, entry) => Math.max(newest, newestChange(join(path, entry.name))), 0);
}

/** Why the web app must be built again, or undefined when its build is newer than every source. */
export function webAppBuildIsStale(
  buildDir = WEB_APP_BUILD_DIR,
  sources = WEB_APP_SOURCES,
): string | undefined {
  const built = statSync(join(buildDir, 'index.html'), { throwIfNoEntry: false });
  if (!built) return 'not built yet';
  const newest = Math.max(...sources.map(newestChange));
  return newest > built.mtimeMs ? 'its sources changed since the last build' : undefined;
}

/**
 * Builds the web app (`nx run web:build`) when its build is missing or older than its sources, saying
 * so on `log`; resolves at once when there is no apps/web. Rejects with the build's output when it fails.
 */
export async function ensureWebAppBuilt(log: (line: string) => void = console.log): Promise<void> {
  if (!existsSync(join(WORKSPACE_ROOT, 'apps', 'web', 'project.json'))) return;
  const reason = webAppBuildIsStale();
  if (!reason) return;
  log(`[web] building the web app (${reason}); this takes a minute…`);
  const startedAt = Date.now();
  // Only vite: whoever runs the services builds them when it needs them (npm start does).
  await runNx(['run', 'web:build', '--excludeTaskDependencies'], "the web app's build");
  log(`[web] built in ${((Date.now() - startedAt) / 1000).toFixed(1)} s into ${WEB_APP_BUILD_DIR}`);
}

/**
 * Runs nx in the workspace (no daemon, no cloud, plain output) with `args`; rejects with its output
 * when it fails, naming `what`.
 */
export async function runNx(args: readonly string[], what: string): Promise<void> {
  const nx = spawn(
    process.execPath,
    [require.resolve('nx/bin/nx'), ...args, '--outputStyle=static'],
    {
      cwd: WORKSPACE_ROOT,
      env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  nx.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  nx.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  const code = await new Promise<number | null>((resolve, reject) => {
    nx.once('error', reject);
    nx.once('exit', resolve);
  });
  if (code !== 0) throw new Error(`${what} failed (exit code ${code}):\n${output}`);
}
