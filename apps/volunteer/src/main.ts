import 'reflect-metadata';
import { runSubgraphMain } from '@erqi/shared/feature-subgraph-server';
import { seedVolunteer } from './seed';
import { createVolunteerSubgraph } from './subgraph';

/**
 * The volunteer subgraph: volunteer teams, volunteers, activities with their shifts, check-ins, and the
 * tasks spread to teams from appeals (consumed from Kafka). Port 4004.
 */
void runSubgraphMain({
  name: 'volunteer',
  defaultPort: 4004,
  create: ({ target, statements, kafka, logger }) => createVolunteerSubgraph(target, statements, { kafka, logger }),
  seed: { table: 'volunteer_team', run: seedVolunteer },
});
