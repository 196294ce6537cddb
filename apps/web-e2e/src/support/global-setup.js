// Starts the system under test as its own process (as `npm start` would run it), once for all spec
// files. Jest's global setup cannot resolve our libs' path aliases, and needs not: the process does.
const { spawn } = require('node:child_process');
const path = require('node:path');

const root = path.join(__dirname, '..', '..', '..', '..');

module.exports = async function globalSetup() {
  const child = spawn(
    process.execPath,
    ['-r', '@swc-node/register', 'apps/web-e2e/src/support/run-system.ts'],
    {
      cwd: root,
      env: { ...process.env, NODE_OPTIONS: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  globalThis.__systemProcess = child;
  let output = '';
  await new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`the system did not start within 300 s:\n${output}`)),
      300_000,
    );
    const take = (chunk) => {
      output += chunk.toString();
      if (/^ready$/m.test(output)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout.on('data', take);
    child.stderr.on('data', take);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the system exited with code ${code} while starting:\n${output}`));
    });
  });
};
