import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { composeServices } from '@apollo/composition';
import { parse, printSchema } from 'graphql';
import { type SubgraphConfig, WORKSPACE_ROOT } from './supergraph-config';

const run = promisify(execFile);

export {
  readSupergraphConfig,
  type SubgraphConfig,
  type SupergraphConfig,
  WORKSPACE_ROOT,
} from './supergraph-config';

/** Runs a subgraph's printer and returns the SDL its code describes now. */
export async function printCurrentSdl(subgraph: SubgraphConfig): Promise<string> {
  const { stdout } = await run(
    process.execPath,
    ['-r', '@swc-node/register', subgraph.printer, '--stdout'],
    {
      cwd: WORKSPACE_ROOT,
      maxBuffer: 16 * 1024 * 1024,
    },
  );
  return stdout;
}

export type Composition =
  { ok: true; supergraphSdl: string; apiSchemaSdl: string } | { ok: false; errors: string[] };

/** Composes the subgraphs' SDL into a supergraph with Apollo's composition (the same as `rover`). */
export function composeSupergraph(subgraphs: Array<SubgraphConfig & { sdl: string }>): Composition {
  const result = composeServices(
    subgraphs.map((subgraph) => ({
      name: subgraph.name,
      url: subgraph.url,
      typeDefs: parse(subgraph.sdl),
    })),
  );
  if (result.errors) return { ok: false, errors: result.errors.map((error) => error.message) };
  // What clients see (no join directives, no inaccessible fields): the web app's code generator reads it.
  const apiSchemaSdl = printSchema(result.schema.toAPISchema().toGraphQLJSSchema());
  return {
    ok: true,
    supergraphSdl: `${result.supergraphSdl.trim()}\n`,
    apiSchemaSdl: `${apiSchemaSdl.trim()}\n`,
  };
}
