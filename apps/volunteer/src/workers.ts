import { OutboxRelay } from '@erqi/shared/data-access-events';
import type { BackgroundWorker, SubgraphDependencies } from '@erqi/shared/feature-subgraph-server';
import type { DataSource } from 'typeorm';
import type { VolunteerOptions } from './context';
import { GridCellRegistryConsumer } from './grid-cell/grid-cell-registry.consumer';
import {
  VOLUNTEER_CONSUMER_GROUP,
  VolunteerDispatchConsumer,
} from './volunteer-task/volunteer-task.consumer';

/** The volunteer subgraph's background work, by name too, so that a test can wait for the consumer or flush the outbox. */
export interface VolunteerWorkers {
  workers: BackgroundWorker[];
  dispatchConsumer?: VolunteerDispatchConsumer;
  outboxRelay?: OutboxRelay;
  /** Keeps the copy of the grid cells that team coverage is checked against. */
  gridCellConsumer?: GridCellRegistryConsumer;
}

/** With Kafka: the consumers of the teams' dispatch topics and of the grid cell registry, and the outbox relay. Without: none (the API alone). */
export async function createVolunteerWorkers(
  dataSource: DataSource,
  dependencies: SubgraphDependencies<VolunteerOptions>,
): Promise<VolunteerWorkers> {
  const { kafka, logger, metrics, clock, options = {} } = dependencies;
  if (!kafka) return { workers: [] };
  const outboxRelay = new OutboxRelay({ kafka, dataSource, logger, metrics, service: 'volunteer' });
  const dispatchConsumer = new VolunteerDispatchConsumer({
    kafka,
    dataSource,
    logger,
    clock,
    metrics,
    groupId: options.consumerGroupId ?? VOLUNTEER_CONSUMER_GROUP,
    // A new task's task-created event leaves at once instead of at the relay's next poll.
    onApplied: () => outboxRelay.wake(),
  });
  const gridCellConsumer = new GridCellRegistryConsumer({
    kafka,
    dataSource,
    logger,
    metrics,
    ...(options.consumerGroupId ? { groupPrefix: options.consumerGroupId } : {}),
  });
  return {
    workers: [gridCellConsumer, dispatchConsumer, outboxRelay],
    dispatchConsumer,
    outboxRelay,
    gridCellConsumer,
  };
}
