import { GraphQLError } from 'graphql';

/** The codes every subgraph and the gateway answer with, in `extensions.code`. */
export const ErrorCode = {
  BadUserInput: 'BAD_USER_INPUT',
  NotFound: 'NOT_FOUND',
  Forbidden: 'FORBIDDEN',
  Unauthenticated: 'UNAUTHENTICATED',
  Conflict: 'CONFLICT',
  ServiceUnavailable: 'SERVICE_UNAVAILABLE',
  NotYetKnown: 'NOT_YET_KNOWN',
  UnsupportedMediaType: 'UNSUPPORTED_MEDIA_TYPE',
  Internal: 'INTERNAL_SERVER_ERROR',
} as const;

export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

interface CodedErrorOptions {
  code: ErrorCode;
  extensions?: Record<string, unknown>;
}

// No HTTP status is set: a GraphQL answer with errors is still a 200, or the gateway would take a
// subgraph's NOT_FOUND for a failed fetch and lose the code.
function codedError(message: string, options: CodedErrorOptions): GraphQLError {
  return new GraphQLError(message, { extensions: { ...options.extensions, code: options.code } });
}

/** The caller sent a value that cannot be used; `field` names the argument or input field at fault (e.g. `creditCode`, `title`). */
export class BadUserInput extends GraphQLError {
  constructor(field: string, message: string, extensions: Record<string, unknown> = {}) {
    const base = codedError(message, {
      code: ErrorCode.BadUserInput,
      extensions: { ...extensions, field },
    });
    super(base.message, { extensions: base.extensions });
  }
}

/** Nothing of `entity` has this id; `field` names the argument that carried it. */
export class NotFound extends GraphQLError {
  constructor(entity: string, id: string, field = 'id') {
    const base = codedError(`${entity} ${id} does not exist`, {
      code: ErrorCode.NotFound,
      extensions: { entity, id, field },
    });
    super(base.message, { extensions: base.extensions });
  }
}

export class Forbidden extends GraphQLError {
  constructor(message = 'You are not allowed to do this') {
    const base = codedError(message, { code: ErrorCode.Forbidden });
    super(base.message, { extensions: base.extensions });
  }
}

export class Unauthenticated extends GraphQLError {
  constructor(message = 'Sign in first: this needs a valid token') {
    const base = codedError(message, { code: ErrorCode.Unauthenticated });
    super(base.message, { extensions: base.extensions });
  }
}

/** The request clashes with the current state (a duplicate, a stale version, a transition not allowed now). */
export class Conflict extends GraphQLError {
  constructor(message: string, extensions: Record<string, unknown> = {}) {
    const base = codedError(message, { code: ErrorCode.Conflict, extensions });
    super(base.message, { extensions: base.extensions });
  }
}

/** Another service this one needs did not answer; nothing was saved and the caller may try again. */
export class ServiceUnavailable extends GraphQLError {
  constructor(service: string, message: string) {
    const base = codedError(message, {
      code: ErrorCode.ServiceUnavailable,
      extensions: { service },
    });
    super(base.message, { extensions: base.extensions });
  }
}

/**
 * This service's copy of another service's data (fed by its events) does not hold `entity` `id` yet,
 * e.g. an enterprise registered a moment ago. Nothing was saved; the same request may succeed in a
 * few seconds (`retryable: true`). `field` names the argument that carried the id.
 */
export class NotYetKnown extends GraphQLError {
  constructor(entity: string, id: string, field: string) {
    const base = codedError(
      `${entity} ${id} is not known here yet: if it was registered a moment ago, try again in a few seconds`,
      {
        code: ErrorCode.NotYetKnown,
        extensions: { entity, id, field, retryable: true },
      },
    );
    super(base.message, { extensions: base.extensions });
  }
}

/** A body that is not of a type the endpoint takes (a file that is not an accepted image); HTTP 415 on a plain route. */
export class UnsupportedMediaType extends GraphQLError {
  constructor(message: string, extensions: Record<string, unknown> = {}) {
    const base = codedError(message, { code: ErrorCode.UnsupportedMediaType, extensions });
    super(base.message, { extensions: base.extensions });
  }
}
