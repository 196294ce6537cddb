import type { RouteHandler } from '@erqi/shared/util-http-server';

export interface SubgraphHealth {
  name: string;
  healthy: boolean;
  detail: string;
}

/** `/health` of a subgraph is beside its `/graphql`. */
function healthUrl(graphqlUrl: string): string {
  const url = new URL(graphqlUrl);
  url.pathname = '/health';
  return url.toString();
}

async function probe(
  subgraph: { name: string; url: string },
  timeoutMs: number,
): Promise<SubgraphHealth> {
  try {
    const response = await fetch(healthUrl(subgraph.url), {
      signal: AbortSignal.timeout(timeoutMs),
    });
    return {
      name: subgraph.name,
      healthy: response.ok,
      detail: response.ok ? 'ok' : `answered ${response.status}`,
    };
  } catch (error) {
    return {
      name: subgraph.name,
      healthy: false,
      detail: error instanceof Error ? error.message : String(error),
    };
  }
}

/**
 * `/health`: 200 only when the gateway has loaded its supergraph and every subgraph answers its own
 * health check; 503 otherwise, naming the subgraphs that did not.
 */
export function createHealthRoute(options: {
  subgraphs: Array<{ name: string; url: string }>;
  isGatewayReady: () => boolean;
  timeoutMs?: number;
}): RouteHandler {
  return async () => {
    const results = await Promise.all(
      options.subgraphs.map((subgraph) => probe(subgraph, options.timeoutMs ?? 2000)),
    );
    const healthy = options.isGatewayReady() && results.every((result) => result.healthy);
    return {
      status: healthy ? 200 : 503,
      body: {
        status: healthy ? 'ok' : 'unavailable',
        gateway: options.isGatewayReady() ? 'ready' : 'starting',
        subgraphs: results,
      },
    };
  };
}
