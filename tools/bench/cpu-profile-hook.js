// Loaded with `node --require` (NODE_OPTIONS) by `BENCH_CPU_PROFILE_DIR=… npm run bench:scale`: profiles the
// whole process and writes a V8 .cpuprofile into CPU_PROFILE_DIR when it exits (--cpu-prof is refused in NODE_OPTIONS).
const { Session } = require('node:inspector');
const { writeFileSync } = require('node:fs');
const { join } = require('node:path');

const directory = process.env['CPU_PROFILE_DIR'];
if (directory) {
  const session = new Session();
  session.connect();
  session.post('Profiler.enable');
  session.post('Profiler.setSamplingInterval', { interval: 500 });
  session.post('Profiler.start');
  // The main-thread session answers synchronously, so this runs to the end inside 'exit'.
  process.on('exit', () => {
    session.post('Profiler.stop', (error, result) => {
      if (!error)
        writeFileSync(join(directory, `${process.pid}.cpuprofile`), JSON.stringify(result.profile));
    });
  });
}
