export { type LagAdmin, readConsumerLag } from './consumer-lag';
export { graphqlMetricsPlugin } from './graphql-metrics-plugin';
export { type OutboxBacklog, type PartitionLag, ServiceMetrics } from './service-metrics';
export { StatementCounter, type StatementOrigin } from './statement-counter';
