/** A photo larger than this before compression is refused on the device (APPS.md): 20 MB. */
export const ORIGINAL_PHOTO_MAX_BYTES = 20 * 1024 * 1024;
/** Longest side after compression, in pixels. */
export const PHOTO_LONGEST_SIDE = 1600;
/** Most photos one appeal carries (the server's PHOTOS_PER_APPEAL). */
export const PHOTOS_PER_APPEAL = 6;

export type PhotoRefusal = 'notImage' | 'tooLarge' | 'tooMany';

/** Why a chosen file cannot be filed, before anything is uploaded; undefined when it can. */
export function photoRefusal(
  file: { type: string; size: number },
  alreadyChosen: number,
): PhotoRefusal | undefined {
  if (alreadyChosen >= PHOTOS_PER_APPEAL) return 'tooMany';
  if (!file.type.startsWith('image/')) return 'notImage';
  if (file.size > ORIGINAL_PHOTO_MAX_BYTES) return 'tooLarge';
  return undefined;
}

/** The size to draw at: the longest side at most PHOTO_LONGEST_SIDE, proportions kept. */
export function scaledSize(width: number, height: number): { width: number; height: number } {
  const scale = Math.min(1, PHOTO_LONGEST_SIDE / Math.max(width, height));
  return { width: Math.round(width * scale), height: Math.round(height * scale) };
}
