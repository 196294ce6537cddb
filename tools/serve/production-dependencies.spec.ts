import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { WORKSPACE_ROOT } from '../compose/supergraph-config';

/** Production dependencies no built file `require`s, and why they are still needed. */
const USED_WITHOUT_REQUIRE: Record<string, string> = {
  '@electric-sql/pglite': 'the peer typeorm-pglite loads',
  graphiql: 'the explorer serves its files',
  react: 'the explorer serves its files',
  'react-dom': 'the explorer serves its files',
};

/** Built folders that production never runs, and why: their packages stay in devDependencies. */
const DEVELOPMENT_ONLY: Record<string, string> = {
  [join('libs', 'shared', 'feature-oidc-provider')]:
    'the local OpenID provider (npm start, tests); a deployment signs in with its own provider',
};

function builtFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (Object.keys(DEVELOPMENT_ONLY).some((only) => path === join(WORKSPACE_ROOT, 'dist', only)))
      return [];
    if (entry.isDirectory()) return builtFiles(path);
    return entry.name.endsWith('.js') ? [path] : [];
  });
}

/** The packages the built output loads: `require("x")` and `require("@scope/x/deep")` by package name. */
function requiredPackages(): Set<string> {
  const packages = new Set<string>();
  for (const file of builtFiles(join(WORKSPACE_ROOT, 'dist'))) {
    for (const [, specifier = ''] of readFileSync(file, 'utf8').matchAll(
      /\brequire\("([^"]+)"\)/g,
    )) {
      if (
        specifier.startsWith('.') ||
        specifier.startsWith('node:') ||
        builtinModules.includes(specifier)
      )
        continue;
      const parts = specifier.split('/');
      packages.add(specifier.startsWith('@') ? `${parts[0]}/${parts[1]}` : (parts[0] ?? specifier));
    }
  }
  return packages;
}

const manifest = JSON.parse(readFileSync(join(WORKSPACE_ROOT, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

// Runs after the build (see the test target's dependsOn): dist/ holds every service as production runs it.
describe('the production install (npm ci --omit=dev)', () => {
  const required = requiredPackages();

  it('holds every package the built services load', () => {
    expect(required).toContain('type-graphql');
    expect(required).toContain('@apollo/gateway');
    const missing = [...required].filter((name) => !(name in manifest.dependencies)).sort();
    expect(missing).toEqual([]);
  });

  it('holds nothing the built services do not need', () => {
    const unused = Object.keys(manifest.dependencies).filter(
      (name) => !required.has(name) && !(name in USED_WITHOUT_REQUIRE),
    );
    expect(unused).toEqual([]);
  });

  it('leaves the tooling to devDependencies', () => {
    for (const tool of [
      'nx',
      'typescript',
      'jest',
      'eslint',
      'prettier',
      '@swc/core',
      '@swc-node/register',
    ]) {
      expect(manifest.devDependencies).toHaveProperty([tool]);
      expect(manifest.dependencies).not.toHaveProperty([tool]);
    }
  });
});
