import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  composeSupergraph,
  printCurrentSdl,
  readSupergraphConfig,
  WORKSPACE_ROOT,
} from './supergraph';

/**
 * `npm run compose`: prints every subgraph's SDL from its code, writes it beside the subgraph, and
 * composes the supergraph the gateway loads. `--check` writes nothing and fails when a committed
 * file differs from what the code describes, or when the subgraphs do not compose.
 */
async function main(): Promise<void> {
  const check = process.argv.includes('--check');
  const config = readSupergraphConfig();
  const stale: string[] = [];
  const printed = await Promise.all(
    config.subgraphs.map(async (subgraph) => ({
      ...subgraph,
      sdl: await printCurrentSdl(subgraph),
    })),
  );
  for (const subgraph of printed) {
    const file = join(WORKSPACE_ROOT, subgraph.schema);
    if (readIfExists(file) === subgraph.sdl) continue;
    if (check) stale.push(subgraph.schema);
    else writeFileSync(file, subgraph.sdl);
  }
  const composition = composeSupergraph(printed);
  if (!composition.ok) {
    console.error(
      `The subgraphs do not compose:\n${composition.errors.map((error) => `  - ${error}`).join('\n')}`,
    );
    process.exit(1);
  }
  const supergraphFile = join(WORKSPACE_ROOT, config.supergraph);
  if (readIfExists(supergraphFile) !== composition.supergraphSdl) {
    if (check) stale.push(config.supergraph);
    else writeFileSync(supergraphFile, composition.supergraphSdl);
  }
  const apiSchemaFile = join(WORKSPACE_ROOT, config.apiSchema);
  if (readIfExists(apiSchemaFile) !== composition.apiSchemaSdl) {
    if (check) stale.push(config.apiSchema);
    else writeFileSync(apiSchemaFile, composition.apiSchemaSdl);
  }
  if (stale.length > 0) {
    console.error(
      `Out of date with the code: ${stale.join(', ')}. Run \`npm run compose\` and commit the result.`,
    );
    process.exit(1);
  }
  console.log(
    check
      ? 'supergraph is up to date'
      : `composed ${config.subgraphs.length} subgraphs into ${config.supergraph}`,
  );
}

function readIfExists(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

void main();
