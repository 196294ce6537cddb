import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { validateOrReject, type ValidationError, type ValidatorOptions } from 'class-validator';
import { type GraphQLSchema, parse } from 'graphql';
import { GraphQLDateTime } from 'graphql-scalars';
import {
  ArgumentValidationError,
  buildSchema,
  type BuildSchemaOptions,
  createResolversMap,
} from 'type-graphql';
import { type ArgumentGuardOptions, guardArguments } from './guard-arguments';

/** The Federation 2 directives our subgraphs use. */
const FEDERATION_LINK =
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable", "@external", "@requires", "@provides"])';

/** `__resolveReference` functions keyed by entity type name, e.g. `{ GridCell: { __resolveReference } }`. */
export type ReferenceResolvers = GraphQLResolverMap<unknown>;

/** type-graphql's own options for class-validator (missing properties skipped, unknown values allowed). */
const VALIDATOR_OPTIONS: ValidatorOptions = {
  skipMissingProperties: true,
  forbidUnknownValues: false,
};

const worthValidating = (value: unknown): value is object =>
  value !== null && typeof value === 'object';

/**
 * What type-graphql does to each argument (class-validator's decorators: `@Max(100)` on `first`, …),
 * with class-validator imported once here: type-graphql imports it anew for every argument of every
 * request, and with tracing on each import goes through the instrumentations' require hook (about
 * 1% of a subgraph's CPU). Same options, same BAD_USER_INPUT error with the validation errors.
 */
export async function validateArgument(value: unknown): Promise<void> {
  if (!worthValidating(value)) return;
  try {
    if (Array.isArray(value))
      await Promise.all(
        value.filter(worthValidating).map((item) => validateOrReject(item, VALIDATOR_OPTIONS)),
      );
    else await validateOrReject(value, VALIDATOR_OPTIONS);
  } catch (error) {
    throw new ArgumentValidationError(error as ValidationError[]);
  }
}

/**
 * Builds a Federation 2 subgraph schema from type-graphql resolvers: type-graphql builds the schema,
 * it is printed with its directives, and `buildSubgraphSchema` adds `_entities` and `_service`.
 */
export async function buildFederatedSchema(
  options: Omit<BuildSchemaOptions, 'skipCheck'>,
  referenceResolvers: ReferenceResolvers = {},
  guardOptions: ArgumentGuardOptions = {},
): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    ...options,
    // One date-time scalar for every subgraph, so the supergraph has one too.
    scalarsMap: [{ type: Date, scalar: GraphQLDateTime }, ...(options.scalarsMap ?? [])],
    skipCheck: true,
    validateFn: options.validateFn ?? validateArgument,
  });
  const resolvers = createResolversMap(schema) as unknown as GraphQLResolverMap<unknown>;
  for (const [typeName, typeResolvers] of Object.entries(referenceResolvers)) {
    resolvers[typeName] = {
      ...(resolvers[typeName] as object),
      ...(typeResolvers as object),
    } as typeof typeResolvers;
  }
  const typeDefs = parse(`${FEDERATION_LINK}\n\n${printSchemaWithDirectives(schema)}`);
  const subgraph = buildSubgraphSchema([{ typeDefs, resolvers }]);
  guardArguments(subgraph, guardOptions);
  return subgraph;
}
