import { DEFAULT_SUBGRAPH_TIMEOUT_MS, fetchEntities, subgraphUnavailable } from '@erqi/shared/data-access-subgraph-client';
import type { GraphQLError } from 'graphql';

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

/** The enterprise service could not answer; the caller may try again. */
export function enterpriseServiceUnavailable(reason: string): GraphQLError {
  return subgraphUnavailable('enterprise', reason);
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
    this.timeoutMs = options.timeoutMs ?? DEFAULT_SUBGRAPH_TIMEOUT_MS;
  }

  async findEnterprise(id: string): Promise<DirectoryEnterprise | null> {
    const [entity] = await fetchEntities<{ id?: string; gridCell?: { id?: string } | null }>({
      url: this.url,
      service: 'enterprise',
      timeoutMs: this.timeoutMs,
      representations: [{ __typename: 'Enterprise', id }],
      selection: '... on Enterprise { id gridCell { id } }',
    });
    return entity?.id && entity.gridCell?.id ? { id: entity.id, gridCellId: entity.gridCell.id } : null;
  }
}
