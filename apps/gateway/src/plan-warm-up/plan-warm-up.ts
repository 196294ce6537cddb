import { createHash } from 'node:crypto';
import type { ApolloGateway } from '@apollo/gateway';
import type { Logger } from '@erqi/shared/util-logging';
import { type GraphQLSchema, Kind, type OperationDefinitionNode, parse } from 'graphql';
import { placeholderVariables } from './placeholder-variables';

/** What the gateway's executor is given for one operation. */
type GatewayRequestContext = Parameters<ApolloGateway['executor']>[0];

/** The context of a warm-up run: planned, never executed. */
export interface WarmUpContext {
  warmUp: true;
}

/** Thrown once a warm-up operation's plan is made and stored: it ends the run before any subgraph is asked. */
export class PlannedOnly extends Error {
  constructor() {
    super('planned only (warm-up)');
    this.name = 'PlannedOnly';
  }
}

export function isWarmUp(context: unknown): context is WarmUpContext {
  return (
    typeof context === 'object' &&
    context !== null &&
    (context as Partial<WarmUpContext>).warmUp === true
  );
}

/**
 * For the gateway's `experimental_didResolveQueryPlan`: called once the plan is in the plan cache and
 * before execution, it ends a warm-up run there.
 */
export function stopWarmUpAfterPlanning({
  requestContext,
}: {
  requestContext: { context: unknown };
}): void {
  if (isWarmUp(requestContext.context)) throw new PlannedOnly();
}

/**
 * Plans `operations` before the first caller asks them, through the gateway's own executor so the plans
 * land in its plan cache under the keys a request with the very same text uses (the query's SHA-256 and
 * its name). The run stops once the plan is made (see `stopWarmUpAfterPlanning`): nothing reaches a
 * subgraph, a mutation included. Returns how many were planned.
 */
export async function warmQueryPlans(
  gateway: ApolloGateway,
  schema: GraphQLSchema,
  operations: readonly string[],
  logger: Logger,
): Promise<number> {
  let planned = 0;
  for (const query of operations) {
    const document = parse(query);
    const operation = document.definitions.find(
      (definition): definition is OperationDefinitionNode =>
        definition.kind === Kind.OPERATION_DEFINITION,
    );
    if (!operation) continue;
    const operationName = operation.name?.value;
    const requestContext = {
      request: {
        query,
        ...(operationName ? { operationName } : {}),
        variables: placeholderVariables(schema, operation),
      },
      document,
      source: query,
      queryHash: createHash('sha256').update(query).digest('hex'),
      operationName: operationName ?? null,
      operation,
      context: { warmUp: true } satisfies WarmUpContext,
      logger,
      metrics: {},
      cache: undefined,
    };
    try {
      await gateway.executor(requestContext as unknown as GatewayRequestContext);
      logger.warn('plan warm-up: an operation ran instead of stopping once planned', {
        operationName,
      });
    } catch (error) {
      if (error instanceof PlannedOnly) planned += 1;
      else
        logger.warn('plan warm-up: an operation could not be planned', {
          operationName,
          error: error instanceof Error ? error.message : String(error),
        });
    }
  }
  return planned;
}
