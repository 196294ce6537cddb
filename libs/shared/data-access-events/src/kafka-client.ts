import { Kafka, type KafkaConfig, logLevel, type LogEntry } from 'kafkajs';
import type { Logger } from '@erqi/shared/util-logging';
import { type KafkaCredentials, resolveKafkaCredentials, saslOptions } from './kafka-credentials';

/** The broker `npm start` runs, unless `KAFKA_BROKERS` (comma-separated host:port) names a cluster. */
export const DEFAULT_KAFKA_BROKERS = '127.0.0.1:9092';

export function kafkaBrokersFromEnv(env: NodeJS.ProcessEnv = process.env): string[] {
  return (env['KAFKA_BROKERS'] ?? DEFAULT_KAFKA_BROKERS)
    .split(',')
    .map((broker) => broker.trim())
    .filter(Boolean);
}

/** Broker answers that only mean "not yet": kafkajs retries the request, and a real failure surfaces there. */
const TRANSIENT_ERRORS = new Set([
  'This server does not host this topic-partition',
  'This server is not the leader for that topic-partition',
  'There is no leader for this topic-partition as we are in the middle of a leadership election',
]);

/**
 * A kafkajs client whose own log lines go through our readable logger (warnings and errors only),
 * signed in with SASL/SCRAM as `credentials`, else as KAFKA_SASL_* say, else as `principal`'s
 * development credentials file (see kafka-credentials.ts); with none of them it connects anonymously,
 * which only a broker without SASL accepts.
 */
export function createKafkaClient(options: {
  clientId: string;
  logger: Logger;
  /** Whose credentials to use when the environment has none: `appeal`, `department.<CODE>`, `admin`, … */
  principal?: string;
  credentials?: KafkaCredentials;
  brokers?: string[];
  config?: Partial<KafkaConfig>;
}): Kafka {
  const credentials = options.credentials ?? resolveKafkaCredentials(options.principal);
  return new Kafka({
    clientId: options.clientId,
    brokers: options.brokers ?? kafkaBrokersFromEnv(),
    ...(credentials ? { sasl: saslOptions(credentials) } : {}),
    logLevel: logLevel.WARN,
    // Fail fast and let our own loops retry with backoff: a broker outage must not block a request.
    retry: { initialRetryTime: 200, retries: 3 },
    connectionTimeout: 3000,
    logCreator:
      () =>
      ({ level, log }: LogEntry) => {
        const { message, ...details } = log;
        // Our producers retry a few times and then let the outbox retry; exactly-once comes from the
        // consumers' applied-event table, so kafkajs' warning about limited idempotent retries is noise.
        if (message.startsWith('Limiting retries for the idempotent producer')) return;
        // Every producer here uses kafkajs 2's default partitioner; records are keyed, so one appeal stays on one partition.
        if (message.startsWith('KafkaJS v2.0.0 switched default partitioner')) return;
        // Two services provisioning one new topic at once: the second is told it exists, which is what it
        // wanted; TopicProvisioner checks and reports any other failure of a creation itself.
        if (message.startsWith('Response CreateTopics')) return;
        // A topic created a moment ago, or a leader being elected: kafkajs retries these itself.
        if (
          message.startsWith('Response ') &&
          TRANSIENT_ERRORS.has(String((details as { error?: unknown }).error))
        )
          return;
        // No broker listening (none started yet, or it is restarting): the relays and consumers say so
        // once and retry with backoff; kafkajs' own line per attempt would flood the log.
        if (/ECONNREFUSED|Failed to connect to seed broker/.test(message)) {
          options.logger.debug(`kafka: ${message}`, details);
          return;
        }
        if (level <= logLevel.ERROR) options.logger.error(`kafka: ${message}`, details);
        else if (level === logLevel.WARN) options.logger.warn(`kafka: ${message}`, details);
      },
    ...options.config,
  });
}
