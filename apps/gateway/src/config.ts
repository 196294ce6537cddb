import { readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { loadConfig, serviceSettings } from '@erqi/shared/util-config';
import { type Static, Type } from '@sinclair/typebox';
import { DEFAULT_QUERY_LIMITS, type QueryLimits } from '@erqi/shared/util-query-limits';
import { DEFAULT_RATE_LIMIT, type RateLimit } from '@erqi/shared/util-rate-limit';
import { DEFAULT_REPLICA_PROBE_MS } from './replicas/replica-pool';

/** The supergraph composed at build time by `npm run compose` (see supergraph.config.json). */
export const SUPERGRAPH_FILE = join(__dirname, '..', 'supergraph.graphql');

export function readSupergraphSdl(file = SUPERGRAPH_FILE): string {
  return readFileSync(file, 'utf8');
}

/**
 * dist/apps/web of this checkout, whether the gateway runs from its sources (apps/gateway/src) or
 * from its build (dist/apps/gateway/src): the web app's build writes there.
 */
export function defaultWebAppDir(here = __dirname): string {
  const parts = here.split(sep);
  const dist = parts.lastIndexOf('dist');
  const root = dist >= 0 ? parts.slice(0, dist).join(sep) : join(here, '..', '..', '..');
  return join(root, 'dist', 'apps', 'web');
}

/** Largest request body the gateway reads; a GraphQL operation is rarely over a few kB. @default 100_000 (GATEWAY_MAX_BODY_BYTES) */
export const DEFAULT_MAX_BODY_BYTES = 100_000;

/** The subgraphs whose URL a deployment may move, each read from `<NAME>_SUBGRAPH_URL`. */
export const SUBGRAPH_NAMES = ['grid', 'enterprise', 'appeal', 'volunteer'] as const;

const positive = (fallback: number, description: string) =>
  Type.Number({ exclusiveMinimum: 0, default: fallback, description });
const subgraphUrl = (name: string) =>
  Type.Optional(
    Type.String({
      // One URL, or its replicas' URLs separated by commas.
      pattern: '^\\s*https?://[^,\\s]+(\\s*,\\s*https?://[^,\\s]+)*\\s*$',
      description: `replaces the ${name} subgraph's URL written in the supergraph; several (comma-separated) are replicas, taken in turn among the healthy ones`,
    }),
  );

/** Every variable the gateway reads: the common ones, then its limits and the subgraphs' addresses. */
export const gatewayConfigSchema = Type.Object({
  ...serviceSettings({ port: 4000 }),
  GATEWAY_MAX_DEPTH: positive(
    DEFAULT_QUERY_LIMITS.maxDepth,
    'deepest selection an operation may nest',
  ),
  GATEWAY_MAX_ALIASES: positive(DEFAULT_QUERY_LIMITS.maxAliases, 'most aliases in one operation'),
  GATEWAY_MAX_COST: positive(
    DEFAULT_QUERY_LIMITS.maxCost,
    'highest estimated cost of one operation',
  ),
  GATEWAY_DEFAULT_LIST_SIZE: positive(
    DEFAULT_QUERY_LIMITS.defaultListSize,
    'list size assumed for a list field asked without first',
  ),
  GATEWAY_RATE_LIMIT_PER_SECOND: positive(
    DEFAULT_RATE_LIMIT.perSecond,
    'operations per second each caller may send',
  ),
  GATEWAY_RATE_LIMIT_BURST: positive(
    DEFAULT_RATE_LIMIT.burst,
    'operations a caller may send at once before the rate applies',
  ),
  GATEWAY_MAX_BODY_BYTES: positive(DEFAULT_MAX_BODY_BYTES, 'largest request body read, in bytes'),
  GATEWAY_TRUSTED_PROXIES: Type.String({
    default: '',
    description: 'reverse proxies (addresses, comma-separated) whose X-Forwarded-For is believed',
  }),
  WEB_APP_DIR: Type.Optional(
    Type.String({
      minLength: 1,
      description:
        "the web app's build folder (index.html, assets/), served at / (default: dist/apps/web)",
    }),
  ),
  WEB_OIDC_CLIENT_ID: Type.Optional(
    Type.String({
      minLength: 1,
      description:
        "the web app's client id at the OpenID provider (AUTH_ISSUER), e.g. erqi-web; unset: the app offers no OpenID sign-in",
    }),
  ),
  WEB_OIDC_SCOPE: Type.String({
    default: 'openid profile',
    minLength: 1,
    description: 'the scope the web app asks the OpenID provider for',
  }),
  GATEWAY_REPLICA_PROBE_MS: positive(
    DEFAULT_REPLICA_PROBE_MS,
    "how often each subgraph replica's /health is asked (a subgraph with several URLs), in milliseconds",
  ),
  GATEWAY_SUBGRAPH_CONNECTIONS: positive(
    64,
    'keep-alive connections the gateway holds open to each subgraph address (the most requests on the wire to one at once)',
  ),
  GATEWAY_MERGE_IN_FLIGHT: Type.Boolean({
    default: true,
    description:
      'whether identical subgraph reads in flight at once (the same caller asking the same question) share one fetch',
  }),
  GRID_SUBGRAPH_URL: subgraphUrl('grid'),
  ENTERPRISE_SUBGRAPH_URL: subgraphUrl('enterprise'),
  APPEAL_SUBGRAPH_URL: subgraphUrl('appeal'),
  VOLUNTEER_SUBGRAPH_URL: subgraphUrl('volunteer'),
});

export type GatewayConfig = Static<typeof gatewayConfigSchema>;

/** Reads and checks the environment; throws a `ConfigError` naming every bad variable. */
export function loadGatewayConfig(env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  return loadConfig('gateway', gatewayConfigSchema, env);
}

/** Subgraph URLs that replace the ones written into the supergraph, by subgraph name (e.g. `GRID_SUBGRAPH_URL`). */
export function subgraphUrlOverrides(config: GatewayConfig): Record<string, string> {
  const urls: Record<(typeof SUBGRAPH_NAMES)[number], string | undefined> = {
    grid: config.GRID_SUBGRAPH_URL,
    enterprise: config.ENTERPRISE_SUBGRAPH_URL,
    appeal: config.APPEAL_SUBGRAPH_URL,
    volunteer: config.VOLUNTEER_SUBGRAPH_URL,
  };
  return Object.fromEntries(
    Object.entries(urls).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
}

/** The subgraph names and URLs written into a supergraph (its `join__Graph` enum). */
export function subgraphsOf(
  supergraphSdl: string,
  overrides: Record<string, string> = {},
): Array<{ name: string; url: string }> {
  const pattern = /@join__graph\(name: "([^"]+)", url: "([^"]+)"\)/g;
  return [...supergraphSdl.matchAll(pattern)].map(([, name = '', url = '']) => ({
    name,
    url: overrides[name] ?? url,
  }));
}

/** What the gateway accepts. */
export interface GatewayLimits {
  queryLimits: QueryLimits;
  rateLimit: RateLimit;
  maxBodyBytes: number;
}

export function gatewayLimits(config: GatewayConfig): GatewayLimits {
  return {
    queryLimits: {
      maxDepth: config.GATEWAY_MAX_DEPTH,
      maxAliases: config.GATEWAY_MAX_ALIASES,
      maxCost: config.GATEWAY_MAX_COST,
      defaultListSize: config.GATEWAY_DEFAULT_LIST_SIZE,
    },
    rateLimit: {
      perSecond: config.GATEWAY_RATE_LIMIT_PER_SECOND,
      burst: config.GATEWAY_RATE_LIMIT_BURST,
    },
    maxBodyBytes: config.GATEWAY_MAX_BODY_BYTES,
  };
}
