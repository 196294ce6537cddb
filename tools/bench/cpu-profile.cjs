/* eslint-disable @typescript-eslint/no-require-imports -- a plain CommonJS preload for the built services (NODE_OPTIONS=--require), where no TypeScript loader runs */
// Preloaded by `bench:scale` (BENCH_CPU_PROFILE_DIR), `bench:subgraph-cost` (BENCH_PROFILE_DIR) and
// `bench:events` (BENCH_CPU_PROF) through NODE_OPTIONS=--require: Node 20 refuses --cpu-prof in
// NODE_OPTIONS, so the profiler is started through the inspector instead. It writes
// <CPU_PROFILE_DIR>/<app>-<port>-<pid>.cpuprofile when the process exits (a service exits after SIGTERM
// has stopped it). With CPU_PROFILE_ON_SIGNAL=1 it profiles only between the first SIGUSR2 and the
// second (or the exit): a bench's steady phase, not the start (compiling, migrating, seeding).
const { Session } = require('node:inspector');
const { mkdirSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');

const dir = process.env.CPU_PROFILE_DIR;
if (dir) {
  const session = new Session();
  let state = 'idle';
  const start = () => {
    state = 'profiling';
    session.connect();
    session.post('Profiler.enable');
    session.post('Profiler.setSamplingInterval', { interval: 1000 });
    session.post('Profiler.start');
  };
  const stop = () => {
    if (state !== 'profiling') return;
    state = 'done';
    // The session is in this thread: its callbacks run before post returns, in an 'exit' handler too.
    session.post('Profiler.stop', (error, result) => {
      if (error || !result) return;
      const app = (process.argv[1] ?? 'node').split('/').slice(-3)[0];
      mkdirSync(dir, { recursive: true });
      writeFileSync(
        join(dir, `${app}-${process.env.PORT ?? 'process'}-${process.pid}.cpuprofile`),
        JSON.stringify(result.profile),
      );
    });
  };
  if (process.env.CPU_PROFILE_ON_SIGNAL === '1')
    process.on('SIGUSR2', () => (state === 'idle' ? start() : stop()));
  else start();
  process.on('exit', stop);
}
