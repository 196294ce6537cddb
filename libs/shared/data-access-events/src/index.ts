export { AppliedEvent } from './applied-event.entity';
export { DEAD_LETTER_HEADERS } from './dead-letter-headers';
export { enqueueEvents, enqueueEventsInBulk, type OutboundEvent } from './enqueue';
export {
  createAppliedEventTable,
  createOutboxTable,
  dropAppliedEventTable,
  dropOutboxTable,
} from './event-tables.sql';
export { classifyFailure, type FailureKind } from './failure-kind';
export { IdempotentConsumer, type IdempotentConsumerOptions } from './idempotent-consumer';
export { createKafkaClient, DEFAULT_KAFKA_BROKERS, kafkaBrokersFromEnv } from './kafka-client';
export {
  KAFKA_CREDENTIALS_DIR,
  type KafkaCredentials,
  kafkaCredentialsEnv,
  kafkaCredentialsFile,
  kafkaCredentialsFromEnv,
  type KafkaSaslMechanism,
  readKafkaCredentials,
  removeKafkaCredentials,
  resolveKafkaCredentials,
  saslOptions,
  writeKafkaCredentials,
} from './kafka-credentials';
export { OutboxMessage } from './outbox.entity';
export { readOutboxBacklog } from './outbox-backlog';
export { OutboxRelay, type OutboxRelayOptions } from './outbox-relay';
export {
  TopicProvisioner,
  type TopicProvisionerOptions,
  topicConfigOf,
  UndeclaredTopic,
} from './topic-provisioner';
