import { ApolloGateway } from '@apollo/gateway';
import { SERVICE_AUTHORIZATION_HEADER } from '@erqi/shared/feature-subgraph-server';
import { serviceAuthorization } from '@erqi/shared/util-auth';
import { REQUEST_ID_HEADER } from '@erqi/shared/util-http-server';
import type { ServiceMetrics } from '@erqi/shared/util-metrics';
import { Counter } from 'prom-client';
import type { GatewayContext } from '../context';
import { stopWarmUpAfterPlanning } from '../plan-warm-up/plan-warm-up';
import type { SubgraphReplicas } from '../replicas/subgraph-replicas';
import { SubgraphDataSource } from '../subgraph-fetch/subgraph-errors';
import { mergeInFlight } from '../subgraph-fetch/in-flight-fetches';
import { type Fetcher, keepAliveFetcher } from '../subgraph-fetch/keep-alive-fetcher';

export interface SubgraphFetchOptions {
  supergraphSdl: string;
  /** Subgraph URLs that replace the supergraph's, by subgraph name. */
  overrides: Record<string, string>;
  replicas: SubgraphReplicas;
  metrics: ServiceMetrics;
  /** Keep-alive connections held open to each subgraph address. @default 64 */
  connections?: number;
  /** Whether identical reads in flight share one fetch. @default true */
  mergeInFlight?: boolean;
}

/**
 * The Apollo gateway over the supergraph, asking the subgraphs through one keep-alive pool, with
 * identical reads in flight merged (per caller) above it and above the replicas. Each request carries
 * the caller's token (every subgraph verifies it again), the request id and the gateway's own identity.
 */
export function createApolloGateway(options: SubgraphFetchOptions): {
  gateway: ApolloGateway;
  closeConnections: () => void;
} {
  const connections = keepAliveFetcher({
    ...(options.connections ? { maxSockets: options.connections } : {}),
  });
  const fetches = new Counter({
    name: 'gateway_subgraph_fetches_total',
    help: 'Subgraph fetches: sent, or merged into an identical one in flight (same caller, same question).',
    labelNames: ['outcome'],
    registers: [options.metrics.registry],
  });
  // Merged above the replicas: the same question is one fetch whichever replica would have answered it.
  const merged = (fetch: Fetcher): Fetcher =>
    options.mergeInFlight === false
      ? fetch
      : mergeInFlight(fetch, (outcome) => fetches.inc({ outcome })).fetch;
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    // Plans made ahead of the first caller stop here, before anything is sent (plan-warm-up).
    experimental_didResolveQueryPlan: stopWarmUpAfterPlanning,
    buildService: ({ name, url }) => {
      // A composed supergraph names every subgraph's URL; Apollo's type leaves it optional.
      const target = options.overrides[name] ?? url;
      const { fetcher, ...replicaUrl } = options.replicas.dataSourceOptions(
        name,
        connections.fetch,
      );
      return new SubgraphDataSource<GatewayContext>({
        ...(target === undefined ? {} : { url: target }),
        ...replicaUrl,
        fetcher: merged(fetcher),
        // Pass the caller's token on: each subgraph verifies it again rather than trusting the gateway.
        willSendRequest: async ({ request, context }) => {
          if (context.authorization)
            request.http?.headers.set('authorization', context.authorization);
          // One request id from the gateway through every subgraph it asks, so their log lines join up.
          if (context.requestId) request.http?.headers.set(REQUEST_ID_HEADER, context.requestId);
          // And the gateway's own identity, so subgraphs resolve references for it even for anonymous callers.
          request.http?.headers.set(
            SERVICE_AUTHORIZATION_HEADER,
            await serviceAuthorization('gateway'),
          );
        },
      });
    },
  });
  return { gateway, closeConnections: () => connections.agent.destroy() };
}
