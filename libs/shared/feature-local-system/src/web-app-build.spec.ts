import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { webAppBuildIsStale } from './web-app-build';

/** `npm start` rebuilds the web app only when a developer changed it since the last build. */
describe('webAppBuildIsStale', () => {
  const root = mkdtempSync(join(tmpdir(), 'erqi-web-build-'));
  const sources = join(root, 'apps', 'web');
  const build = join(root, 'dist');
  const at = (file: string, seconds: number): void => utimesSync(file, seconds, seconds);

  beforeAll(() => {
    mkdirSync(join(sources, 'src', 'features'), { recursive: true });
    mkdirSync(join(sources, 'node_modules'), { recursive: true });
    writeFileSync(join(sources, 'src', 'features', 'cells.tsx'), 'export {}');
    writeFileSync(join(sources, 'node_modules', 'cache.js'), '');
    at(join(sources, 'src', 'features', 'cells.tsx'), 1_000);
    at(join(sources, 'node_modules', 'cache.js'), 5_000);
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('says the app is not built when there is no index.html', () => {
    expect(webAppBuildIsStale(build, [sources])).toBe('not built yet');
  });

  it('is fresh when the build is newer than every source (node_modules aside)', () => {
    mkdirSync(build, { recursive: true });
    writeFileSync(join(build, 'index.html'), '<!doctype html>');
    at(join(build, 'index.html'), 2_000);
    expect(webAppBuildIsStale(build, [sources])).toBeUndefined();
  });

  it('is stale once a source file changes after the build', () => {
    at(join(sources, 'src', 'features', 'cells.tsx'), 3_000);
    expect(webAppBuildIsStale(build, [sources])).toBe('its sources changed since the last build');
  });
});
