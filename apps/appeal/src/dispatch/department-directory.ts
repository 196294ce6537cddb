import {
  DEFAULT_SUBGRAPH_TIMEOUT_MS,
  fetchEntities,
  querySubgraph,
  subgraphUnavailable,
  unexpectedError,
} from '@erqi/shared/data-access-subgraph-client';

/** A department as the grid service knows it: what dispatching needs (its code names its topic). */
export interface DirectoryDepartment {
  id: string;
  code: string;
}

/** Answers which departments exist; the grid service owns them. */
export interface DepartmentDirectory {
  /** The department with this code, or null when there is none. */
  findByCode(code: string): Promise<DirectoryDepartment | null>;
  /** The department with this id, or null when there is none. */
  findById(id: string): Promise<DirectoryDepartment | null>;
}

export const DEFAULT_GRID_SUBGRAPH_URL = 'http://127.0.0.1:4001/graphql';

export interface HttpDepartmentDirectoryOptions {
  /** The grid subgraph's GraphQL endpoint. @default process.env.GRID_SUBGRAPH_URL ?? 'http://127.0.0.1:4001/graphql' */
  url?: string;
  /** How long to wait for an answer before giving up. @default 5000 */
  timeoutMs?: number;
}

const DEPARTMENT_BY_CODE = 'query($code: String!) { department(code: $code) { id code } }';

/**
 * Asks the grid subgraph directly. Its Department is keyed by id, so a code is looked up with its
 * public `department(code:)` query, and an id with `_entities`.
 */
export class HttpDepartmentDirectory implements DepartmentDirectory {
  readonly url: string;
  private readonly timeoutMs: number;

  constructor(options: HttpDepartmentDirectoryOptions = {}) {
    this.url = options.url ?? process.env['GRID_SUBGRAPH_URL'] ?? DEFAULT_GRID_SUBGRAPH_URL;
    this.timeoutMs = options.timeoutMs ?? DEFAULT_SUBGRAPH_TIMEOUT_MS;
  }

  async findByCode(code: string): Promise<DirectoryDepartment | null> {
    const body = await querySubgraph<{ department?: Partial<DirectoryDepartment> | null }>({
      url: this.url,
      service: 'grid',
      timeoutMs: this.timeoutMs,
      query: DEPARTMENT_BY_CODE,
      variables: { code },
    });
    const department = body.data?.department;
    if (department?.id && department.code) return { id: department.id, code: department.code };
    // An unknown code is answered with NOT_FOUND (and no data, the field being non-null); any other error is a failure.
    const failure = unexpectedError(body.errors);
    if (failure) throw subgraphUnavailable('grid', `it answered with an error: ${failure.message ?? 'no message'}`);
    if (!body.errors?.length) throw subgraphUnavailable('grid', 'it answered without data');
    return null;
  }

  async findById(id: string): Promise<DirectoryDepartment | null> {
    const [department] = await fetchEntities<Partial<DirectoryDepartment>>({
      url: this.url,
      service: 'grid',
      timeoutMs: this.timeoutMs,
      representations: [{ __typename: 'Department', id }],
      selection: '... on Department { id code }',
    });
    return department?.id && department.code ? { id: department.id, code: department.code } : null;
  }
}
