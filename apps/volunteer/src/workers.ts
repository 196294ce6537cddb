import { OutboxRelay } from '@erqi/shared/data-access-events';
import type { BackgroundWorker, SubgraphDependencies } from '@erqi/shared/feature-subgraph-server';
import type { DataSource } from 'typeorm';
import type { VolunteerOptions } from './context';
import { GridCellRegistryConsumer } from './grid-cell/grid-cell-registry.consumer';
import { TaskEscalationSweep } from './volunteer-task/task-escalation';
import {
  VOLUNTEER_CONSUMER_GROUP,
  VolunteerDispatchConsumer,
} from './volunteer-task/volunteer-task.consumer';

/** The volunteer subgraph's background work, by name too, so that a test can wait for the consumer, flush the outbox or sweep. */
export interface VolunteerWorkers {
  workers: BackgroundWorker[];
  dispatchConsumer?: VolunteerDispatchConsumer;
  outboxRelay?: OutboxRelay;
  /** Keeps the copy of the grid cells that team coverage is checked against. */
  gridCellConsumer?: GridCellRegistryConsumer;
  /** 上报队长: escalates tasks nobody accepted in time; absent when `taskEscalationSweepMs` is 0. */
  escalationSweep?: TaskEscalationSweep;
}

/**
 * The escalation sweep always (unless switched off: another replica sweeps); with Kafka also the
 * consumers of the teams' dispatch topics and of the grid cell registry, and the outbox relay. Without
 * Kafka the escalations wait in the outbox, as every event of the API alone does.
 */
export async function createVolunteerWorkers(
  dataSource: DataSource,
  dependencies: SubgraphDependencies<VolunteerOptions>,
): Promise<VolunteerWorkers> {
  const { kafka, logger, metrics, clock, options = {} } = dependencies;
  const outboxRelay = kafka
    ? new OutboxRelay({ kafka, dataSource, logger, metrics, service: 'volunteer' })
    : undefined;
  const escalationSweep =
    options.taskEscalationSweepMs === 0
      ? undefined
      : new TaskEscalationSweep({
          dataSource,
          clock,
          logger,
          onEventsCommitted: () => outboxRelay?.wake(),
          ...(options.taskAcceptMinutes ? { acceptMinutes: options.taskAcceptMinutes } : {}),
          ...(options.taskEscalationSweepMs ? { intervalMs: options.taskEscalationSweepMs } : {}),
        });
  const sweep = escalationSweep ? { escalationSweep } : {};
  if (!kafka || !outboxRelay)
    return { workers: escalationSweep ? [escalationSweep] : [], ...sweep };
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
    workers: [
      gridCellConsumer,
      dispatchConsumer,
      outboxRelay,
      ...(escalationSweep ? [escalationSweep] : []),
    ],
    dispatchConsumer,
    outboxRelay,
    gridCellConsumer,
    ...sweep,
  };
}
