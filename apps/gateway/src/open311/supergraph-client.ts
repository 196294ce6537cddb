import type { ApolloServer } from '@apollo/server';
import type { Caller } from '@erqi/shared/util-auth';
import { Open311Error } from './open311-error';

/** Who the gateway's executor runs an operation as: the admitted caller and the token to pass on. */
export interface CallerContext {
  caller: Caller;
  authorization?: string;
  requestId?: string;
}

/** What the executor answers: a single result's data and errors. */
export interface OperationResult {
  data?: Record<string, unknown> | null;
  errors?: ReadonlyArray<{ message: string; extensions?: Record<string, unknown> }>;
}

/** Runs one operation through the gateway (validation, limits, query plan, subgraphs), as the caller. */
export type ExecuteOperation = (
  operation: { query: string; variables: Record<string, unknown> },
  context: CallerContext,
) => Promise<OperationResult>;

/** The gateway's own executor (the Apollo server over the supergraph) as an ExecuteOperation. */
export function executorOf(
  apollo: Pick<ApolloServer<CallerContext>, 'executeOperation'>,
): ExecuteOperation {
  return async (operation, context) => {
    const response = await apollo.executeOperation(operation, { contextValue: context });
    if (response.body.kind !== 'single')
      throw new Open311Error(500, 'The supergraph answered in parts');
    const { data, errors } = response.body.singleResult;
    return {
      ...(data === undefined ? {} : { data }),
      ...(errors
        ? {
            errors: errors.map((error) => ({
              message: error.message,
              ...(error.extensions ? { extensions: error.extensions } : {}),
            })),
          }
        : {}),
    };
  };
}

/** The HTTP status a GraphQL error code means on the Open311 face (the spec's 400/403/404). */
const STATUS_OF_CODE: Readonly<Record<string, number>> = {
  BAD_USER_INPUT: 400,
  GRAPHQL_VALIDATION_FAILED: 400,
  NOT_YET_KNOWN: 400,
  // GeoReport has no 401: a missing, unknown or revoked api_key is its 403.
  UNAUTHENTICATED: 403,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  SERVICE_UNAVAILABLE: 503,
};

/** Field names as GeoReport v2 calls them, for a refusal that names the field. */
const FIELD_NAMES: Readonly<Record<string, string>> = {
  category: 'service_code',
  enterpriseId: 'attribute[enterprise_id]',
  description: 'description',
  lat: 'lat',
  mediaUrl: 'media_url',
  apiKey: 'api_key',
};

function describe(error: { message: string; extensions?: Record<string, unknown> }): string {
  const field = error.extensions?.['field'];
  const name =
    typeof field === 'string' ? (FIELD_NAMES[field.replace(/^input\./, '')] ?? field) : undefined;
  return name ? `${name}: ${error.message}` : error.message;
}

/** The data of an operation, or its first error as an Open311Error with the status its code means. */
export async function run<T>(
  execute: ExecuteOperation,
  context: CallerContext,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const result = await execute({ query, variables }, context);
  const error = result.errors?.[0];
  if (error) {
    const code = String(error.extensions?.['code'] ?? '');
    const retry = error.extensions?.['retryAfterSeconds'];
    throw new Open311Error(
      STATUS_OF_CODE[code] ?? 500,
      describe(error),
      typeof retry === 'number' ? { 'retry-after': String(retry) } : {},
    );
  }
  if (!result.data) throw new Open311Error(500, 'The supergraph gave no answer');
  return result.data as T;
}
