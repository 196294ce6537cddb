import type { IncomingMessage } from 'node:http';
import { readRequestBody } from '@erqi/shared/util-http-server';
import { Open311Error } from './open311-error';

/** A POSTed service request is small: text fields and a media URL, never the media itself. */
const MAX_FORM_BYTES = 20_000;

/** The form fields of a POST, `attribute[code]` gathered by code. */
export interface RequestForm {
  fields: URLSearchParams;
  attributes: Map<string, string>;
}

/** Reads `application/x-www-form-urlencoded`, as GeoReport v2 posts; anything else is a 400. */
export async function readRequestForm(request: IncomingMessage): Promise<RequestForm> {
  const type = (request.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/x-www-form-urlencoded')
    throw new Open311Error(400, 'Send the request as application/x-www-form-urlencoded');
  const fields = new URLSearchParams(
    (await readRequestBody(request, MAX_FORM_BYTES)).toString('utf8'),
  );
  const attributes = new Map<string, string>();
  for (const [name, value] of fields) {
    const match = /^attribute\[([^\]]+)\]$/.exec(name);
    if (match?.[1]) attributes.set(match[1], value);
  }
  return { fields, attributes };
}

/** A field's trimmed value, or undefined when it is absent or blank. */
export function field(params: URLSearchParams, name: string): string | undefined {
  const value = params.get(name)?.trim();
  return value ? value : undefined;
}
