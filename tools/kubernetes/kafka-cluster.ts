import { topicConfigOf } from '@erqi/shared/data-access-events';
import {
  type AccessRule,
  AUDITOR_PRINCIPAL,
  departmentPrincipal,
  isTopicFamily,
  serviceAccessRules,
  servicePrincipal,
  teamPrincipal,
  topicCatalogue,
} from '@erqi/shared/util-event-catalogue';
import { seedCodes } from '../kafka/kafka-bootstrap-access';
import { ADMIN_PRINCIPAL } from '../kafka/kafka-security';
import { KAFKA_CLUSTER, KAFKA_PORT, NAMESPACE, SUBGRAPHS } from './deployment-settings';
import type { CustomResource } from './custom-resource';

const API_VERSION = 'kafka.strimzi.io/v1';
const clusterLabel = { 'strimzi.io/cluster': KAFKA_CLUSTER };
const REPLICAS = 3;

const metadata = (name: string) => ({ name, namespace: NAMESPACE, labels: clusterLabel });

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The users the User Operator must leave alone: departments' systems, teams' apps and the auditors.
 * Their names carry upper-case codes (`department.MARKET_REGULATION`), which no KafkaUser can be named,
 * so `npm run kafka:credentials`, signed in as admin, makes them as in development; without this
 * pattern the User Operator would remove their credentials and ACLs as unknown. It matches whole
 * names (Java's `Matcher.matches`); codes are upper-case letters, digits and underscores.
 */
export const IGNORED_USERS_PATTERN = `(${[departmentPrincipal(''), teamPrincipal('')]
  .map(escapeRegExp)
  .join('|')})[A-Z0-9_]+|${escapeRegExp(AUDITOR_PRINCIPAL)}`;

/**
 * The cluster (Strimzi, KRaft, node pools): three brokers, three controllers. Every topic is kept on
 * three brokers and a write is acknowledged by two (the services produce with acks=all), so one broker
 * may be down without loss or refusal. One listener inside the cluster, SASL SCRAM-SHA-512 as in
 * development (TLS is the network's: kafkajs is not given certificates); ACLs with nothing allowed
 * unless named, auto-creation off (the services create their topics from the catalogue).
 */
export function kafkaCluster(): CustomResource {
  return {
    apiVersion: API_VERSION,
    kind: 'Kafka',
    metadata: { name: KAFKA_CLUSTER, namespace: NAMESPACE },
    spec: {
      kafka: {
        listeners: [
          {
            name: 'scram',
            port: KAFKA_PORT,
            type: 'internal',
            tls: false,
            authentication: { type: 'scram-sha-512' },
          },
        ],
        // The admin of the tools (kafka:credentials), as in development (tools/kafka/kafka-security.ts).
        authorization: { type: 'simple', superUsers: [ADMIN_PRINCIPAL] },
        config: {
          'default.replication.factor': REPLICAS,
          'min.insync.replicas': 2,
          'offsets.topic.replication.factor': REPLICAS,
          'transaction.state.log.replication.factor': REPLICAS,
          'transaction.state.log.min.isr': 2,
          'num.partitions': 3,
          'auto.create.topics.enable': false,
        },
      },
      entityOperator: {
        topicOperator: {},
        userOperator: {},
        template: {
          userOperatorContainer: {
            env: [{ name: 'STRIMZI_IGNORED_USERS_PATTERN', value: IGNORED_USERS_PATTERN }],
          },
        },
      },
    },
  };
}

const pool = (name: string, role: 'broker' | 'controller', size: string): CustomResource => ({
  apiVersion: API_VERSION,
  kind: 'KafkaNodePool',
  metadata: metadata(name),
  spec: {
    replicas: REPLICAS,
    roles: [role],
    storage: {
      type: 'jbod',
      volumes: [
        { id: 0, type: 'persistent-claim', size, deleteClaim: false, kraftMetadata: 'shared' },
      ],
    },
    resources: { requests: { cpu: '500m', memory: '2Gi' }, limits: { memory: '2Gi' } },
  },
});

export function kafkaNodePools(): CustomResource[] {
  return [pool('controllers', 'controller', '10Gi'), pool('brokers', 'broker', '100Gi')];
}

type StrimziOperation = 'Read' | 'Write' | 'Create' | 'Describe';
const OPERATION: Record<AccessRule['operation'], StrimziOperation> = {
  READ: 'Read',
  WRITE: 'Write',
  CREATE: 'Create',
  DESCRIBE: 'Describe',
};

/** The catalogue's rules as Strimzi ACLs, one per resource with all its operations. */
export function strimziAcls(rules: readonly AccessRule[]): Array<Record<string, unknown>> {
  const byResource = new Map<string, { rule: AccessRule; operations: StrimziOperation[] }>();
  for (const rule of rules) {
    const key = `${rule.resource}|${rule.pattern}|${rule.name}`;
    const entry = byResource.get(key) ?? { rule, operations: [] };
    entry.operations.push(OPERATION[rule.operation]);
    byResource.set(key, entry);
  }
  return [...byResource.values()].map(({ rule, operations }) => ({
    type: 'allow',
    resource: {
      type: rule.resource === 'TOPIC' ? 'topic' : 'group',
      name: rule.name,
      patternType: rule.pattern === 'PREFIXED' ? 'prefix' : 'literal',
    },
    operations,
  }));
}

/**
 * The admin, and each service's SCRAM user with the ACLs development gives it (topic-access.ts, with the seed's
 * department and team codes for the family dead-letter topics, as kafka-bootstrap-access.ts does).
 * The User Operator writes the password to a Secret of the user's name, key `password`.
 */
export function kafkaUsers(): CustomResource[] {
  const codes = seedCodes();
  const admin: CustomResource = {
    apiVersion: API_VERSION,
    kind: 'KafkaUser',
    metadata: metadata(ADMIN_PRINCIPAL),
    // A super user (the Kafka resource names it): no ACLs of its own.
    spec: { authentication: { type: 'scram-sha-512' } },
  };
  const services = SUBGRAPHS.map((subgraph) => ({
    apiVersion: API_VERSION,
    kind: 'KafkaUser',
    metadata: metadata(servicePrincipal(subgraph.name)),
    spec: {
      authentication: { type: 'scram-sha-512' },
      authorization: {
        type: 'simple',
        acls: strimziAcls(serviceAccessRules(subgraph.name, codes)),
      },
    },
  }));
  return [admin, ...services];
}

/**
 * The catalogue's single topics and their dead letters, as the services would create them, replicated
 * three times. The families (one topic per department or team) are created by the services when they
 * learn of a code, and take the cluster's defaults.
 */
export function kafkaTopics(): CustomResource[] {
  // A registry two services read has one dead-letter topic, declared once per reader: one resource.
  const singles = new Map(
    topicCatalogue
      .filter((declaration) => !isTopicFamily(declaration))
      .map((declaration) => [declaration.name, declaration] as const),
  );
  return [...singles.values()].map((declaration) => {
    const config = topicConfigOf(declaration.name, declaration);
    return {
      apiVersion: API_VERSION,
      kind: 'KafkaTopic',
      metadata: metadata(declaration.name),
      spec: {
        partitions: config.numPartitions,
        replicas: REPLICAS,
        config: Object.fromEntries(
          (config.configEntries ?? []).map((entry) => [entry.name, entry.value]),
        ),
      },
    };
  });
}
