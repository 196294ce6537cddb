#!/usr/bin/env node
// `npm test`: type-checks, builds, lints and tests every project (unit, integration on the real
// PostgreSQL, end-to-end through the real gateway), checks the formatting, then prints one closing
// line that sums up every Jest run. `npm test -- lint test` runs only those targets (`format`: Prettier).
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.join(__dirname, '..', '..');
const resultsDir = path.join(root, 'tmp', 'jest-results');

// The one port check of the workspace (libs/shared/util-tcp-port), loaded through SWC like the tools.
require('@swc-node/register');
const { isPortOpen } = require('../../libs/shared/util-tcp-port/src/index.ts');

function postgresAnswers(url) {
  const { hostname, port } = new URL(url);
  return isPortOpen(hostname, Number(port || 5432));
}

async function main() {
  const server =
    process.env.TEST_DATABASE_URL ??
    process.env.DATABASE_URL ??
    'postgres://postgres@127.0.0.1:5432/postgres';
  if (!(await postgresAnswers(server))) {
    console.error(
      `The tests need a real PostgreSQL server and none answers at ${new URL(server).host}.`,
    );
    console.error(
      'Start one (here: pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start) or set TEST_DATABASE_URL.',
    );
    process.exit(1);
  }
  // The event tests need a real Kafka broker: start the project's own (unless KAFKA_BROKERS names one),
  // and stop it afterwards if this run started it.
  const kafka = (command) =>
    spawnSync(process.execPath, ['-r', '@swc-node/register', 'tools/kafka/kafka.ts', command], {
      cwd: root,
      stdio: 'inherit',
    }).status;
  const brokerWasRunning = process.env.KAFKA_BROKERS || kafka('status') === 0;
  if (!brokerWasRunning && kafka('start') !== 0) {
    console.error(
      'Could not start the Kafka broker (see above); the tests need one. Set KAFKA_BROKERS to use another.',
    );
    process.exit(1);
  }
  fs.rmSync(resultsDir, { recursive: true, force: true });
  fs.mkdirSync(resultsDir, { recursive: true });
  const asked =
    process.argv.slice(2).length > 0
      ? process.argv.slice(2)
      : ['typecheck', 'build', 'lint', 'test', 'format'];
  const targets = asked.filter((target) => target !== 'format');
  const nx =
    targets.length === 0
      ? { status: 0 }
      : spawnSync(
          process.execPath,
          [
            require.resolve('nx/bin/nx'),
            'run-many',
            '-t',
            targets.join(','),
            '--parallel=2',
            '--outputStyle=static',
            '--skipNxCache',
          ],
          {
            cwd: root,
            stdio: 'inherit',
            env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false' },
          },
        );
  // Prettier over the whole repository (.prettierignore leaves out generated files); `npm run format` fixes it.
  const format = asked.includes('format')
    ? spawnSync(
        process.execPath,
        [require.resolve('prettier/bin/prettier.cjs'), '--check', '.', '--log-level=warn'],
        { cwd: root, stdio: 'inherit' },
      )
    : { status: 0 };
  if (format.status !== 0)
    console.error('Formatting differs from Prettier in the files above: run `npm run format`.');
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  for (const file of fs.existsSync(resultsDir) ? fs.readdirSync(resultsDir) : []) {
    const report = JSON.parse(fs.readFileSync(path.join(resultsDir, file), 'utf8'));
    passed += report.numPassedTests;
    // A suite that could not run (a failing hook, a syntax error) has no failed test of its own: count it.
    failed += report.numFailedTests + (report.numRuntimeErrorTestSuites ?? 0);
    skipped += report.numPendingTests + report.numTodoTests;
  }
  if (!brokerWasRunning) kafka('stop');
  console.log(`\ntests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
  const testsRan = !targets.includes('test') || passed > 0;
  process.exit(nx.status === 0 && format.status === 0 && failed === 0 && testsRan ? 0 : 1);
}

void main();
