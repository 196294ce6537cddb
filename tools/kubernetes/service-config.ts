import { ConfigMap } from 'kubernetes-models/v1/ConfigMap';
import type { IIoK8sApiCoreV1EnvFromSource } from 'kubernetes-models/v1/EnvFromSource';
import type { IIoK8sApiCoreV1EnvVar } from 'kubernetes-models/v1/EnvVar';
import {
  type DeployedService,
  KAFKA_CLUSTER,
  KAFKA_PORT,
  NAMESPACE,
  SECRETS,
  type ServiceShape,
  SUBGRAPHS,
} from './deployment-settings';

/** What every service reads the same way (serviceSettings in libs/shared/util-config). */
const COMMON_CONFIG = 'erqi-common';
/** What every subgraph reads the same way besides (subgraphSettings). */
const SUBGRAPH_CONFIG = 'erqi-subgraphs';
const ownConfig = (service: DeployedService): string => `erqi-${service}`;

const configMap = (name: string, data: Record<string, string>): ConfigMap =>
  new ConfigMap({
    metadata: {
      name,
      namespace: NAMESPACE,
      labels: { 'app.kubernetes.io/part-of': 'erqi-grid-governance' },
    },
    data,
  });

/**
 * The ConfigMaps: the shared settings, then each service's own. AUTH_JWKS_URL and AUTH_ISSUER are the
 * identity provider's (placeholders here, to be replaced): production refuses to start without a key source.
 */
export function configMaps(): ConfigMap[] {
  const gatewayUrls = Object.fromEntries(
    SUBGRAPHS.map((subgraph) => [
      `${subgraph.name.toUpperCase()}_SUBGRAPH_URL`,
      `http://${subgraph.name}.${NAMESPACE}.svc:${subgraph.port}/graphql`,
    ]),
  );
  return [
    configMap(COMMON_CONFIG, {
      NODE_ENV: 'production',
      HOST: '0.0.0.0',
      LOG_FORMAT: 'json',
      LOG_LEVEL: 'info',
      AUTH_ISSUER: 'https://id.example.org/realms/erqi',
      AUTH_AUDIENCE: 'erqi-grid-governance',
      AUTH_JWKS_URL: 'https://id.example.org/realms/erqi/protocol/openid-connect/certs',
      SHUTDOWN_DRAIN_MS: '10000',
    }),
    configMap(SUBGRAPH_CONFIG, {
      KAFKA_BROKERS: `${KAFKA_CLUSTER}-kafka-bootstrap.${NAMESPACE}.svc:${KAFKA_PORT}`,
      KAFKA_SASL_MECHANISM: 'scram-sha-512',
      SEED_WHEN_EMPTY: 'false',
    }),
    configMap(ownConfig('gateway'), { PORT: '4000', ...gatewayUrls }),
    ...SUBGRAPHS.map((subgraph) =>
      configMap(ownConfig(subgraph.name), { PORT: String(subgraph.port) }),
    ),
  ];
}

const fromSecret = (name: string, secret: string, key: string): IIoK8sApiCoreV1EnvVar => ({
  name,
  valueFrom: { secretKeyRef: { name: secret, key } },
});

/** The ConfigMaps a service's container takes whole (envFrom). */
export function configSources(service: ServiceShape): IIoK8sApiCoreV1EnvFromSource[] {
  const names =
    service.name === 'gateway'
      ? [COMMON_CONFIG, ownConfig(service.name)]
      : [COMMON_CONFIG, SUBGRAPH_CONFIG, ownConfig(service.name)];
  return names.map((name) => ({ configMapRef: { name } }));
}

/**
 * The secrets a service's container reads, each by key: its service token; a subgraph's database URI
 * (CloudNativePG's application user) and Kafka password (the Strimzi KafkaUser of the same name, whose
 * Secret the User Operator writes); the enterprise's code secret.
 */
export function secretEnv(service: ServiceShape): IIoK8sApiCoreV1EnvVar[] {
  const env = [fromSecret('SERVICE_TOKEN', SECRETS.serviceTokens, service.name)];
  if (service.name === 'gateway') return env;
  env.push(
    fromSecret('DATABASE_URL', SECRETS.database, 'uri'),
    { name: 'KAFKA_SASL_USERNAME', value: service.name },
    fromSecret('KAFKA_SASL_PASSWORD', service.name, 'password'),
  );
  if (service.name === 'enterprise')
    env.push(fromSecret('ENTERPRISE_CODE_SECRET', SECRETS.enterpriseCode, 'secret'));
  return env;
}
