import { ErrorCode } from '@erqi/shared/util-errors';
import {
  type DocumentNode,
  type FragmentDefinitionNode,
  GraphQLError,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

/** The fields only the gateway and our services may ask a subgraph for: references and the SDL. */
const FEDERATION_FIELDS = new Set(['_entities', '_service']);

/**
 * The federation fields an operation asks for at its root, by field name (an alias hides nothing),
 * through fragment spreads and inline fragments at any depth of nesting (`{ ... on Query { ...F } }`).
 */
export function federationFieldsOf(
  document: DocumentNode,
  operation: OperationDefinitionNode,
): string[] {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions)
    if (definition.kind === Kind.FRAGMENT_DEFINITION)
      fragments.set(definition.name.value, definition);
  const found = new Set<string>();
  const visited = new Set<string>();
  const walk = (selectionSet: SelectionSetNode): void => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        if (FEDERATION_FIELDS.has(selection.name.value)) found.add(selection.name.value);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        walk(selection.selectionSet);
      } else if (!visited.has(selection.name.value)) {
        visited.add(selection.name.value);
        const fragment = fragments.get(selection.name.value);
        if (fragment) walk(fragment.selectionSet);
      }
    }
  };
  walk(operation.selectionSet);
  return [...found];
}

export function federationFieldsRefused(fields: string[]): GraphQLError {
  return new GraphQLError(
    `${fields.join(' and ')} answer only the gateway and the platform’s own services (a service token); ask the gateway instead`,
    { extensions: { code: ErrorCode.Unauthenticated, http: { status: 401 } } },
  );
}
