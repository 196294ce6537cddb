import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The repository's root; in the build, dist/ (which mirrors it and holds a copy of supergraph.config.json). */
export const WORKSPACE_ROOT = join(__dirname, '..', '..');

export interface SubgraphConfig {
  name: string;
  url: string;
  /** Where the subgraph's printed SDL is committed, relative to the workspace. */
  schema: string;
  /** The script that prints the SDL (`--stdout`). */
  printer: string;
}

export interface SupergraphConfig {
  supergraph: string;
  /** The API schema clients see (the web app generates its types from it). */
  apiSchema: string;
  subgraphs: SubgraphConfig[];
}

/** supergraph.config.json: the subgraphs, in one place; read apart from composition so that production can read it too. */
export function readSupergraphConfig(): SupergraphConfig {
  return JSON.parse(
    readFileSync(join(WORKSPACE_ROOT, 'supergraph.config.json'), 'utf8'),
  ) as SupergraphConfig;
}
