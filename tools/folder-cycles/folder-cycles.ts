import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  findCycles,
  type FolderCycle,
  folderEdges,
  type ModuleImport,
  policyImports,
  wiringImports,
} from './folder-graph';

const WORKSPACE = join(__dirname, '..', '..');

interface CruiseOutput {
  modules: Array<{
    source: string;
    dependencies: Array<{ resolved: string; dependencyTypes: string[] }>;
  }>;
}

/** What is wrong with one app's folders: loops between them, and imports up into the wiring. */
export interface FolderReport {
  app: string;
  cycles: FolderCycle[];
  /** Folders the policy folder imports (it must import none). */
  policy: string[];
  wiring: ModuleImport[];
}

/** The apps with a `src` folder. */
export function appsWithSources(): string[] {
  return readdirSync(join(WORKSPACE, 'apps'))
    .filter((app) => existsSync(join(WORKSPACE, 'apps', app, 'src')))
    .sort();
}

/** Every import among the apps' runtime modules (specs left out), read by dependency-cruiser with .dependency-cruiser.cjs. */
export function readImports(apps: readonly string[]): ModuleImport[] {
  const cli = join(WORKSPACE, 'node_modules', 'dependency-cruiser', 'bin', 'dependency-cruise.mjs');
  const json = execFileSync(
    process.execPath,
    [
      cli,
      '--config',
      '.dependency-cruiser.cjs',
      '--output-type',
      'json',
      ...apps.map((app) => `apps/${app}/src`),
    ],
    {
      cwd: WORKSPACE,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  const output = JSON.parse(json) as CruiseOutput;
  return output.modules.flatMap((module) =>
    module.dependencies.map((dependency) => ({
      from: module.source,
      to: dependency.resolved,
      typeOnly: dependency.dependencyTypes.includes('type-only'),
    })),
  );
}

export function checkFolders(apps: readonly string[] = appsWithSources()): FolderReport[] {
  const imports = readImports(apps);
  return apps.map((app) => {
    const srcRoot = `apps/${app}/src`;
    const edges = folderEdges(imports, srcRoot);
    return {
      app,
      cycles: findCycles(edges),
      policy: policyImports(edges),
      wiring: wiringImports(imports, srcRoot),
    };
  });
}

/** The reports as a reader fixes them: each loop as a path, each import into the wiring by file. */
export function describe(reports: readonly FolderReport[]): string {
  const lines: string[] = [];
  for (const { app, cycles, policy, wiring } of reports) {
    for (const { folders, loop } of cycles)
      lines.push(
        `apps/${app}: folders ${folders.join(', ')} import each other, e.g. ${loop.join(' → ')}`,
      );
    for (const folder of policy)
      lines.push(
        `apps/${app}: policy imports ${folder}; policy is the bottom and imports no other folder`,
      );
    for (const { from, to } of wiring)
      lines.push(
        `apps/${app}: ${from} imports the wiring file ${to} (only a type-only import of context.ts may)`,
      );
  }
  return lines.join('\n');
}

if (require.main === module) {
  const reports = checkFolders(
    process.argv.slice(2).length > 0 ? process.argv.slice(2) : undefined,
  );
  const problems = describe(reports);
  if (problems) {
    console.error(
      `Folders must import one way (policy → data → services → resolvers → wiring); these do not:\n${problems}`,
    );
    process.exit(1);
  }
  console.log(`No folder cycles in ${reports.map((report) => report.app).join(', ')}`);
}
