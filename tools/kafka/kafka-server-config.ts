import type { KafkaCredentials } from '@erqi/shared/data-access-events';
import { join } from 'node:path';
import { KAFKA_DATA_DIR } from './kafka-classpath';
import { securitySettings } from './kafka-security';

export const KAFKA_HOST = '127.0.0.1';
/**
 * The local broker's port; `KAFKA_LOCAL_PORT` moves it (and the controller, one above), so that a
 * second checkout can run its own broker beside the first. @default 9092
 */
export const KAFKA_PORT = Number(process.env['KAFKA_LOCAL_PORT'] || 9092);
export const KAFKA_CONTROLLER_PORT = KAFKA_PORT + 1;

/**
 * The cluster id the storage is formatted with: fixed, so that every start of this repository's broker
 * agrees with the data in .data/kafka/logs. (16 bytes of sha256("erqi-grid-governance/kafka"), base64url.)
 */
export const KAFKA_CLUSTER_ID = 'vkzrH4Gi3eHHBKxt9DDQtg';

export const KAFKA_LOG_DIR = join(KAFKA_DATA_DIR, 'logs');
export const KAFKA_SERVER_PROPERTIES = join(KAFKA_DATA_DIR, 'server.properties');

/**
 * server.properties of a single-node KRaft cluster: one process that is broker and controller, on
 * 127.0.0.1 only, sized for development and tests (replication factor 1 everywhere, groups that form
 * at once, one partition for each internal topic so that it is ready as soon as it answers), and
 * nobody in without a password (kafka-security.ts). It holds the broker's password: mode 0600.
 */
export function renderServerProperties(broker: KafkaCredentials): string {
  const settings: ReadonlyArray<readonly [string, string | number | boolean]> = [
    ['process.roles', 'broker,controller'],
    ['node.id', 1],
    ['controller.quorum.voters', `1@${KAFKA_HOST}:${KAFKA_CONTROLLER_PORT}`],
    [
      'listeners',
      `CLIENT://${KAFKA_HOST}:${KAFKA_PORT},CONTROLLER://${KAFKA_HOST}:${KAFKA_CONTROLLER_PORT}`,
    ],
    ['advertised.listeners', `CLIENT://${KAFKA_HOST}:${KAFKA_PORT}`],
    ['controller.listener.names', 'CONTROLLER'],
    ...securitySettings(broker),
    ['log.dirs', KAFKA_LOG_DIR],
    ['num.partitions', 3],
    // Topics come from the topic catalogue (each service creates what it writes and reads), never by accident.
    ['auto.create.topics.enable', false],
    ['offsets.topic.replication.factor', 1],
    ['offsets.topic.num.partitions', 1],
    ['transaction.state.log.replication.factor', 1],
    ['transaction.state.log.min.isr', 1],
    ['transaction.state.log.num.partitions', 1],
    ['share.coordinator.state.topic.replication.factor', 1],
    ['share.coordinator.state.topic.min.isr', 1],
    ['group.initial.rebalance.delay.ms', 0],
  ];
  return [
    '# Written by tools/kafka/kafka.ts at every start; edit that file, not this one.',
    ...settings.map(([key, value]) => `${key}=${String(value)}`),
    '',
  ].join('\n');
}
