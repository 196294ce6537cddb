import { readKafkaCredentials, saslOptions } from '@erqi/shared/data-access-events';
import { Kafka, logLevel } from 'kafkajs';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { grantServicesAccess } from '../kafka/kafka-bootstrap-access';
import {
  ADMIN_PRINCIPAL,
  addScramArguments,
  bootstrapPrincipals,
  BROKER_PRINCIPAL,
  javaClientProperties,
  SERVICES,
} from '../kafka/kafka-security';
import {
  type BrokerPlacement,
  KAFKA_CLUSTER_ID,
  renderServerProperties,
} from '../kafka/kafka-server-config';

/** docker/compose.yaml's broker: the `kafka` service, its data in the apache/kafka image's volume. */
export const COMPOSE_BROKER: BrokerPlacement = {
  host: 'kafka',
  bindHost: '0.0.0.0',
  port: 9092,
  controllerPort: 9093,
  logDir: '/var/lib/kafka/data',
};

/** What `configure` writes for the broker's container, by file name. */
export const BROKER_FILES = {
  properties: 'server.properties',
  scram: 'scram-arguments',
  clusterId: 'cluster-id',
  adminClient: 'admin.properties',
} as const;

function credentialsOf(principal: string) {
  const credentials = readKafkaCredentials(principal);
  if (!credentials)
    throw new Error(
      `no credentials for ${principal} in KAFKA_CREDENTIALS_DIR: run npm run docker:secrets`,
    );
  return credentials;
}

/**
 * The broker's configuration, as development's (tools/kafka): the same server.properties with its
 * SASL listeners, authorizer and super users, and the same bootstrap SCRAM users (broker, admin, the
 * four services) for `kafka-storage format --add-scram`, from the compose secrets.
 */
export function configureBroker(folder: string): void {
  const bootstrap = bootstrapPrincipals().map(credentialsOf);
  const file = (name: string, text: string): void =>
    writeFileSync(join(folder, name), text, { mode: 0o600 });
  file(
    BROKER_FILES.properties,
    renderServerProperties(credentialsOf(BROKER_PRINCIPAL), COMPOSE_BROKER),
  );
  file(BROKER_FILES.scram, `${addScramArguments(bootstrap).join('\n')}\n`);
  file(BROKER_FILES.clusterId, `${KAFKA_CLUSTER_ID}\n`);
  file(
    BROKER_FILES.adminClient,
    javaClientProperties(
      `${COMPOSE_BROKER.host}:${COMPOSE_BROKER.port}`,
      credentialsOf(ADMIN_PRINCIPAL),
    ),
  );
}

/** The services' ACLs, as development grants them at each start of its broker; signed in as admin. */
export async function grantServiceAccess(brokers: string[]): Promise<void> {
  await grantServicesAccess(
    new Kafka({
      clientId: 'erqi-compose-acls',
      brokers,
      sasl: saslOptions(credentialsOf(ADMIN_PRINCIPAL)),
      logLevel: logLevel.WARN,
      retry: { retries: 10 },
    }),
  );
}

/** `node dist/tools/docker/kafka-compose.js configure <folder>` or `… grant` (KAFKA_BROKERS). */
async function main(): Promise<void> {
  const [command, folder] = process.argv.slice(2);
  if (command === 'configure' && folder) {
    configureBroker(folder);
    console.log(`[kafka-compose] wrote the broker's configuration to ${folder}`);
  } else if (command === 'grant') {
    const brokers = (process.env['KAFKA_BROKERS'] ?? '').split(',').filter(Boolean);
    await grantServiceAccess(
      brokers.length > 0 ? brokers : [`${COMPOSE_BROKER.host}:${COMPOSE_BROKER.port}`],
    );
    console.log(`[kafka-compose] granted ${SERVICES.join(', ')} their ACLs`);
  } else {
    console.error('usage: kafka-compose.js configure <folder> | grant');
    process.exit(2);
  }
}

if (require.main === module)
  main().catch((error: unknown) => {
    console.error(`[kafka-compose] ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
