import { GraphQLError } from 'graphql';
import { ServiceUnavailable } from '@erqi/shared/util-errors';

/** The little the appeal service needs to know about an enterprise, which the enterprise service owns. */
export interface DirectoryEnterprise {
  id: string;
  gridCellId: string;
}

/** Answers whether an enterprise exists and which grid cell looks after it. */
export interface EnterpriseDirectory {
  /** The enterprise with this id, or null when there is none. */
  findEnterprise(id: string): Promise<DirectoryEnterprise | null>;
}

export const DEFAULT_ENTERPRISE_SUBGRAPH_URL = 'http://127.0.0.1:4002/graphql';

export interface HttpEnterpriseDirectoryOptions {
  /** The enterprise subgraph's GraphQL endpoint. @default process.env.ENTERPRISE_SUBGRAPH_URL ?? 'http://127.0.0.1:4002/graphql' */
  url?: string;
  /** How long to wait for an answer before giving up. @default 5000 */
  timeoutMs?: number;
}

const ENTITIES_QUERY = 'query($r:[_Any!]!){ _entities(representations:$r){ ... on Enterprise { id gridCell { id } } } }';

interface EntitiesResponse {
  data?: { _entities?: Array<{ id?: string; gridCell?: { id?: string } | null } | null> } | null;
  errors?: Array<{ message?: string; extensions?: { code?: unknown } }>;
}

/** The enterprise service could not answer; the caller may try again. */
export function enterpriseServiceUnavailable(reason: string): GraphQLError {
  return new ServiceUnavailable('enterprise', `The enterprise service is not answering (${reason}); nothing was saved, try again shortly`);
}

/**
 * Asks the enterprise subgraph directly, with the same `_entities` query the gateway would send, so
 * the appeal service needs neither the gateway nor a copy of the enterprises.
 */
export class HttpEnterpriseDirectory implements EnterpriseDirectory {
  readonly url: string;
  private readonly timeoutMs: number;

  constructor(options: HttpEnterpriseDirectoryOptions = {}) {
    this.url = options.url ?? process.env['ENTERPRISE_SUBGRAPH_URL'] ?? DEFAULT_ENTERPRISE_SUBGRAPH_URL;
    this.timeoutMs = options.timeoutMs ?? 5000;
  }

  async findEnterprise(id: string): Promise<DirectoryEnterprise | null> {
    const body = await this.post({ r: [{ __typename: 'Enterprise', id }] });
    const entity = body.data?._entities?.[0];
    if (entity?.id && entity.gridCell?.id) return { id: entity.id, gridCellId: entity.gridCell.id };
    // A missing enterprise is answered with null, perhaps with a NOT_FOUND error; any other error is a failure.
    const failure = body.errors?.find((error) => error.extensions?.code !== 'NOT_FOUND');
    if (failure) throw enterpriseServiceUnavailable(`it answered with an error: ${failure.message ?? 'no message'}`);
    if (!body.data) throw enterpriseServiceUnavailable('it answered without data');
    return null;
  }

  private async post(variables: Record<string, unknown>): Promise<EntitiesResponse> {
    try {
      const response = await fetch(this.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
        body: JSON.stringify({ query: ENTITIES_QUERY, variables }),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
      const text = await response.text();
      let body: EntitiesResponse;
      try {
        body = JSON.parse(text) as EntitiesResponse;
      } catch {
        throw enterpriseServiceUnavailable(`it answered HTTP ${response.status} without JSON`);
      }
      if (!response.ok && !body.errors?.length) throw enterpriseServiceUnavailable(`it answered HTTP ${response.status}`);
      return body;
    } catch (error) {
      if (error instanceof GraphQLError) throw error;
      // fetch rejects with the signal's DOMException; compare its name, not its class (realms differ under test runners).
      const timedOut = (error as { name?: unknown } | null)?.name === 'TimeoutError';
      throw enterpriseServiceUnavailable(timedOut ? `no answer within ${this.timeoutMs} ms` : 'it cannot be reached');
    }
  }
}
