import { OutboxRelay } from '@erqi/shared/data-access-events';
import type { BackgroundWorker, SubgraphDependencies } from '@erqi/shared/feature-subgraph-server';
import type { DataSource } from 'typeorm';
import type { AppealOptions } from './context';
import { EscalationWatcher } from './escalation/escalation-watcher';
import { NoResponseCloser } from './workflow/no-response-closer';

/** The appeal subgraph's background work, by name too: tests and admins make the scans run now. */
export interface AppealWorkers {
  workers: BackgroundWorker[];
  /** 督办: finds passed deadlines. */
  escalationWatcher: EscalationWatcher;
  /** Closes resolved appeals nobody evaluated in time (NO_RESPONSE). */
  noResponseCloser: NoResponseCloser;
  /**
   * Publishes the outbox; only with Kafka. Without it events still wait in the outbox (tests that
   * need no broker), for a relay of another process to publish.
   */
  outboxRelay?: OutboxRelay;
}

/** The relay (with Kafka), and the two scans; a scan runs on its own only when its interval is set. */
export async function createAppealWorkers(dataSource: DataSource, dependencies: SubgraphDependencies<AppealOptions>): Promise<AppealWorkers> {
  const { kafka, logger, metrics, clock, options = {} } = dependencies;
  const outboxRelay = kafka ? new OutboxRelay({ dataSource, kafka, logger, metrics }) : undefined;
  const onEventsCommitted = (): void => outboxRelay?.wake();
  const escalationWatcher = new EscalationWatcher({
    dataSource,
    clock,
    onEventsCommitted,
    logger,
    ...(options.escalationScanMs ? { intervalMs: options.escalationScanMs } : {}),
  });
  const noResponseCloser = new NoResponseCloser({
    dataSource,
    clock,
    onEventsCommitted,
    logger,
    ...(options.noResponseScanMs ? { intervalMs: options.noResponseScanMs } : {}),
  });
  const workers = [
    ...(outboxRelay ? [outboxRelay] : []),
    ...(options.escalationScanMs ? [escalationWatcher] : []),
    ...(options.noResponseScanMs ? [noResponseCloser] : []),
  ];
  return { workers, escalationWatcher, noResponseCloser, ...(outboxRelay ? { outboxRelay } : {}) };
}
