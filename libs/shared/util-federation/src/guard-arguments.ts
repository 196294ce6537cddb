import { BadUserInput, NotFound } from '@erqi/shared/util-errors';
import { forbiddenControlCharacter } from '@erqi/shared/util-text';
import { isUuid } from '@erqi/shared/util-uuid';
import {
  defaultFieldResolver,
  getNamedType,
  type GraphQLField,
  type GraphQLInputType,
  GraphQLInputObjectType,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  type GraphQLSchema,
  isScalarType,
} from 'graphql';

export interface ArgumentGuardOptions {
  /**
   * `ID` arguments and input fields that are not UUIDs in the database (e.g. a token's subject), as
   * schema coordinates: `CreateProjectInput.butlerSubjectId` or `Query.project(id:)`.
   * @default []
   */
  idsThatAreNotUuids?: readonly string[];
}

interface Failure {
  field: string;
  message: string;
  /** The value was meant as an id but is not one. */
  malformedId?: string;
}

/** The first value of one argument that no resolver may see, or `undefined`. */
function findFailure(
  type: GraphQLInputType,
  value: unknown,
  field: string,
  coordinate: string,
  opaqueIds: ReadonlySet<string>,
): Failure | undefined {
  if (value === null || value === undefined) return undefined;
  if (type instanceof GraphQLNonNull)
    return findFailure(type.ofType, value, field, coordinate, opaqueIds);
  if (type instanceof GraphQLList) {
    for (const item of Array.isArray(value) ? value : [value]) {
      const failure = findFailure(type.ofType, item, field, coordinate, opaqueIds);
      if (failure) return failure;
    }
    return undefined;
  }
  if (type instanceof GraphQLInputObjectType) {
    const fields = type.getFields();
    for (const [name, inner] of Object.entries(value as Record<string, unknown>)) {
      const definition = fields[name];
      if (!definition) continue;
      const path = field === '' ? name : `${field}.${name}`;
      const failure = findFailure(definition.type, inner, path, `${type.name}.${name}`, opaqueIds);
      if (failure) return failure;
    }
    return undefined;
  }
  if (!isScalarType(type) || typeof value !== 'string') return undefined;
  const control = forbiddenControlCharacter(value, true);
  if (control)
    return { field, message: `${field} must not contain control characters (found ${control})` };
  if (type.name === 'ID' && !opaqueIds.has(coordinate) && !isUuid(value))
    return {
      field,
      message: `${field} must be an id (a UUID), not "${value.slice(0, 40)}"`,
      malformedId: value,
    };
  return undefined;
}

function guard(
  parent: GraphQLObjectType,
  definition: GraphQLField<unknown, unknown>,
  opaqueIds: ReadonlySet<string>,
): void {
  const resolve = definition.resolve ?? defaultFieldResolver;
  definition.resolve = (source, args: Record<string, unknown>, context, info) => {
    for (const argument of definition.args) {
      // An input object's fields are named as the validation errors name them (`title`, not `input.title`).
      const field =
        getNamedType(argument.type) instanceof GraphQLInputObjectType ? '' : argument.name;
      const failure = findFailure(
        argument.type,
        args[argument.name],
        field,
        `${parent.name}.${definition.name}(${argument.name}:)`,
        opaqueIds,
      );
      if (!failure) continue;
      // The object's own id, malformed, names nothing, as an unknown one does: NOT_FOUND, as the
      // services answer. A malformed reference elsewhere in the request is bad input.
      if (failure.malformedId !== undefined && argument.name === 'id')
        throw new NotFound(getNamedType(definition.type).name, failure.malformedId, 'id');
      throw new BadUserInput(failure.field || argument.name, failure.message);
    }
    return resolve(source, args, context, info);
  };
}

/**
 * Checks every argument of every field before its resolver runs, so that no service, query or
 * database sees a string with a control character (PostgreSQL refuses NUL in text) or an `ID` that
 * is not a UUID (a uuid column refuses it): each answers BAD_USER_INPUT naming the field (a
 * malformed `id` argument, the object's own id, answers NOT_FOUND like an unknown one), and nothing
 * is written. Tabs and line breaks are left to each field's own rules. Changes `schema`.
 */
export function guardArguments(schema: GraphQLSchema, options: ArgumentGuardOptions = {}): void {
  const opaqueIds = new Set(options.idsThatAreNotUuids ?? []);
  for (const type of Object.values(schema.getTypeMap())) {
    if (!(type instanceof GraphQLObjectType) || type.name.startsWith('__')) continue;
    for (const definition of Object.values(type.getFields())) {
      if (definition.args.length > 0) guard(type, definition, opaqueIds);
    }
  }
}
