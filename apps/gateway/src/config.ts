import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The supergraph composed at build time by `npm run compose` (see supergraph.config.json). */
export const SUPERGRAPH_FILE = join(__dirname, '..', 'supergraph.graphql');

export function readSupergraphSdl(file = SUPERGRAPH_FILE): string {
  return readFileSync(file, 'utf8');
}

/**
 * Subgraph URLs that replace the ones written into the supergraph, from `SUBGRAPH_URL_<NAME>`
 * (e.g. `SUBGRAPH_URL_GRID=http://10.0.0.5:4001/graphql`). Tests and deployments use it.
 */
export function subgraphUrlOverrides(env: NodeJS.ProcessEnv = process.env): Record<string, string> {
  const overrides: Record<string, string> = {};
  for (const [key, value] of Object.entries(env)) {
    const match = /^SUBGRAPH_URL_([A-Z0-9_]+)$/.exec(key);
    if (match?.[1] && value) overrides[match[1].toLowerCase()] = value;
  }
  return overrides;
}

/** The subgraph names and URLs written into a supergraph (its `join__Graph` enum). */
export function subgraphsOf(supergraphSdl: string, overrides: Record<string, string> = {}): Array<{ name: string; url: string }> {
  const pattern = /@join__graph\(name: "([^"]+)", url: "([^"]+)"\)/g;
  return [...supergraphSdl.matchAll(pattern)].map(([, name = '', url = '']) => ({ name, url: overrides[name] ?? url }));
}
