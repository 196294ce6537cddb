import { ApolloClient, from, HttpLink, InMemoryCache } from '@apollo/client';
import { setContext } from '@apollo/client/link/context';
import { onError } from '@apollo/client/link/error';

/**
 * The one GraphQL client: the gateway on this origin, the signed-in user's token on every request,
 * and a normalised cache (objects by `__typename` + `id`) so a change made on one screen shows on all.
 * `onUnauthenticated` runs when the gateway refuses the token (expired, revoked): sign in again.
 */
export function createGraphQLClient(options: {
  token: () => string | undefined;
  onUnauthenticated: () => void;
}): ApolloClient<unknown> {
  const auth = setContext((_operation, { headers }: { headers?: Record<string, string> }) => {
    const token = options.token();
    return { headers: { ...headers, ...(token ? { authorization: `Bearer ${token}` } : {}) } };
  });
  const unauthenticated = onError(({ graphQLErrors, networkError }) => {
    const refused =
      graphQLErrors?.some((error) => error.extensions?.['code'] === 'UNAUTHENTICATED') === true ||
      (networkError !== null &&
        networkError !== undefined &&
        'statusCode' in networkError &&
        networkError.statusCode === 401);
    if (refused) options.onUnauthenticated();
  });
  return new ApolloClient({
    link: from([unauthenticated, auth, new HttpLink({ uri: '/graphql' })]),
    cache: new InMemoryCache({
      typePolicies: {
        // Connections are pages of one list: keep them apart by their arguments, not merged.
        Query: { fields: {} },
      },
    }),
    defaultOptions: {
      watchQuery: { fetchPolicy: 'cache-and-network', errorPolicy: 'none' },
    },
  });
}

/** The first GraphQL error's code and field, to say what went wrong in the user's language. */
export function graphQLErrorDetails(error: unknown): {
  code?: string;
  field?: string;
  message: string;
} {
  const errors = (
    error as {
      graphQLErrors?: ReadonlyArray<{ message: string; extensions?: Record<string, unknown> }>;
    }
  ).graphQLErrors;
  const first = errors?.[0];
  if (first) {
    const code = first.extensions?.['code'];
    const field = first.extensions?.['field'];
    return {
      message: first.message,
      ...(typeof code === 'string' ? { code } : {}),
      ...(typeof field === 'string' ? { field } : {}),
    };
  }
  return { code: 'NETWORK', message: error instanceof Error ? error.message : String(error) };
}
