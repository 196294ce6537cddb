import 'reflect-metadata';
import { join } from 'node:path';
import { writeSubgraphSdl } from '@erqi/shared/util-federation';
import { buildAppealSchema } from './schema';

/** Writes apps/appeal/schema.graphql, the SDL the supergraph is composed from (`--stdout` to print it). */
void writeSubgraphSdl(buildAppealSchema, join(__dirname, '..', 'schema.graphql'));
