import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { builtEntry, linkBuiltDataFolder, servicesBuildIsStale } from './service-builds';

function write(root: string, file: string, text: string, secondsAgo: number): void {
  const path = join(root, file);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  const time = new Date(Date.now() - secondsAgo * 1000);
  utimesSync(path, time, time);
}

describe('npm start runs the built services', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'service-builds-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('builds when a service was never built, or a source changed after its build', () => {
    write(root, 'apps/grid/src/main.ts', 'source', 60);
    write(root, 'libs/shared/util-x/src/index.ts', 'source', 60);
    expect(servicesBuildIsStale(['grid'], root)).toBe('not built yet');

    write(root, builtEntry('grid'), 'built', 30);
    expect(servicesBuildIsStale(['grid'], root)).toBeUndefined();

    write(root, 'libs/shared/util-x/src/index.ts', 'changed', 0);
    expect(servicesBuildIsStale(['grid'], root)).toBe('their sources changed since the last build');
  });

  it("lets the built services share the checkout's development files", () => {
    write(root, '.data/auth/development-key-set.json', 'keys', 0);
    write(root, 'dist/.data/auth/development-key-set.json', 'other keys', 0);
    const said: string[] = [];

    linkBuiltDataFolder((line) => said.push(line), root);
    linkBuiltDataFolder((line) => said.push(line), root);

    expect(readFileSync(join(root, 'dist/.data/auth/development-key-set.json'), 'utf8')).toBe(
      'keys',
    );
    expect(said).toHaveLength(1);
    expect(
      readdirSync(join(root, 'dist')).filter((name) => name.startsWith('.data.moved-')),
    ).toHaveLength(1);
  });
});
