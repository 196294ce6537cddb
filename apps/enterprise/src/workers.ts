import { OutboxRelay } from '@erqi/shared/data-access-events';
import type { BackgroundWorker, SubgraphDependencies } from '@erqi/shared/feature-subgraph-server';
import type { DataSource } from 'typeorm';
import type { EnterpriseOptions } from './context';
import { AppealLifecycleConsumer } from './inspection-cause/appeal-lifecycle-consumer';
import { publishedWorkingCalendar, type WorkingCalendar } from '@erqi/shared/util-working-calendar';
import { ServiceApplicationWatcher } from './service-application/service-application-watcher';

/** The enterprise subgraph's background work, started after it listens. */
export interface EnterpriseWorkers {
  workers: BackgroundWorker[];
  /** Publishes the enterprise registry from the outbox; only with Kafka (without it the rows wait in the outbox). */
  outboxRelay?: OutboxRelay;
  /** Keeps `known_appeal` (the appeals an inspection may name as its cause); only with Kafka. */
  appealLifecycle?: AppealLifecycleConsumer;
  /** 易企办: the calendar applications' time limits count in (the published holiday notices). */
  serviceCalendar: WorkingCalendar;
  /** 易企办: ends lapsed 容缺 applications and escalates overdue ones, once; tests run its scans. */
  serviceApplicationWatcher: ServiceApplicationWatcher;
}

export async function createEnterpriseWorkers(
  dataSource: DataSource,
  dependencies: SubgraphDependencies<EnterpriseOptions>,
): Promise<EnterpriseWorkers> {
  const { kafka, logger, metrics, clock, options = {} } = dependencies;
  const outboxRelay = kafka
    ? new OutboxRelay({ dataSource, kafka, logger, metrics, service: 'enterprise' })
    : undefined;
  const serviceCalendar = publishedWorkingCalendar();
  const serviceApplicationWatcher = new ServiceApplicationWatcher({
    dataSource,
    clock,
    logger,
    onEventsCommitted: () => outboxRelay?.wake(),
    ...(options.serviceApplicationScanMs ? { intervalMs: options.serviceApplicationScanMs } : {}),
  });
  const serviceWorkers = options.serviceApplicationScanMs ? [serviceApplicationWatcher] : [];
  const services = { serviceCalendar, serviceApplicationWatcher };
  if (!kafka || !outboxRelay) return { workers: serviceWorkers, ...services };
  const appealLifecycle = new AppealLifecycleConsumer({ kafka, dataSource, logger, metrics });
  return {
    workers: [outboxRelay, appealLifecycle, ...serviceWorkers],
    outboxRelay,
    appealLifecycle,
    ...services,
  };
}
