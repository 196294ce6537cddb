import { PHOTO_CONTENT_TYPES, type PhotoContentType } from '@erqi/appeal/util-contract';

/** The first bytes each accepted type starts with (WebP: `RIFF`, a size, then `WEBP`). */
const SIGNATURES: ReadonlyArray<{ type: PhotoContentType; matches: (bytes: Buffer) => boolean }> = [
  { type: 'image/jpeg', matches: (bytes) => startsWith(bytes, [0xff, 0xd8, 0xff]) },
  {
    type: 'image/png',
    matches: (bytes) => startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  },
  {
    type: 'image/webp',
    matches: (bytes) =>
      bytes.subarray(0, 4).toString('latin1') === 'RIFF' &&
      bytes.subarray(8, 12).toString('latin1') === 'WEBP',
  },
];

function startsWith(bytes: Buffer, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((byte, index) => bytes[index] === byte);
}

/** What the bytes are, by their magic numbers (the declared type is the client's word only). */
export function imageTypeOf(bytes: Buffer): PhotoContentType | undefined {
  return SIGNATURES.find((signature) => signature.matches(bytes))?.type;
}

/** The declared content type, without parameters, if it is one we accept. */
export function declaredImageType(header: string | undefined): PhotoContentType | undefined {
  const type = (header ?? '').split(';')[0]?.trim().toLowerCase();
  return PHOTO_CONTENT_TYPES.find((accepted) => accepted === type);
}
