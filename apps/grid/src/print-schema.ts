import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { printSubgraphSdl } from '@erqi/shared/util-federation';
import { buildGridSchema } from './schema';

/** Writes apps/grid/schema.graphql, the SDL the supergraph is composed from. */
void buildGridSchema().then((schema) => {
  const file = join(__dirname, '..', 'schema.graphql');
  writeFileSync(file, printSubgraphSdl(schema));
  console.log(`wrote ${file}`);
});
