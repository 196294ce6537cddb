import {
  type FieldNode,
  type GraphQLField,
  GraphQLError,
  type GraphQLNamedType,
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

/** What the gateway accepts of one operation before any subgraph sees it. */
export interface QueryLimits {
  /** Deepest nesting of fields (`{ a { b } }` is 2); introspection fields are not counted. @default 10 */
  maxDepth: number;
  /** Aliased fields in the operation, fragments counted each time they are spread. @default 30 */
  maxAliases: number;
  /**
   * Most fields the operation could resolve: each field costs 1, and a field's selection is counted
   * once per item of its page (`first`, else the argument's default, else `defaultListSize`).
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
 * An operation the gateway refuses before planning it. Apollo Server files every validation error
 * under GRAPHQL_VALIDATION_FAILED; the gateway's formatError puts this error's own code back.
 */
export class QueryRefused extends GraphQLError {
  constructor(
    message: string,
    code: string,
    node: OperationDefinitionNode | FieldNode,
    extensions: Record<string, number> = {},
  ) {
    super(message, { nodes: [node], extensions: { ...extensions, code } });
  }
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

/** Depth, aliases and cost of an operation, its fragments inlined (each measured once per operation). */
export function measureOperation(
  context: ValidationContext,
  operation: OperationDefinitionNode,
  defaultListSize: number,
): OperationMeasure {
  const schema = context.getSchema();
  const fragments = new Map<string, OperationMeasure>();
  const inProgress = new Set<string>();

  /** A variable's default in this operation, if it is a literal integer. */
  const variableDefault = (name: string): number | undefined => {
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
      // Validation is cached per document and never sees variable values: a variable counts as its default.
      const given = node.arguments?.find((argument) => argument.name.value === 'first')?.value;
      const value =
        given?.kind === Kind.INT
          ? Number(given.value)
          : given?.kind === Kind.VARIABLE
            ? variableDefault(given.name.value)
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
          const fragment = context.getFragment(name);
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
          measure = measureOperation(context, operation, limits.defaultListSize);
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
            `The query nests fields ${depth} levels deep; this gateway accepts at most ${limits.maxDepth}. Ask for fewer nested levels, or split it into several queries.`,
            QueryLimitCode.TooDeep,
            operation,
            { measured: depth, limit: limits.maxDepth },
          )
        : undefined,
    ),
    rule(({ aliases }, operation) =>
      aliases > limits.maxAliases
        ? new QueryRefused(
            `The query uses ${aliases} aliases; this gateway accepts at most ${limits.maxAliases}. Ask for each field fewer times in one request.`,
            QueryLimitCode.TooManyAliases,
            operation,
            { measured: aliases, limit: limits.maxAliases },
          )
        : undefined,
    ),
    rule(({ cost }, operation) =>
      cost > limits.maxCost
        ? new QueryRefused(
            `The query could resolve up to ${count(cost)} fields (each list counted at its \`first\`, or ${limits.defaultListSize} items); this gateway accepts at most ${count(limits.maxCost)}. Ask for smaller pages or fewer nested lists.`,
            QueryLimitCode.TooCostly,
            operation,
            { measured: cost, limit: limits.maxCost },
          )
        : undefined,
    ),
  ];
}

/** Production: no `__schema` or `__type` (a client reads the published supergraph instead). `__typename` stays. */
export const IntrospectionDisabledRule: ValidationRule = (context: ValidationContext) => ({
  Field(node) {
    if (node.name.value !== '__schema' && node.name.value !== '__type') return;
    context.reportError(
      new QueryRefused(
        `Introspection (${node.name.value}) is turned off on this production gateway. Use the published schema (apps/gateway/supergraph.graphql) or a development gateway.`,
        QueryLimitCode.IntrospectionDisabled,
        node,
      ),
    );
  },
});
