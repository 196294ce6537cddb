import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';

/**
 * The repository's root, where `node -r @swc-node/register` finds tsconfig.json and its path aliases;
 * in the build, dist/ (which mirrors the repository), where the built entry points sit at the same paths.
 */
export const WORKSPACE_ROOT = join(__dirname, '..', '..', '..', '..');

/**
 * Runs an entry point, output to our terminal: a TypeScript one with SWC's register hook (keeps
 * decorator metadata), a built `.js` one with plain node (production: no compiler installed).
 */
export function startNodeProcess(
  entry: string,
  env: Record<string, string>,
  options: { args?: string[]; quiet?: boolean } = {},
): ChildProcess {
  const loader = entry.endsWith('.js') ? ['--enable-source-maps'] : ['-r', '@swc-node/register'];
  const child = spawn(process.execPath, [...loader, entry, ...(options.args ?? [])], {
    cwd: WORKSPACE_ROOT,
    env: { ...process.env, ...env },
    // Quiet children (tests) keep their output to themselves unless they fail: see `collectOutput`.
    stdio: ['ignore', options.quiet ? 'pipe' : 'inherit', options.quiet ? 'pipe' : 'inherit'],
  });
  // If this process ends without stopping its children (a crash, process.exit), take them along.
  const killOnExit = (): void => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
  };
  process.once('exit', killOnExit);
  child.once('exit', () => process.removeListener('exit', killOnExit));
  return child;
}

/** Keeps the last lines a quiet child printed, to show when something goes wrong. */
export function collectOutput(child: ChildProcess, keep = 200): () => string {
  const lines: string[] = [];
  const take = (chunk: Buffer): void => {
    lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
    if (lines.length > keep) lines.splice(0, lines.length - keep);
  };
  child.stdout?.on('data', take);
  child.stderr?.on('data', take);
  return () => lines.join('\n');
}

/** Polls `url` until it answers 200, the process dies, or `timeoutMs` passes. */
export async function waitForHealthy(
  url: string,
  child: ChildProcess,
  timeoutMs = 60_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`exited with code ${child.exitCode} before it was healthy`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(1000) });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`not healthy at ${url} after ${timeoutMs / 1000} s`);
}

/** Waits for a process to exit, sending SIGKILL if it has not stopped within `graceMs`. */
export function stopProcess(child: ChildProcess, graceMs = 5000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
