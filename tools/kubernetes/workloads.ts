import { Deployment } from 'kubernetes-models/apps/v1/Deployment';
import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler';
import { Ingress } from 'kubernetes-models/networking.k8s.io/v1/Ingress';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1/PodDisruptionBudget';
import { Namespace } from 'kubernetes-models/v1/Namespace';
import type { IIoK8sApiCoreV1Probe } from 'kubernetes-models/v1/Probe';
import { Service } from 'kubernetes-models/v1/Service';
import {
  IMAGE,
  labelsOf,
  NAMESPACE,
  NODE_USER_ID,
  SECRETS,
  SERVICES,
  type ServiceShape,
} from './deployment-settings';
import { configSources, secretEnv } from './service-config';

const metadataOf = (service: ServiceShape) => ({
  name: service.name,
  namespace: NAMESPACE,
  labels: labelsOf(service.name),
});

const httpProbe = (path: '/health' | '/ready', port: number, periodSeconds: number) => ({
  httpGet: { path, port },
  periodSeconds,
  timeoutSeconds: 3,
  failureThreshold: 3,
});

/**
 * Liveness asks `/health`, which answers while the process serves, whatever its database, the broker
 * or the other services do (restarting would not bring those back); readiness asks `/ready` (a
 * subgraph's database answers; the gateway's subgraphs answer). The start, migrations included, may
 * take minutes on a large upgrade: the startup probe gives it five before liveness counts.
 */
function probes(port: number): {
  startupProbe: IIoK8sApiCoreV1Probe;
  livenessProbe: IIoK8sApiCoreV1Probe;
  readinessProbe: IIoK8sApiCoreV1Probe;
} {
  return {
    startupProbe: { ...httpProbe('/health', port, 5), failureThreshold: 60 },
    livenessProbe: httpProbe('/health', port, 10),
    readinessProbe: httpProbe('/ready', port, 5),
  };
}

/**
 * One service's Deployment. The image runs as `node` (uid 1000) and writes nothing in production
 * (keys, database and broker are all outside), so the root filesystem is read-only, with /tmp apart.
 * The preStop pause lets the Service stop routing to the pod before the drain (SHUTDOWN_DRAIN_MS) starts.
 */
export function deploymentOf(service: ServiceShape): Deployment {
  const selector = labelsOf(service.name);
  return new Deployment({
    metadata: metadataOf(service),
    spec: {
      replicas: service.minReplicas,
      selector: { matchLabels: selector },
      strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: 1, maxUnavailable: 0 } },
      template: {
        metadata: { labels: selector },
        spec: {
          automountServiceAccountToken: false,
          terminationGracePeriodSeconds: 40,
          securityContext: {
            runAsNonRoot: true,
            runAsUser: NODE_USER_ID,
            runAsGroup: NODE_USER_ID,
            fsGroup: NODE_USER_ID,
            seccompProfile: { type: 'RuntimeDefault' },
          },
          topologySpreadConstraints: [
            {
              maxSkew: 1,
              topologyKey: 'kubernetes.io/hostname',
              whenUnsatisfiable: 'ScheduleAnyway',
              labelSelector: { matchLabels: selector },
            },
          ],
          containers: [
            {
              name: service.name,
              image: IMAGE,
              args: [service.main],
              ports: [{ name: 'http', containerPort: service.port }],
              envFrom: configSources(service),
              env: secretEnv(service),
              ...probes(service.port),
              lifecycle: { preStop: { exec: { command: ['sleep', '5'] } } },
              // Built services idle at 122–129 MB RSS (docs/BENCHMARKS.md); the limit leaves room for load.
              resources: {
                requests: { cpu: '250m', memory: '256Mi' },
                limits: { cpu: '2', memory: '768Mi' },
              },
              securityContext: {
                allowPrivilegeEscalation: false,
                readOnlyRootFilesystem: true,
                capabilities: { drop: ['ALL'] },
              },
              // The image's one writable folder (docker/Dockerfile's VOLUME): keys and secrets a service
              // makes for itself when none is given; the root filesystem stays read-only.
              volumeMounts: [
                { name: 'tmp', mountPath: '/tmp' },
                { name: 'data', mountPath: '/app/dist/.data' },
              ],
            },
          ],
          volumes: [
            { name: 'tmp', emptyDir: { sizeLimit: '64Mi' } },
            { name: 'data', emptyDir: { sizeLimit: '16Mi' } },
          ],
        },
      },
    },
  });
}

export function serviceOf(service: ServiceShape): Service {
  return new Service({
    metadata: metadataOf(service),
    spec: {
      selector: labelsOf(service.name),
      ports: [{ name: 'http', port: service.port, targetPort: 'http' }],
    },
  });
}

/** CPU-driven: the benchmarks found every service CPU-bound, the broker far from it. */
export function autoscalerOf(service: ServiceShape): HorizontalPodAutoscaler {
  return new HorizontalPodAutoscaler({
    metadata: metadataOf(service),
    spec: {
      scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: service.name },
      minReplicas: service.minReplicas,
      maxReplicas: service.maxReplicas,
      metrics: [
        {
          type: 'Resource',
          resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 70 } },
        },
      ],
      // A burst of appeals should not shrink the pool the moment it passes.
      behavior: { scaleDown: { stabilizationWindowSeconds: 300 } },
    },
  });
}

/** A node drain takes one pod of a service at a time at most. */
export function disruptionBudgetOf(service: ServiceShape): PodDisruptionBudget {
  return new PodDisruptionBudget({
    metadata: metadataOf(service),
    spec: { maxUnavailable: 1, selector: { matchLabels: labelsOf(service.name) } },
  });
}

/** The gateway answers the API and the web app at one host; the subgraphs are not exposed. */
export function gatewayIngress(host = 'erqi.example.org'): Ingress {
  const gateway = SERVICES.find((service) => service.name === 'gateway');
  if (!gateway) throw new Error('no gateway in SERVICES');
  return new Ingress({
    metadata: metadataOf(gateway),
    spec: {
      ingressClassName: 'nginx',
      tls: [{ hosts: [host], secretName: SECRETS.ingressTls }],
      rules: [
        {
          host,
          http: {
            paths: [
              {
                path: '/',
                pathType: 'Prefix',
                backend: { service: { name: gateway.name, port: { name: 'http' } } },
              },
            ],
          },
        },
      ],
    },
  });
}

export function namespace(): Namespace {
  return new Namespace({ metadata: { name: NAMESPACE } });
}
