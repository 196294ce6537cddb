// Preloaded into the services by `bench:events` with BENCH_CPU_PROF=<dir> (NODE_OPTIONS=--require …;
// Node 20 refuses --cpu-prof there): the first SIGUSR2 starts the inspector's CPU profiler, the second
// (or the process's exit) writes <dir>/<app>-<pid>.cpuprofile. So the profile covers the bench's
// steady phase only, not the start (compiling, migrating, seeding).
const { Session } = require('node:inspector');
const { writeFileSync } = require('node:fs');
const { join } = require('node:path');

const directory = process.env.BENCH_CPU_PROF;
if (directory) {
  const session = new Session();
  let state = 'idle';
  const stop = () => {
    if (state !== 'profiling') return;
    state = 'done';
    // The in-process session answers synchronously, so this also works in an `exit` handler.
    session.post('Profiler.stop', (error, result) => {
      if (error || !result) return;
      const app = (process.argv[1] ?? 'node').split('/').slice(-3)[0];
      writeFileSync(
        join(directory, `${app}-${process.pid}.cpuprofile`),
        JSON.stringify(result.profile),
      );
    });
  };
  process.on('SIGUSR2', () => {
    if (state === 'idle') {
      state = 'profiling';
      session.connect();
      session.post('Profiler.enable');
      session.post('Profiler.setSamplingInterval', { interval: 1000 });
      session.post('Profiler.start');
    } else stop();
  });
  process.on('exit', stop);
}
