import { join } from 'node:path';
import { formatFiles, generateFiles, names, type Tree } from '@nx/devkit';

export interface SubgraphGeneratorOptions {
  /** e.g. `grid`; the app lives in `apps/<name>`. */
  name: string;
  /** The contract's port, e.g. 4001. */
  port: number;
}

/** The files the template owns outright: rewritten on every run, checked by a test. */
export const WIRING_FILES = ['src/main.ts', 'src/subgraph.ts', 'src/tracing.ts'] as const;

function substitutions(options: SubgraphGeneratorOptions): Record<string, unknown> {
  const { className, propertyName } = names(options.name);
  return { name: options.name, port: options.port, className, propertyName, tmpl: '' };
}

/**
 * Writes `apps/<name>/src/main.ts`, `subgraph.ts` and `tracing.ts` from the template, and the skeletons of the parts
 * the subgraph writes by hand (config.ts, its spec, context.ts, workers.ts) only where they are missing,
 * so a rerun never overwrites them. The subgraph's data-source.ts, schema.ts and seed.ts are its own.
 */
export async function subgraphGenerator(
  tree: Tree,
  options: SubgraphGeneratorOptions,
): Promise<void> {
  const root = join('apps', options.name);
  generateFiles(tree, join(__dirname, 'files'), root, substitutions(options));
  const skeleton = new Map<string, string | null>();
  for (const file of ['src/config.ts', 'src/config.spec.ts', 'src/context.ts', 'src/workers.ts']) {
    skeleton.set(file, tree.read(join(root, file), 'utf-8'));
  }
  generateFiles(tree, join(__dirname, 'skeleton'), root, substitutions(options));
  // Put back what the subgraph already had: the skeletons only fill gaps.
  for (const [file, existing] of skeleton) {
    if (existing !== null) tree.write(join(root, file), existing);
  }
  // Formatted as the workspace formats (Prettier, when installed), so `prettier --write` never disagrees with the test.
  await formatFiles(tree);
}
