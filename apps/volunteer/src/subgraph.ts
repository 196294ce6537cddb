import type { DatabaseTarget } from '@erqi/shared/data-access-database';
import { initializeServiceDataSource } from '@erqi/shared/data-access-database';
import { OutboxRelay } from '@erqi/shared/data-access-events';
import type { SubgraphDefinition } from '@erqi/shared/feature-subgraph-server';
import { createLogger, type Logger as ServiceLogger } from '@erqi/shared/util-http-server';
import type { Kafka } from 'kafkajs';
import type { Logger } from 'typeorm';
import { createVolunteerContextFactory, type VolunteerContext } from './context';
import { createVolunteerDataSource } from './data-source';
import { buildVolunteerSchema } from './schema';
import { VOLUNTEER_CONSUMER_GROUP, VolunteerDispatchConsumer } from './volunteer-task/volunteer-task.consumer';

export interface VolunteerSubgraphOptions {
  /** The cluster to consume team dispatches from and publish the outbox to. @default undefined (the API alone, no workers) */
  kafka?: Kafka;
  /** For the workers' log lines. @default createLogger('volunteer') */
  logger?: ServiceLogger;
  /** @default VOLUNTEER_CONSUMER_GROUP ('volunteer-service') */
  consumerGroupId?: string;
}

/** The subgraph, and with Kafka its workers by name, so that a caller can wait for the consumer or flush the outbox. */
export interface VolunteerSubgraph extends SubgraphDefinition<VolunteerContext> {
  dispatchConsumer?: VolunteerDispatchConsumer;
  outboxRelay?: OutboxRelay;
}

/** Everything the volunteer subgraph needs to serve: migrated data source, schema, context factory and, with Kafka, its workers. */
export async function createVolunteerSubgraph(target: DatabaseTarget, sqlLogger?: Logger, options: VolunteerSubgraphOptions = {}): Promise<VolunteerSubgraph> {
  const dataSource = await initializeServiceDataSource(createVolunteerDataSource(target, sqlLogger));
  const schema = await buildVolunteerSchema();
  if (!options.kafka) return { name: 'volunteer', schema, dataSource, createContext: createVolunteerContextFactory(dataSource) };
  const logger = options.logger ?? createLogger('volunteer');
  const outboxRelay = new OutboxRelay({ kafka: options.kafka, dataSource, logger, service: 'volunteer' });
  const definition: VolunteerSubgraph = { name: 'volunteer', schema, dataSource, createContext: createVolunteerContextFactory(dataSource, () => outboxRelay.wake()) };
  const dispatchConsumer = new VolunteerDispatchConsumer({
    kafka: options.kafka,
    dataSource,
    logger,
    groupId: options.consumerGroupId ?? VOLUNTEER_CONSUMER_GROUP,
    // A new task's task-created event leaves at once instead of at the relay's next poll.
    onApplied: () => outboxRelay.wake(),
  });
  return { ...definition, dispatchConsumer, outboxRelay, workers: [dispatchConsumer, outboxRelay] };
}
