/** A value the XML writer can write: text, a number, a flag, nothing, an element, or a list of elements. */
export type XmlValue = string | number | boolean | null | undefined | XmlElement | XmlList;
export interface XmlElement {
  [name: string]: XmlValue;
}
/** A repeated child: `{ item: 'format', values: [...] }` writes `<format>…</format>` once per value. */
export interface XmlList {
  item: string;
  values: readonly XmlValue[];
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** Text as XML character data; characters XML 1.0 cannot carry at all are dropped. */
export function escapeXml(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);
}

function isList(value: XmlValue): value is XmlList {
  return (
    typeof value === 'object' &&
    value !== null &&
    'item' in value &&
    'values' in value &&
    Array.isArray(value.values)
  );
}

function write(name: string, value: XmlValue): string {
  if (value === undefined) return '';
  if (value === null) return `<${name}/>`;
  if (isList(value))
    return `<${name}>${value.values.map((item) => write(value.item, item)).join('')}</${name}>`;
  if (typeof value === 'object')
    return `<${name}>${Object.entries(value)
      .map(([child, inner]) => write(child, inner))
      .join('')}</${name}>`;
  return `<${name}>${escapeXml(String(value))}</${name}>`;
}

/** A document: the declaration and one root element. An `undefined` child is left out, a `null` one written empty. */
export function xmlDocument(root: string, value: XmlValue): string {
  return `<?xml version="1.0" encoding="utf-8"?>\n${write(root, value)}\n`;
}

/** A list as a root element: `<services><service>…</service>…</services>`. */
export function xmlList(root: string, item: string, values: readonly XmlValue[]): string {
  return xmlDocument(root, { item, values });
}
