import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_QUERY_LIMITS, type QueryLimits } from './hardening/query-limits';
import { DEFAULT_RATE_LIMIT, type RateLimit } from './hardening/rate-limiter';

/** The supergraph composed at build time by `npm run compose` (see supergraph.config.json). */
export const SUPERGRAPH_FILE = join(__dirname, '..', 'supergraph.graphql');

export function readSupergraphSdl(file = SUPERGRAPH_FILE): string {
  return readFileSync(file, 'utf8');
}

/**
 * Subgraph URLs that replace the ones written into the supergraph, from `SUBGRAPH_URL_<NAME>`
 * (e.g. `SUBGRAPH_URL_GRID=http://10.0.0.5:4001/graphql`). Tests and deployments use it.
 */
export function subgraphUrlOverrides(env: NodeJS.ProcessEnv = process.env): Record<string, string> {
  const overrides: Record<string, string> = {};
  for (const [key, value] of Object.entries(env)) {
    const match = /^SUBGRAPH_URL_([A-Z0-9_]+)$/.exec(key);
    if (match?.[1] && value) overrides[match[1].toLowerCase()] = value;
  }
  return overrides;
}

/** The subgraph names and URLs written into a supergraph (its `join__Graph` enum). */
export function subgraphsOf(supergraphSdl: string, overrides: Record<string, string> = {}): Array<{ name: string; url: string }> {
  const pattern = /@join__graph\(name: "([^"]+)", url: "([^"]+)"\)/g;
  return [...supergraphSdl.matchAll(pattern)].map(([, name = '', url = '']) => ({ name, url: overrides[name] ?? url }));
}

/** Largest request body the gateway reads; a GraphQL operation is rarely over a few kB. @default 100_000 (GATEWAY_MAX_BODY_BYTES) */
export const DEFAULT_MAX_BODY_BYTES = 100_000;

/** What the gateway accepts, from the environment; anything unset keeps its default. */
export interface GatewayLimits {
  queryLimits: QueryLimits;
  rateLimit: RateLimit;
  maxBodyBytes: number;
}

function positiveNumber(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const text = env[name];
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!Number.isFinite(value) || value <= 0) throw new RangeError(`${name} must be a positive number, not "${text}"`);
  return value;
}

/**
 * `GATEWAY_MAX_DEPTH`, `GATEWAY_MAX_ALIASES`, `GATEWAY_MAX_COST`, `GATEWAY_DEFAULT_LIST_SIZE`,
 * `GATEWAY_RATE_LIMIT_PER_SECOND`, `GATEWAY_RATE_LIMIT_BURST`, `GATEWAY_MAX_BODY_BYTES`.
 */
export function gatewayLimitsFromEnv(env: NodeJS.ProcessEnv = process.env): GatewayLimits {
  return {
    queryLimits: {
      maxDepth: positiveNumber(env, 'GATEWAY_MAX_DEPTH', DEFAULT_QUERY_LIMITS.maxDepth),
      maxAliases: positiveNumber(env, 'GATEWAY_MAX_ALIASES', DEFAULT_QUERY_LIMITS.maxAliases),
      maxCost: positiveNumber(env, 'GATEWAY_MAX_COST', DEFAULT_QUERY_LIMITS.maxCost),
      defaultListSize: positiveNumber(env, 'GATEWAY_DEFAULT_LIST_SIZE', DEFAULT_QUERY_LIMITS.defaultListSize),
    },
    rateLimit: {
      perSecond: positiveNumber(env, 'GATEWAY_RATE_LIMIT_PER_SECOND', DEFAULT_RATE_LIMIT.perSecond),
      burst: positiveNumber(env, 'GATEWAY_RATE_LIMIT_BURST', DEFAULT_RATE_LIMIT.burst),
    },
    maxBodyBytes: positiveNumber(env, 'GATEWAY_MAX_BODY_BYTES', DEFAULT_MAX_BODY_BYTES),
  };
}
