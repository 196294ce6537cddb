import { NAMESPACE, POSTGRES_CLUSTER, SECRETS, SUBGRAPHS } from './deployment-settings';
import type { CustomResource } from './custom-resource';

const API_VERSION = 'postgresql.cnpg.io/v1';

/** Each subgraph replica pools up to 10 connections (data-access-database): room for every HPA maximum. */
function maxConnections(): number {
  const pooled = SUBGRAPHS.reduce((sum, subgraph) => sum + subgraph.maxReplicas * 10, 0);
  return Math.ceil((pooled + 30) / 50) * 50;
}

/**
 * One PostgreSQL cluster (CloudNativePG): a primary and two streaming replicas on different nodes,
 * one database `erqi` owned by `erqi`, in which each service keeps its own schema as it does on one
 * server. Base backups and WAL go to an object store (point-in-time recovery), kept 30 days.
 */
export function postgresCluster(): CustomResource {
  const credentials = (key: string) => ({ name: SECRETS.postgresBackup, key });
  return {
    apiVersion: API_VERSION,
    kind: 'Cluster',
    metadata: { name: POSTGRES_CLUSTER, namespace: NAMESPACE },
    spec: {
      instances: 3,
      primaryUpdateStrategy: 'unsupervised',
      bootstrap: { initdb: { database: 'erqi', owner: 'erqi' } },
      postgresql: { parameters: { max_connections: String(maxConnections()) } },
      storage: { size: '50Gi' },
      walStorage: { size: '10Gi' },
      resources: { requests: { cpu: '1', memory: '2Gi' }, limits: { memory: '4Gi' } },
      affinity: { enablePodAntiAffinity: true, topologyKey: 'kubernetes.io/hostname' },
      backup: {
        retentionPolicy: '30d',
        barmanObjectStore: {
          destinationPath: 's3://erqi-backups/postgres',
          endpointURL: 'https://object-store.example.org',
          s3Credentials: {
            accessKeyId: credentials('ACCESS_KEY_ID'),
            secretAccessKey: credentials('ACCESS_SECRET_KEY'),
          },
          wal: { compression: 'gzip' },
          data: { compression: 'gzip' },
        },
      },
    },
  };
}

/** A base backup every night at 02:00 (CloudNativePG's cron has a seconds field first). */
export function nightlyBackup(): CustomResource {
  return {
    apiVersion: API_VERSION,
    kind: 'ScheduledBackup',
    metadata: { name: `${POSTGRES_CLUSTER}-nightly`, namespace: NAMESPACE },
    spec: {
      schedule: '0 0 2 * * *',
      cluster: { name: POSTGRES_CLUSTER },
      method: 'barmanObjectStore',
      backupOwnerReference: 'self',
    },
  };
}
