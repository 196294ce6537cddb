import {
  type GraphQLInputType,
  type GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type OperationDefinitionNode,
  typeFromAST,
} from 'graphql';

/** A value of `type` that passes the gateway's variable check: the planner needs valid variables, not real ones. */
function placeholder(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return placeholder(type.ofType);
  if (isListType(type)) return [];
  if (isEnumType(type)) return type.getValues()[0]?.value ?? null;
  if (isInputObjectType(type))
    return Object.fromEntries(
      Object.values(type.getFields())
        .filter((field) => isNonNullType(field.type) && field.defaultValue === undefined)
        .map((field) => [field.name, placeholder(field.type)]),
    );
  if (isScalarType(type)) {
    if (type.name === 'Int' || type.name === 'Float') return 0;
    if (type.name === 'Boolean') return false;
    // String, ID and the supergraph's custom scalars, which the gateway passes on unread.
    return '0';
  }
  return null;
}

/** Placeholder values for an operation's required variables (the optional ones are left out). */
export function placeholderVariables(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
): Record<string, unknown> {
  const variables: Record<string, unknown> = {};
  for (const definition of operation.variableDefinitions ?? []) {
    const type = typeFromAST(schema, definition.type) as GraphQLInputType | undefined;
    if (!type || !isNonNullType(type) || definition.defaultValue) continue;
    variables[definition.variable.name.value] = placeholder(type);
  }
  return variables;
}
