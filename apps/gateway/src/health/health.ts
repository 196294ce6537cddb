import type { RouteHandler } from '@erqi/shared/util-http-server';

export interface SubgraphHealth {
  name: string;
  healthy: boolean;
  detail: string;
  /** What the subgraph's own `/health` warned of (e.g. the working calendar running out). */
  warnings: HealthWarning[];
}

/** A warning a subgraph's `/health` lists; the gateway repeats it, naming the subgraph. */
export interface HealthWarning {
  code: string;
  message: string;
  [detail: string]: unknown;
}

/** The `warnings` of a subgraph's health answer; none when the body says nothing readable. */
async function warningsOf(response: Response): Promise<HealthWarning[]> {
  const body = (await response.json().catch(() => undefined)) as { warnings?: unknown } | undefined;
  if (!Array.isArray(body?.warnings)) return [];
  return body.warnings.filter(
    (warning): warning is HealthWarning =>
      typeof (warning as HealthWarning | null)?.code === 'string' &&
      typeof (warning as HealthWarning).message === 'string',
  );
}

/** A subgraph's `/ready` (or `/health`) is beside its `/graphql`. */
function routeUrl(graphqlUrl: string, path: '/ready' | '/health'): string {
  const url = new URL(graphqlUrl);
  url.pathname = path;
  return url.toString();
}

/** `/ready`, or `/health` from a subgraph of a release before `/ready` (during a rolling upgrade). */
async function askReady(graphqlUrl: string, timeoutMs: number): Promise<Response> {
  const response = await fetch(routeUrl(graphqlUrl, '/ready'), {
    signal: AbortSignal.timeout(timeoutMs),
  });
  if (response.status !== 404) return response;
  return fetch(routeUrl(graphqlUrl, '/health'), { signal: AbortSignal.timeout(timeoutMs) });
}

async function probe(
  subgraph: { name: string; url: string },
  timeoutMs: number,
): Promise<SubgraphHealth> {
  try {
    const response = await askReady(subgraph.url, timeoutMs);
    return {
      name: subgraph.name,
      healthy: response.ok,
      detail: response.ok ? 'ok' : `answered ${response.status}`,
      warnings: response.ok ? await warningsOf(response) : [],
    };
  } catch (error) {
    return {
      name: subgraph.name,
      healthy: false,
      detail: error instanceof Error ? error.message : String(error),
      warnings: [],
    };
  }
}

/**
 * `/ready`: 200 only when the gateway has loaded its supergraph and every subgraph is ready (its own
 * `/ready`: its database answers); 503 otherwise, naming the subgraphs that are not. A subgraph's
 * warnings (which leave it ready) are repeated under `warnings`, each with the subgraph's name.
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
    const warnings = results.flatMap((result) =>
      result.warnings.map((warning) => ({ subgraph: result.name, ...warning })),
    );
    return {
      status: healthy ? 200 : 503,
      body: {
        status: healthy ? 'ok' : 'unavailable',
        gateway: options.isGatewayReady() ? 'ready' : 'starting',
        subgraphs: results.map(({ warnings: _warnings, ...result }) => result),
        ...(warnings.length > 0 ? { warnings } : {}),
      },
    };
  };
}

/**
 * `/health`, the liveness answer: 200 while the gateway serves, whatever its subgraphs do. Restarting
 * the gateway would not bring a subgraph back; an orchestrator asks `/ready` before sending traffic.
 */
export function createLivenessRoute(options: { isGatewayReady: () => boolean }): RouteHandler {
  return async () => ({
    status: 200,
    body: { status: 'ok', gateway: options.isGatewayReady() ? 'ready' : 'starting' },
  });
}
