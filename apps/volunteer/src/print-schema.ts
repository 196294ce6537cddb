import 'reflect-metadata';
import { join } from 'node:path';
import { writeSubgraphSdl } from '@erqi/shared/util-federation';
import { buildVolunteerSchema } from './schema';

/** Writes apps/volunteer/schema.graphql, the SDL the supergraph is composed from (`--stdout` to print it). */
void writeSubgraphSdl(buildVolunteerSchema, join(__dirname, '..', 'schema.graphql'));
