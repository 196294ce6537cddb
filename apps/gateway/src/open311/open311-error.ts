/** A GeoReport v2 error: an HTTP status and one `{code, description}` of the spec's error list. */
export class Open311Error extends Error {
  constructor(
    readonly status: number,
    readonly description: string,
    /** Extra headers (a 429's Retry-After). */
    readonly headers: Record<string, string> = {},
  ) {
    super(description);
  }
}

/** The spec's shape: a list of errors, each with the HTTP status as its code. */
export function errorList(error: Open311Error): Array<{ code: number; description: string }> {
  return [{ code: error.status, description: error.description }];
}
