import type { DatabaseTarget } from '@erqi/shared/data-access-database';
import { type Clock, systemClock } from '@erqi/shared/util-clock';
import { createLogger, type Logger } from '@erqi/shared/util-logging';
import { ServiceMetrics } from '@erqi/shared/util-metrics';
import type { Kafka } from 'kafkajs';

/**
 * What every subgraph's factory receives, as one object: `createGridSubgraph(dependencies)`.
 * `main()` builds it from the service's config; a test builds it with `subgraphDependencies`.
 */
export interface SubgraphDependencies<TOptions extends object = object> {
  /** The database the subgraph migrates and serves from. */
  target: DatabaseTarget;
  logger: Logger;
  /** Its `/metrics`; `metrics.statements` is the data source's SQL logger. */
  metrics: ServiceMetrics;
  /** Every time the subgraph stamps or compares comes from here. */
  clock: Clock;
  /** The cluster its workers publish to and consume from. Without it no broker-bound worker runs (tests that need none). */
  kafka?: Kafka;
  /** The subgraph's own settings (its config.ts turns variables into these). @default {} */
  options?: TOptions;
}

/** Dependencies with the defaults a test wants: its own logger, metrics and the system clock, no Kafka. */
export function subgraphDependencies<TOptions extends object = object>(
  name: string,
  target: DatabaseTarget,
  overrides: Partial<Omit<SubgraphDependencies<TOptions>, 'target'>> = {},
): SubgraphDependencies<TOptions> {
  return {
    target,
    logger: overrides.logger ?? createLogger(name),
    metrics: overrides.metrics ?? new ServiceMetrics(name),
    clock: overrides.clock ?? systemClock,
    ...(overrides.kafka ? { kafka: overrides.kafka } : {}),
    ...(overrides.options ? { options: overrides.options } : {}),
  };
}
