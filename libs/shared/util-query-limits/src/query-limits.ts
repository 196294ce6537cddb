import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLFormattedError,
  GraphQLError,
  type GraphQLNamedType,
  type GraphQLSchema,
  getNamedType,
  getNullableType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';

/** What the gateway, and each subgraph again, accepts of one operation before resolving any of it. */
export interface QueryLimits {
  /** Deepest nesting of fields (`{ a { b } }` is 2); introspection fields are not counted. @default 10 */
  maxDepth: number;
  /** Aliased fields in the operation, fragments counted each time they are spread. @default 30 */
  maxAliases: number;
  /**
   * Most fields the operation could resolve: each field costs 1, and a field's selection is counted
   * once per item of its page (`first` as given, literally or in a variable; else the variable's or the
   * argument's default; else `defaultListSize`).
   * Calibrated on the largest query our own clients send, the grid worker's overview
   * (apps/e2e exclusive-cell-overview: 20 cells × 50 enterprises × 50 appeals × 20 timeline steps),
   * which costs 1,205,381; 4 nested pages of 100 (over 100 million) are refused.
   * @default 2_000_000
   */
  maxCost: number;
  /** Items a list field without a `first` argument is counted as. @default 20 */
  defaultListSize: number;
}

export const DEFAULT_QUERY_LIMITS: QueryLimits = {
  maxDepth: 10,
  maxAliases: 30,
  maxCost: 2_000_000,
  defaultListSize: 20,
};

export const QueryLimitCode = {
  TooDeep: 'QUERY_TOO_DEEP',
  TooManyAliases: 'TOO_MANY_ALIASES',
  TooCostly: 'QUERY_TOO_COSTLY',
  IntrospectionDisabled: 'INTROSPECTION_DISABLED',
} as const;

/**
 * An operation refused before it is planned or resolved. Apollo Server files every validation error
 * under GRAPHQL_VALIDATION_FAILED; `withOwnCode` puts this error's own code back. HTTP 400 either way
 * (`extensions.http`, which Apollo strips from the answer, sets it when the error is thrown from a plugin).
 */
export class QueryRefused extends GraphQLError {
  constructor(
    message: string,
    code: string,
    node: OperationDefinitionNode | FieldNode,
    extensions: Record<string, number> = {},
  ) {
    super(message, { nodes: [node], extensions: { ...extensions, code, http: { status: 400 } } });
  }
}

/** Apollo Server files every validation error under GRAPHQL_VALIDATION_FAILED; a refusal keeps its own code. */
export function withOwnCode(
  formatted: GraphQLFormattedError,
  error: unknown,
): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : undefined;
  if (!(original instanceof QueryRefused)) return formatted;
  return {
    ...formatted,
    extensions: { ...formatted.extensions, code: original.extensions['code'] },
  };
}

export interface OperationMeasure {
  depth: number;
  aliases: number;
  cost: number;
}

const NOTHING: OperationMeasure = { depth: 0, aliases: 0, cost: 0 };

function fieldOf(
  parent: GraphQLNamedType | undefined,
  name: string,
): GraphQLField<unknown, unknown> | undefined {
  return parent && (isObjectType(parent) || isInterfaceType(parent))
    ? parent.getFields()[name]
    : undefined;
}

/** What `measureOperation` reads. */
export interface MeasureInput {
  schema: GraphQLSchema;
  operation: OperationDefinitionNode;
  /** The document's fragment of that name. */
  fragment: (name: string) => FragmentDefinitionNode | undefined;
  defaultListSize: number;
  /**
   * The request's variable values. Without them (validation, which is cached per document) a variable
   * counts as its default, so only `operationCost` with the values can judge an operation that has any.
   */
  variables?: Readonly<Record<string, unknown>> | undefined;
}

/** Depth, aliases and cost of an operation, its fragments inlined (each measured once per operation). */
export function measureOperation({
  schema,
  operation,
  fragment: fragmentNamed,
  defaultListSize,
  variables,
}: MeasureInput): OperationMeasure {
  const fragments = new Map<string, OperationMeasure>();
  const inProgress = new Set<string>();

  /** A variable's value in this request, else its default in this operation, if it is an integer. */
  const variableValue = (name: string): number | undefined => {
    const given = variables?.[name];
    if (typeof given === 'number' && Number.isInteger(given)) return given;
    const definition = operation.variableDefinitions?.find(
      (variable) => variable.variable.name.value === name,
    );
    return definition?.defaultValue?.kind === Kind.INT
      ? Number(definition.defaultValue.value)
      : undefined;
  };

  /** How many times a field's selection counts: its page size for lists and connections, else 1. */
  const pageSize = (
    node: FieldNode,
    field: GraphQLField<unknown, unknown> | undefined,
    parent: GraphQLNamedType | undefined,
  ): number => {
    if (!field) return 1;
    const firstArgument = field.args.find((argument) => argument.name === 'first');
    if (firstArgument) {
      const given = node.arguments?.find((argument) => argument.name.value === 'first')?.value;
      const value =
        given?.kind === Kind.INT
          ? Number(given.value)
          : given?.kind === Kind.VARIABLE
            ? variableValue(given.name.value)
            : undefined;
      const schemaDefault =
        typeof firstArgument.defaultValue === 'number' ? firstArgument.defaultValue : undefined;
      return Math.max(0, value ?? schemaDefault ?? defaultListSize);
    }
    if (!isListType(getNullableType(field.type))) return 1;
    // A connection's `nodes` were already counted by the `first` of the field that returned it.
    if (
      parent?.name.endsWith('Connection') &&
      (node.name.value === 'nodes' || node.name.value === 'edges')
    )
      return 1;
    return defaultListSize;
  };

  const measure = (
    selectionSet: SelectionSetNode,
    parent: GraphQLNamedType | undefined,
  ): OperationMeasure => {
    let depth = 0;
    let aliases = 0;
    let cost = 0;
    const add = (inner: OperationMeasure): void => {
      depth = Math.max(depth, inner.depth);
      aliases += inner.aliases;
      cost += inner.cost;
    };
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        if (selection.alias) aliases += 1;
        // Introspection (__schema, __type, __typename) is free and not nested: GraphiQL's own query is 13 deep.
        if (selection.name.value.startsWith('__')) continue;
        const field = fieldOf(parent, selection.name.value);
        const inner = selection.selectionSet
          ? measure(selection.selectionSet, field ? getNamedType(field.type) : undefined)
          : NOTHING;
        depth = Math.max(depth, 1 + inner.depth);
        aliases += inner.aliases;
        cost += 1 + pageSize(selection, field, parent) * inner.cost;
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition
          ? (schema.getType(selection.typeCondition.name.value) ?? undefined)
          : parent;
        add(measure(selection.selectionSet, type));
      } else {
        const name = selection.name.value;
        // The specified rules refuse fragment cycles, but they run beside this one: never follow one.
        if (inProgress.has(name)) continue;
        let inner = fragments.get(name);
        if (!inner) {
          const fragment = fragmentNamed(name);
          if (!fragment) continue;
          inProgress.add(name);
          inner = measure(
            fragment.selectionSet,
            schema.getType(fragment.typeCondition.name.value) ?? undefined,
          );
          inProgress.delete(name);
          fragments.set(name, inner);
        }
        add(inner);
      }
    }
    return { depth, aliases, cost };
  };

  const root = schema.getRootType(operation.operation) ?? undefined;
  return measure(operation.selectionSet, root);
}

const count = (value: number): string => value.toLocaleString('en-US');

function tooCostly(
  cost: number,
  limits: QueryLimits,
  operation: OperationDefinitionNode,
): QueryRefused | undefined {
  return cost > limits.maxCost
    ? new QueryRefused(
        `The query could resolve up to ${count(cost)} fields (each list counted at its \`first\`, or ${limits.defaultListSize} items); this API accepts at most ${count(limits.maxCost)}. Ask for smaller pages or fewer nested lists.`,
        QueryLimitCode.TooCostly,
        operation,
        { measured: cost, limit: limits.maxCost },
      )
    : undefined;
}

/** The depth, alias and cost rules, for Apollo Server's `validationRules`. */
export function queryLimitRules(limits: QueryLimits = DEFAULT_QUERY_LIMITS): ValidationRule[] {
  // The three rules share one measurement of each operation.
  const measured = new WeakMap<OperationDefinitionNode, OperationMeasure>();
  const rule =
    (
      check: (
        measure: OperationMeasure,
        operation: OperationDefinitionNode,
      ) => QueryRefused | undefined,
    ): ValidationRule =>
    (context) => ({
      OperationDefinition(operation) {
        let measure = measured.get(operation);
        if (!measure) {
          measure = measureOperation({
            schema: context.getSchema(),
            operation,
            fragment: (name) => context.getFragment(name) ?? undefined,
            defaultListSize: limits.defaultListSize,
          });
          measured.set(operation, measure);
        }
        const refusal = check(measure, operation);
        if (refusal) context.reportError(refusal);
      },
    });
  return [
    rule(({ depth }, operation) =>
      depth > limits.maxDepth
        ? new QueryRefused(
            `The query nests fields ${depth} levels deep; this API accepts at most ${limits.maxDepth}. Ask for fewer nested levels, or split it into several queries.`,
            QueryLimitCode.TooDeep,
            operation,
            { measured: depth, limit: limits.maxDepth },
          )
        : undefined,
    ),
    rule(({ aliases }, operation) =>
      aliases > limits.maxAliases
        ? new QueryRefused(
            `The query uses ${aliases} aliases; this API accepts at most ${limits.maxAliases}. Ask for each field fewer times in one request.`,
            QueryLimitCode.TooManyAliases,
            operation,
            { measured: aliases, limit: limits.maxAliases },
          )
        : undefined,
    ),
    // An operation with variables is judged with their values, by `queryCostPlugin`: here they are unknown.
    rule(({ cost }, operation) =>
      operation.variableDefinitions?.length ? undefined : tooCostly(cost, limits, operation),
    ),
  ];
}

/** The refusal of a costly operation, measured with the request's variable values (undefined: accepted). */
export function costRefusal(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Readonly<Record<string, unknown>> | undefined,
  limits: QueryLimits = DEFAULT_QUERY_LIMITS,
): QueryRefused | undefined {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions)
    if (definition.kind === Kind.FRAGMENT_DEFINITION)
      fragments.set(definition.name.value, definition);
  const { cost } = measureOperation({
    schema,
    operation,
    fragment: (name) => fragments.get(name),
    defaultListSize: limits.defaultListSize,
    variables,
  });
  return tooCostly(cost, limits, operation);
}

/**
 * The cost rule for operations with variables, which validation cannot judge: `first: $n` with
 * `{ "n": 100 }` counts 100, as the literal would. Runs once the operation is resolved, before it is
 * planned or executed; a refusal is HTTP 400 QUERY_TOO_COSTLY.
 */
export function queryCostPlugin<TContext extends BaseContext>(
  limits: QueryLimits = DEFAULT_QUERY_LIMITS,
): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation?.variableDefinitions?.length) return;
          const refusal = costRefusal(schema, document, operation, request.variables, limits);
          if (refusal) throw refusal;
        },
      };
    },
  };
}

/** Production: no `__schema` or `__type` (a client reads the published supergraph instead). `__typename` stays. */
export const IntrospectionDisabledRule: ValidationRule = (context: ValidationContext) => ({
  Field(node) {
    if (node.name.value !== '__schema' && node.name.value !== '__type') return;
    context.reportError(
      new QueryRefused(
        `Introspection (${node.name.value}) is turned off in production. Use the published schema (apps/gateway/supergraph.graphql) or a development server.`,
        QueryLimitCode.IntrospectionDisabled,
        node,
      ),
    );
  },
});
