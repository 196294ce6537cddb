/* eslint-disable @typescript-eslint/no-require-imports -- a plain CommonJS preload for the built services (NODE_OPTIONS=--require), where no TypeScript loader runs */
// Preloaded by `bench:subgraph-cost` (BENCH_PROFILE_DIR) and `bench:scale` (BENCH_CPU_PROFILE_DIR) through NODE_OPTIONS=--require: Node 20
// refuses --cpu-prof in NODE_OPTIONS, so the profiler is started through the inspector instead, and
// the profile written when the process exits (a service exits after SIGTERM has stopped it).
const { Session } = require('node:inspector');
const { mkdirSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');

const dir = process.env.CPU_PROFILE_DIR;
if (dir) {
  const session = new Session();
  session.connect();
  session.post('Profiler.enable');
  session.post('Profiler.setSamplingInterval', { interval: 1000 });
  session.post('Profiler.start');
  process.on('exit', () => {
    // The session is in this thread: its callbacks run before post returns.
    session.post('Profiler.stop', (error, result) => {
      if (error) return;
      mkdirSync(dir, { recursive: true });
      writeFileSync(
        join(dir, `${process.env.PORT ?? 'process'}-${process.pid}.cpuprofile`),
        JSON.stringify(result.profile),
      );
    });
  });
}
