import { OutboxRelay } from '@erqi/shared/data-access-events';
import type { BackgroundWorker, SubgraphDependencies } from '@erqi/shared/feature-subgraph-server';
import { publishedWorkingCalendar, type WorkingCalendar } from '@erqi/shared/util-working-calendar';
import type { DataSource } from 'typeorm';
import type { EnterpriseOptions } from './context';
import { DepartmentRegistryConsumer } from './department-registry/department-registry-consumer';
import { AppealLifecycleConsumer } from './inspection-cause/appeal-lifecycle-consumer';
import { PromiseEscalator } from './investment-promise/promise-escalator';
import { ServiceApplicationWatcher } from './service-application/service-application-watcher';

/** The enterprise subgraph's background work, started after it listens. */
export interface EnterpriseWorkers {
  workers: BackgroundWorker[];
  /** Publishes the enterprise registry from the outbox; only with Kafka (without it the rows wait in the outbox). */
  outboxRelay?: OutboxRelay;
  /** Keeps `known_appeal` (the appeals an inspection may name as its cause); only with Kafka. */
  appealLifecycle?: AppealLifecycleConsumer;
  /** Keeps `known_department` (the owners of 双招双引 promises); only with Kafka. */
  departmentRegistry?: DepartmentRegistryConsumer;
  /** 易企办: the calendar applications' time limits count in (the published holiday notices). */
  serviceCalendar: WorkingCalendar;
  /** 易企办: ends lapsed 容缺 applications and escalates overdue ones, once; tests run its scans. */
  serviceApplicationWatcher: ServiceApplicationWatcher;
  /** 双招双引: escalates promises past their due day, once; tests run it on a moved clock. */
  promiseEscalator: PromiseEscalator;
}

export async function createEnterpriseWorkers(
  dataSource: DataSource,
  dependencies: SubgraphDependencies<EnterpriseOptions>,
): Promise<EnterpriseWorkers> {
  const { kafka, logger, metrics, clock, options = {} } = dependencies;
  const outboxRelay = kafka
    ? new OutboxRelay({ dataSource, kafka, logger, metrics, service: 'enterprise' })
    : undefined;
  const onEventsCommitted = () => outboxRelay?.wake();
  const serviceCalendar = publishedWorkingCalendar();
  const serviceApplicationWatcher = new ServiceApplicationWatcher({
    dataSource,
    clock,
    logger,
    onEventsCommitted,
    ...(options.serviceApplicationScanMs ? { intervalMs: options.serviceApplicationScanMs } : {}),
  });
  const promiseEscalator = new PromiseEscalator({
    dataSource,
    clock,
    logger,
    onEventsCommitted,
    ...(options.promiseSweepMs ? { intervalMs: options.promiseSweepMs } : {}),
  });
  // The 易企办 watcher runs only when its scan interval is configured; the promise sweep always does.
  const sweeps: BackgroundWorker[] = [
    ...(options.serviceApplicationScanMs ? [serviceApplicationWatcher] : []),
    promiseEscalator,
  ];
  const services = { serviceCalendar, serviceApplicationWatcher, promiseEscalator };
  if (!kafka || !outboxRelay) return { workers: sweeps, ...services };
  const appealLifecycle = new AppealLifecycleConsumer({ kafka, dataSource, logger, metrics });
  const departmentRegistry = new DepartmentRegistryConsumer({ kafka, dataSource, logger, metrics });
  return {
    workers: [outboxRelay, appealLifecycle, departmentRegistry, ...sweeps],
    outboxRelay,
    appealLifecycle,
    departmentRegistry,
    ...services,
  };
}
