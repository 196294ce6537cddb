import { createHash } from 'node:crypto';

/**
 * A UUID derived from a kind and a key, the same on every machine. The four services seed their
 * own databases separately; stable ids let an appeal refer to an enterprise seeded elsewhere.
 */
export function stableId(kind: string, key: string): string {
  const hex = createHash('sha1').update(`erqi:${kind}:${key}`).digest('hex');
  const variant = ((parseInt(hex[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
