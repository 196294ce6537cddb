import 'reflect-metadata';
import { join } from 'node:path';
import { writeSubgraphSdl } from '@erqi/shared/util-federation';
import { buildEnterpriseSchema } from './schema';

/** Writes apps/enterprise/schema.graphql, the SDL the supergraph is composed from (`--stdout` to print it). */
void writeSubgraphSdl(buildEnterpriseSchema, join(__dirname, '..', 'schema.graphql'));
