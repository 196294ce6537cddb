import type { ServiceName } from '@erqi/shared/util-event-catalogue';

/** Everything of the platform lives in one namespace; the operators may watch it from their own. */
export const NAMESPACE = 'erqi';

/** The one image (docker/Dockerfile) every service runs; `kustomize edit set image` points it at a registry. */
export const IMAGE = 'erqi-grid-governance:0.1.0';

/** The uid and gid of the image's `node` user (node:*-bookworm-slim), which owns /app. */
export const NODE_USER_ID = 1000;

/** The CloudNativePG cluster; the operator writes its application user's URI to `<name>-app`. */
export const POSTGRES_CLUSTER = 'erqi-postgres';
/** The Strimzi cluster; clients reach it at `<name>-kafka-bootstrap`. */
export const KAFKA_CLUSTER = 'erqi-kafka';
export const KAFKA_PORT = 9092;

/** Secrets the manifests name but never hold: the operator makes them or an administrator does (docs/OPERATIONS.md). */
export const SECRETS = {
  /** Made by CloudNativePG: `uri` is `postgresql://erqi:…@erqi-postgres-rw.erqi:5432/erqi`. */
  database: `${POSTGRES_CLUSTER}-app`,
  /** Made by the administrator: one key per service, each the service token the identity provider issued. */
  serviceTokens: 'erqi-service-tokens',
  /** Made by the administrator: `secret`, 32 bytes or more, signs the 政企码. */
  enterpriseCode: 'erqi-enterprise-code',
  /** Made by the administrator: the object store's keys for PostgreSQL backups. */
  postgresBackup: 'erqi-postgres-backup',
  /** Made by the administrator (or cert-manager): the Ingress's certificate. */
  ingressTls: 'erqi-gateway-tls',
} as const;

export type DeployedService = ServiceName | 'gateway';

export interface ServiceShape {
  name: DeployedService;
  port: number;
  /** The built entry point, relative to /app (the image's WORKDIR). */
  main: string;
  /** HorizontalPodAutoscaler bounds. */
  minReplicas: number;
  maxReplicas: number;
}

const shape = (name: DeployedService, port: number, maxReplicas: number): ServiceShape => ({
  name,
  port,
  main: `dist/apps/${name}/src/main.js`,
  minReplicas: 2,
  maxReplicas,
});

/**
 * The five services on their usual ports. Consumers of one service share a group, and most topics
 * have 3 partitions (the catalogue): past 3 replicas a consumer of those waits idle, its HTTP side
 * still serves, so the bounds of the subgraphs that consume (appeal, volunteer, enterprise, grid)
 * are set by requests, the volunteer's at the partition count.
 */
export const SERVICES: readonly ServiceShape[] = [
  shape('gateway', 4000, 6),
  shape('grid', 4001, 4),
  shape('enterprise', 4002, 4),
  shape('appeal', 4003, 6),
  shape('volunteer', 4004, 3),
];

export const SUBGRAPHS = SERVICES.filter(
  (service): service is ServiceShape & { name: ServiceName } => service.name !== 'gateway',
);

/** The labels every object of one service carries; the selector uses the first two. */
export function labelsOf(service: DeployedService): Record<string, string> {
  return {
    'app.kubernetes.io/name': service,
    'app.kubernetes.io/part-of': 'erqi-grid-governance',
  };
}
