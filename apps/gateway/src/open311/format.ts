import type { RouteResult } from '@erqi/shared/util-http-server';
import { errorList, type Open311Error } from './open311-error';
import { type XmlValue, xmlList } from './xml-writer';

/** The two formats GeoReport v2 serves, chosen by the path's extension. */
export type Format = 'json' | 'xml';

/** A path's resource and format: `requests/abc.json` → `{ resource: 'requests/abc', format: 'json' }`. */
export function splitFormat(path: string): { resource: string; format: Format } | null {
  const match = /^(.+)\.(json|xml)$/.exec(path);
  return match?.[1] && match[2] ? { resource: match[1], format: match[2] as Format } : null;
}

/** A list answer: a JSON array, or `<root><item>…</item></root>`. */
export function listAnswer(
  format: Format,
  names: { root: string; item: string },
  items: ReadonlyArray<Record<string, XmlValue>>,
  status = 200,
): RouteResult {
  return format === 'json'
    ? { status, body: items, contentType: 'application/json; charset=utf-8' }
    : {
        status,
        body: xmlList(names.root, names.item, items),
        contentType: 'text/xml; charset=utf-8',
      };
}

/** An error in the spec's error list, as JSON or `<errors><error>…`. */
export function errorAnswer(format: Format, error: Open311Error): RouteResult {
  return {
    ...listAnswer(format, { root: 'errors', item: 'error' }, errorList(error), error.status),
    headers: error.headers,
  };
}
