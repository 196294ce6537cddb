import { type PhotoFacts, withExif } from './photo-exif';
import { scaledSize } from './photo-rules';

/**
 * On the device: decoded (turned upright), drawn at most 1600 px on its longest side and encoded as
 * JPEG, which drops the original's metadata; the time and, with consent, the position written back.
 */
export async function compressPhoto(
  file: Blob,
  facts: PhotoFacts,
): Promise<{ blob: Blob; contentType: 'image/jpeg' }> {
  const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
  const { width, height } = scaledSize(bitmap.width, bitmap.height);
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('This browser cannot draw photos');
  context.drawImage(bitmap, 0, 0, width, height);
  bitmap.close();
  const jpeg = await new Promise<Blob>((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('The photo could not be encoded'))),
      'image/jpeg',
      0.82,
    ),
  );
  const bytes = withExif(new Uint8Array(await jpeg.arrayBuffer()), facts);
  return { blob: new Blob([bytes], { type: 'image/jpeg' }), contentType: 'image/jpeg' };
}
