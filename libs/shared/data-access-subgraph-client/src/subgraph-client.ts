import { ServiceUnavailable } from '@erqi/shared/util-errors';
import { GraphQLError } from 'graphql';
import { serviceAuthorization } from '@erqi/shared/util-auth';

/** How this process names itself in service tokens. */
const SERVICE_NAME = process.env['SERVICE_NAME'] ?? 'subgraph-client';

/** Where a subgraph answers and what to call it when it does not. */
export interface SubgraphEndpoint {
  /** The subgraph's GraphQL endpoint, e.g. `http://127.0.0.1:4002/graphql`. */
  url: string;
  /** The service's name, e.g. `enterprise`: `extensions.service` of the SERVICE_UNAVAILABLE error, and its message. */
  service: string;
  /** How long to wait for an answer before giving up. @default 5000 */
  timeoutMs?: number;
}

export interface SubgraphQueryOptions extends SubgraphEndpoint {
  query: string;
  variables?: Record<string, unknown>;
}

export interface SubgraphError {
  message?: string;
  path?: Array<string | number>;
  extensions?: { code?: unknown } & Record<string, unknown>;
}

/** A GraphQL answer as it came over the wire: nothing in it is trusted yet. */
export interface SubgraphResponse<TData> {
  data?: TData | null;
  errors?: SubgraphError[];
}

/** An entity representation, as the gateway sends it: the type name and its key fields. */
export type EntityRepresentation = { __typename: string } & Record<string, unknown>;

export interface FetchEntitiesOptions extends SubgraphEndpoint {
  /** The entities to resolve, e.g. `[{ __typename: 'Enterprise', id }]`. */
  representations: EntityRepresentation[];
  /** What to read of each, as a fragment on the type, e.g. `... on Enterprise { id gridCell { id } }`. */
  selection: string;
}

export const DEFAULT_SUBGRAPH_TIMEOUT_MS = 5000;

/** The other service could not answer; nothing was saved and the caller may try again. */
export function subgraphUnavailable(service: string, reason: string): GraphQLError {
  return new ServiceUnavailable(service, `The ${service} service is not answering (${reason}); nothing was saved, try again shortly`);
}

/**
 * Posts one operation to another subgraph directly (not through the gateway) and answers its body.
 * A timeout, a refused connection, an answer that is not JSON or an HTTP error without GraphQL errors
 * is SERVICE_UNAVAILABLE; GraphQL errors are left to the caller, which knows which ones it expects.
 */
export async function querySubgraph<TData>(options: SubgraphQueryOptions): Promise<SubgraphResponse<TData>> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_SUBGRAPH_TIMEOUT_MS;
  try {
    const response = await fetch(options.url, {
      method: 'POST',
      // Our own service identity: the other subgraph answers `_entities` only to signed-in callers and services.
      headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true', authorization: await serviceAuthorization(SERVICE_NAME) },
      body: JSON.stringify({ query: options.query, variables: options.variables ?? {} }),
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await response.text();
    let body: SubgraphResponse<TData>;
    try {
      body = JSON.parse(text) as SubgraphResponse<TData>;
    } catch {
      throw subgraphUnavailable(options.service, `it answered HTTP ${response.status} without JSON`);
    }
    if (!response.ok && !body.errors?.length) throw subgraphUnavailable(options.service, `it answered HTTP ${response.status}`);
    return body;
  } catch (error) {
    if (error instanceof GraphQLError) throw error;
    // fetch rejects with the signal's DOMException; compare its name, not its class (realms differ under test runners).
    const timedOut = (error as { name?: unknown } | null)?.name === 'TimeoutError';
    throw subgraphUnavailable(options.service, timedOut ? `no answer within ${timeoutMs} ms` : 'it cannot be reached');
  }
}

/** The first error that is not the NOT_FOUND of a missing entity, if any. */
export function unexpectedError(errors: SubgraphError[] | undefined): SubgraphError | undefined {
  return errors?.find((error) => error.extensions?.code !== 'NOT_FOUND');
}

/**
 * Resolves entities another subgraph owns with the same `_entities` query the gateway would send, so
 * a service needs neither the gateway nor a copy of the other's data. Answers one entry per
 * representation, in order, null for an entity the subgraph does not know (with or without a
 * NOT_FOUND error); any other error is SERVICE_UNAVAILABLE.
 */
export async function fetchEntities<TEntity>(options: FetchEntitiesOptions): Promise<Array<TEntity | null>> {
  const { representations, selection, ...endpoint } = options;
  if (representations.length === 0) return [];
  const body = await querySubgraph<{ _entities?: Array<TEntity | null> | null }>({
    ...endpoint,
    query: `query($r:[_Any!]!){ _entities(representations:$r){ ${selection} } }`,
    variables: { r: representations },
  });
  const failure = unexpectedError(body.errors);
  if (failure) throw subgraphUnavailable(options.service, `it answered with an error: ${failure.message ?? 'no message'}`);
  const entities = body.data?._entities;
  if (!Array.isArray(entities)) throw subgraphUnavailable(options.service, 'it answered without data');
  if (entities.length !== representations.length) {
    throw subgraphUnavailable(options.service, `it answered ${entities.length} entities for ${representations.length} representations`);
  }
  return entities.map((entity) => entity ?? null);
}
