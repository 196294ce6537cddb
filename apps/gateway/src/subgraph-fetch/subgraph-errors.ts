import { RemoteGraphQLDataSource } from '@apollo/gateway';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';

/** Extensions that hold a subgraph's internals: its URL and raw answer, stack traces, exceptions, HTTP details. */
const INTERNAL_EXTENSIONS = new Set(['response', 'stacktrace', 'exception', 'http']);

/**
 * What a client may see of an error: the message, `extensions.code`, `field` and the other plain
 * values our errors carry (`serviceName`, `measured`, `currentStatus`…); never an object or list,
 * which is where a subgraph's URL, raw answer or stack trace would travel.
 */
export function withoutInternals(formatted: GraphQLFormattedError): GraphQLFormattedError {
  if (!formatted.extensions) return formatted;
  const extensions = Object.fromEntries(
    Object.entries(formatted.extensions).filter(
      ([key, value]) =>
        !INTERNAL_EXTENSIONS.has(key) &&
        (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'),
    ),
  );
  return { ...formatted, extensions };
}

interface SubgraphErrorBody {
  errors?: Array<{ message?: unknown; extensions?: Record<string, unknown> }>;
}

/**
 * A subgraph that answers with an HTTP error (400 for a value its schema refuses, 401 for a token)
 * still sends GraphQL errors: those reach the client with their message, code and field, as a 200
 * answer's would. Apollo's default puts the subgraph's URL and whole body under `extensions.response`.
 */
export class SubgraphDataSource<
  TContext extends Record<string, unknown>,
> extends RemoteGraphQLDataSource<TContext> {
  override async errorFromResponse(
    response: Parameters<RemoteGraphQLDataSource['errorFromResponse']>[0],
  ): Promise<GraphQLError> {
    const body = (await this.parseBody(response).catch(() => undefined)) as
      SubgraphErrorBody | string | undefined;
    const first = typeof body === 'object' ? body.errors?.[0] : undefined;
    if (first && typeof first.message === 'string') {
      const code = first.extensions?.['code'];
      const field = first.extensions?.['field'];
      return new GraphQLError(first.message, {
        extensions: {
          code: typeof code === 'string' ? code : 'INTERNAL_SERVER_ERROR',
          ...(typeof field === 'string' ? { field } : {}),
        },
      });
    }
    const code =
      response.status === 401
        ? 'UNAUTHENTICATED'
        : response.status === 403
          ? 'FORBIDDEN'
          : 'INTERNAL_SERVER_ERROR';
    return new GraphQLError(`A service answered ${response.status}`, { extensions: { code } });
  }
}
