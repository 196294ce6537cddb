import 'reflect-metadata';
import { join } from 'node:path';
import { writeSubgraphSdl } from '@erqi/shared/util-federation';
import { buildGridSchema } from './schema';

/** Writes apps/grid/schema.graphql, the SDL the supergraph is composed from (`--stdout` to print it). */
void writeSubgraphSdl(buildGridSchema, join(__dirname, '..', 'schema.graphql'));
