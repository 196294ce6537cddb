import { ArgumentValidationError } from 'type-graphql';
import type { ValidationError } from 'class-validator';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { BadUserInput, ErrorCode } from './errors';

function firstFailure(
  errors: ValidationError[],
  path: string[] = [],
): { field: string; message: string } | undefined {
  for (const error of errors) {
    const here = [...path, error.property];
    const message = error.constraints ? Object.values(error.constraints)[0] : undefined;
    if (message) return { field: here.join('.'), message };
    const nested = firstFailure(error.children ?? [], here);
    if (nested) return nested;
  }
  return undefined;
}

/**
 * Turns type-graphql's argument validation failure into our BAD_USER_INPUT shape (one field, one sentence)
 * and hides internals of unexpected errors when `hideInternals` is set (production).
 */
export function formatGraphQLError(
  formatted: GraphQLFormattedError,
  error: unknown,
  hideInternals: boolean,
): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  if (original instanceof ArgumentValidationError) {
    const failure = firstFailure(original.extensions.validationErrors as ValidationError[]);
    const field = failure?.field ?? 'input';
    const bad = new BadUserInput(field, failure?.message ?? 'The input is not valid');
    return { ...formatted, message: bad.message, extensions: { ...bad.extensions } };
  }
  const code = formatted.extensions?.['code'];
  if (code === ErrorCode.Internal || code === undefined) {
    const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
    if (hideInternals) {
      const path = formatted.path ? { path: formatted.path } : {};
      return {
        message: 'Something went wrong on our side; it has been logged',
        ...path,
        extensions: { ...extensions, code: ErrorCode.Internal },
      };
    }
    return { ...formatted, extensions: { ...extensions, code: code ?? ErrorCode.Internal } };
  }
  return formatted;
}
