import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { ErrorCode } from '@erqi/shared/util-errors';
import { type ASTNode, type DocumentNode, type GraphQLError, Kind, visit } from 'graphql';

const VALUE_KINDS: ReadonlySet<string> = new Set([
  Kind.STRING,
  Kind.INT,
  Kind.FLOAT,
  Kind.BOOLEAN,
  Kind.ENUM,
  Kind.NULL,
  Kind.LIST,
  Kind.OBJECT,
]);

/**
 * Where each value of the document is given: the argument's name, then the input fields down to it
 * (`input.rectifyBy`). Keyed by the node itself: the errors carry the very nodes the document holds.
 */
function argumentPaths(document: DocumentNode): {
  values: Map<ASTNode, string>;
  variables: Map<string, string>;
} {
  const values = new Map<ASTNode, string>();
  const variables = new Map<string, string>();
  const path: string[] = [];
  visit(document, {
    Argument: {
      enter: (node) => void path.push(node.name.value),
      leave: () => void path.pop(),
    },
    ObjectField: {
      enter: (node) => void path.push(node.name.value),
      leave: () => void path.pop(),
    },
    enter: (node) => {
      if (path.length === 0) return;
      if (VALUE_KINDS.has(node.kind)) values.set(node, path.join('.'));
      if (node.kind === Kind.VARIABLE && !variables.has(node.name.value))
        variables.set(node.name.value, path.join('.'));
    },
  });
  return { values, variables };
}

/** The argument an input error is about: a literal the scalar refused, or a variable whose value it refused. */
function fieldOf(error: GraphQLError, document: DocumentNode): string | undefined {
  const node = error.nodes?.[0];
  if (!node) return undefined;
  const { values, variables } = argumentPaths(document);
  if (node.kind === Kind.VARIABLE_DEFINITION) {
    const name = node.variable.name.value;
    return variables.get(name) ?? name;
  }
  return values.get(node);
}

/**
 * A value the schema cannot take (an invalid DateTime, a string for an Int), as a literal or in a
 * variable, is the caller's mistake: BAD_USER_INPUT naming the argument (`field`), as a resolver's own
 * check would answer, rather than GRAPHQL_VALIDATION_FAILED or an error without a field.
 */
export function inputErrorsPlugin<TContext extends BaseContext>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ document, errors }) {
          if (!document) return;
          for (const error of errors) {
            const code = error.extensions['code'];
            if (code !== 'GRAPHQL_VALIDATION_FAILED' && code !== ErrorCode.BadUserInput) continue;
            const field = fieldOf(error, document);
            if (field === undefined) continue;
            // Apollo made these errors for this request; their extensions become the answer's.
            Object.assign(error.extensions, { code: ErrorCode.BadUserInput, field });
          }
        },
      };
    },
  };
}
