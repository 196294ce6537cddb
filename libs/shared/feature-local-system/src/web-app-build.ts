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
function newestChange(path: string): number {
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
  const build = spawn(
    process.execPath,
    [
      require.resolve('nx/bin/nx'),
      'run',
      'web:build',
      // Only vite: the services run from their sources here, their builds are not needed.
      '--excludeTaskDependencies',
      '--outputStyle=static',
    ],
    {
      cwd: WORKSPACE_ROOT,
      env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  build.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  build.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  const code = await new Promise<number | null>((resolve, reject) => {
    build.once('error', reject);
    build.once('exit', resolve);
  });
  if (code !== 0) throw new Error(`the web app's build failed (exit code ${code}):\n${output}`);
  log(`[web] built in ${((Date.now() - startedAt) / 1000).toFixed(1)} s into ${WEB_APP_BUILD_DIR}`);
}
