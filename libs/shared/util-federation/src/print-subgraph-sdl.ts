import { writeFileSync } from 'node:fs';
import { printSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLSchema } from 'graphql';

/** The subgraph's SDL as the gateway's composition sees it (what `_service { sdl }` answers). */
export function printSubgraphSdl(schema: GraphQLSchema): string {
  return `${printSubgraphSchema(schema).trim()}\n`;
}

/**
 * The body of a subgraph's `print-schema.ts`: writes its SDL to `file`, or to standard output with
 * `--stdout` (how `npm run compose` and the staleness test read it without touching the tree).
 */
export async function writeSubgraphSdl(
  build: () => Promise<GraphQLSchema>,
  file: string,
  argv = process.argv,
): Promise<void> {
  const sdl = printSubgraphSdl(await build());
  if (argv.includes('--stdout')) {
    process.stdout.write(sdl);
    return;
  }
  writeFileSync(file, sdl);
  console.log(`wrote ${file}`);
}
