import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { ServiceMetrics } from './service-metrics';

/** The code an error is counted under; a refusal filed under GRAPHQL_VALIDATION_FAILED keeps its own. */
function errorCode(error: GraphQLError | undefined): string {
  const code = error?.extensions['code'] ?? 'INTERNAL_SERVER_ERROR';
  const own =
    code === 'GRAPHQL_VALIDATION_FAILED' && error?.originalError instanceof GraphQLError
      ? error.originalError.extensions['code']
      : undefined;
  return String(own ?? code);
}

/** An Apollo plugin that feeds `graphql_operations_total`, `graphql_errors_total{code}` and the duration histogram. */
export function graphqlMetricsPlugin<TContext extends BaseContext>(
  metrics: ServiceMetrics,
): ApolloServerPlugin<TContext> {
  return {
    // A refused token (401) or an exhausted rate limit (429) ends the request before it starts.
    contextCreationDidFail: async ({ error }) => {
      metrics.graphqlErrors.inc({
        code: errorCode(error instanceof GraphQLError ? error : undefined),
      });
    },
    requestDidStart: async () => {
      const stopTimer = metrics.graphqlOperationDuration.startTimer();
      metrics.graphqlOperations.inc();
      return {
        didEncounterErrors: async ({ errors }) => {
          for (const error of errors) metrics.graphqlErrors.inc({ code: errorCode(error) });
        },
        willSendResponse: async ({ operation }) => {
          stopTimer({ operation_type: operation?.operation ?? 'unknown' });
        },
      };
    },
  };
}
