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

/** Where a single-node broker listens, is reached and keeps its data. */
export interface BrokerPlacement {
  /** Its host name for clients and for its own controller. */
  host: string;
  /** The interface it listens on (the host itself, or 0.0.0.0 in a container). */
  bindHost: string;
  port: number;
  controllerPort: number;
  logDir: string;
}

/** This machine's broker: 127.0.0.1 only, data under .data/kafka. */
export const LOCAL_BROKER: BrokerPlacement = {
  host: KAFKA_HOST,
  bindHost: KAFKA_HOST,
  port: KAFKA_PORT,
  controllerPort: KAFKA_CONTROLLER_PORT,
  logDir: KAFKA_LOG_DIR,
};

/**
 * server.properties of a single-node KRaft cluster: one process that is broker and controller, on
 * 127.0.0.1 only, sized for development and tests (replication factor 1 everywhere, groups that form
 * at once, one partition for each internal topic so that it is ready as soon as it answers), and
 * nobody in without a password (kafka-security.ts). It holds the broker's password: mode 0600.
 * docker/compose.yaml's broker is written by the same function, placed on its container's network.
 */
export function renderServerProperties(
  broker: KafkaCredentials,
  placement: BrokerPlacement = LOCAL_BROKER,
): string {
  const { host, bindHost, port, controllerPort } = placement;
  const settings: ReadonlyArray<readonly [string, string | number | boolean]> = [
    ['process.roles', 'broker,controller'],
    ['node.id', 1],
    ['controller.quorum.voters', `1@${host}:${controllerPort}`],
    ['listeners', `CLIENT://${bindHost}:${port},CONTROLLER://${bindHost}:${controllerPort}`],
    ['advertised.listeners', `CLIENT://${host}:${port}`],
    ['controller.listener.names', 'CONTROLLER'],
    ...securitySettings(broker),
    ['log.dirs', placement.logDir],
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
    '# Written by tools/kafka/kafka-server-config.ts (npm run kafka:start, docker/compose.yaml); edit that file, not this one.',
    ...settings.map(([key, value]) => `${key}=${String(value)}`),
    '',
  ].join('\n');
}
