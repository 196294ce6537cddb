import { lstatSync, mkdirSync, renameSync, statSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { newestChange, runNx } from '@erqi/shared/feature-local-system';
import { WORKSPACE_ROOT } from '@erqi/shared/util-process';

/**
 * A young generation of 2 MB semi-spaces instead of 16: an idle service keeps less memory, at the
 * price of more (short) scavenges under load (docs/BENCHMARKS.md, bench:footprint). `npm start` and
 * `npm run start:cluster` give it to every service; production (`start:prod`, the images) keeps Node's default.
 */
export const SERVICE_NODE_OPTIONS = [process.env['NODE_OPTIONS'], '--max-semi-space-size=2']
  .filter(Boolean)
  .join(' ');

/** What a service's build reads: the apps, the libs, the build itself and the locked dependencies. */
const SERVICE_SOURCES = [
  'apps',
  'libs',
  join('tools', 'build'),
  'tsconfig.base.json',
  'package-lock.json',
];

/** A service's built entry point (relative to the workspace, as `startNodeProcess` takes it). */
export function builtEntry(service: string): string {
  return join('dist', 'apps', service, 'src', 'main.js');
}

/**
 * Why the services must be built again, or undefined when every built entry point is newer than
 * every source (any change under apps/ or libs/ counts: nx's cache makes a needless build short).
 */
export function servicesBuildIsStale(
  services: readonly string[],
  root = WORKSPACE_ROOT,
): string | undefined {
  const built = services.map(
    (service) => statSync(join(root, builtEntry(service)), { throwIfNoEntry: false })?.mtimeMs,
  );
  if (built.some((time) => time === undefined)) return 'not built yet';
  const oldest = Math.min(...built.map(Number));
  const newest = Math.max(...SERVICE_SOURCES.map((source) => newestChange(join(root, source))));
  return newest > oldest ? 'their sources changed since the last build' : undefined;
}

/**
 * Builds the services (`nx run-many -t build`, cached) when a build is missing or older than the
 * sources, saying so on `log`. Rejects with the build's output when it fails.
 */
export async function ensureServicesBuilt(
  services: readonly string[],
  log: (line: string) => void = console.log,
): Promise<void> {
  const reason = servicesBuildIsStale(services);
  if (!reason) return;
  log(`[build] building the services (${reason}); the first time takes a minute…`);
  const startedAt = Date.now();
  await runNx(['run-many', '-t', 'build', '-p', ...services], "the services' build");
  log(`[build] built in ${((Date.now() - startedAt) / 1000).toFixed(1)} s into dist/`);
}

/**
 * A built file finds the checkout's development files (keys, the code secret, Kafka credentials) at
 * dist/.data, where its source found .data: a link makes them one folder, so `npm run token` and the
 * built services share the development key set. A real dist/.data (from `npm run start:prod` without
 * keys configured) is moved aside, saying so.
 */
export function linkBuiltDataFolder(
  log: (line: string) => void = console.log,
  root = WORKSPACE_ROOT,
): void {
  const link = join(root, 'dist', '.data');
  mkdirSync(join(root, '.data'), { recursive: true });
  const existing = lstatSync(link, { throwIfNoEntry: false });
  if (existing?.isSymbolicLink()) return;
  if (existing) {
    const aside = `${link}.moved-${Date.now()}`;
    renameSync(link, aside);
    log(
      `[build] moved dist/.data aside to ${aside}: the built services share .data with the checkout`,
    );
  }
  symlinkSync(join('..', '.data'), link, 'dir');
}
