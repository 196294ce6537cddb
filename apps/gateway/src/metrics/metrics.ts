import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { RouteHandler } from '@erqi/shared/util-http-server';

/** Counts what the gateway answered, for `/metrics` (Prometheus text format). */
export class GatewayMetrics {
  private operations = 0;
  private readonly errorsByCode = new Map<string, number>();
  private readonly durations: number[] = [];

  /** An Apollo plugin that feeds these counters. */
  plugin<TContext extends BaseContext>(): ApolloServerPlugin<TContext> {
    return {
      // A refused token (401) or an exhausted rate limit (429) ends the request before it starts.
      contextCreationDidFail: async ({ error }) => {
        this.countError(error instanceof GraphQLError ? error : undefined);
      },
      requestDidStart: async () => {
        const started = performance.now();
        this.operations += 1;
        return {
          didEncounterErrors: async ({ errors }) => {
            for (const error of errors) this.countError(error);
          },
          willSendResponse: async () => {
            this.durations.push(performance.now() - started);
            // A window of recent operations is enough for the quantiles a dashboard shows.
            if (this.durations.length > 1000) this.durations.shift();
          },
        };
      },
    };
  }

  private countError(error: GraphQLError | undefined): void {
    // Validation errors arrive as GRAPHQL_VALIDATION_FAILED; a depth, alias or cost refusal keeps its own code.
    const code = error?.extensions['code'] ?? 'INTERNAL_SERVER_ERROR';
    const own = code === 'GRAPHQL_VALIDATION_FAILED' && error?.originalError instanceof GraphQLError ? error.originalError.extensions['code'] : undefined;
    const counted = String(own ?? code);
    this.errorsByCode.set(counted, (this.errorsByCode.get(counted) ?? 0) + 1);
  }

  route(): RouteHandler {
    return async () => {
      const sorted = [...this.durations].sort((a, b) => a - b);
      const quantile = (q: number): number => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? 0;
      const lines = [
        '# HELP graphql_operations_total GraphQL operations the gateway answered.',
        '# TYPE graphql_operations_total counter',
        `graphql_operations_total ${this.operations}`,
        '# HELP graphql_errors_total Errors in answers, by extensions.code.',
        '# TYPE graphql_errors_total counter',
        ...[...this.errorsByCode].map(([code, count]) => `graphql_errors_total{code="${code}"} ${count}`),
        '# HELP graphql_operation_duration_ms Duration of the last 1000 operations.',
        '# TYPE graphql_operation_duration_ms summary',
        `graphql_operation_duration_ms{quantile="0.5"} ${quantile(0.5).toFixed(1)}`,
        `graphql_operation_duration_ms{quantile="0.99"} ${quantile(0.99).toFixed(1)}`,
        '',
      ];
      return { status: 200, body: lines.join('\n'), contentType: 'text/plain; version=0.0.4' };
    };
  }
}
