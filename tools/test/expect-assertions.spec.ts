import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');
const setupFile = join(root, 'tools', 'test', 'expect-assertions.js');

/**
 * Keeps "no test passes without an assertion" true for every project: a project whose Jest config drops
 * the shared setup file (its own `setupFilesAfterEnv`, a config not built on jest.preset.js) fails here.
 */
describe('every project runs its tests with expect.hasAssertions()', () => {
  const configs = execFileSync(
    'git',
    ['ls-files', '--cached', '--others', '--exclude-standard', '*jest.config.js'],
    {
      cwd: root,
      encoding: 'utf8',
    },
  )
    .split('\n')
    .filter((file) => file.endsWith('jest.config.js') && !file.includes('node_modules'));

  it('finds the projects’ Jest configs', () => {
    // apps (six with tests), tools and the shared libs: far more than a handful.
    expect(configs.length).toBeGreaterThan(20);
  });

  it.each(configs)('%s loads tools/test/expect-assertions.js', (file) => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const config = require(join(root, file)) as { setupFilesAfterEnv?: string[] };
    expect(config.setupFilesAfterEnv ?? []).toContain(setupFile);
  });
});
