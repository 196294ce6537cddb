import { exifDateTime, withExif } from './photo-exif';
import { photoRefusal, scaledSize } from './photo-rules';

const MB = 1024 * 1024;

describe('photos before upload', () => {
  it('refuses a file that is not an image, one over 20 MB, and a seventh photo', () => {
    expect(photoRefusal({ type: 'application/pdf', size: 1000 }, 0)).toBe('notImage');
    expect(photoRefusal({ type: 'image/jpeg', size: 21 * MB }, 0)).toBe('tooLarge');
    expect(photoRefusal({ type: 'image/jpeg', size: 5 * MB }, 6)).toBe('tooMany');
    expect(photoRefusal({ type: 'image/heic', size: 5 * MB }, 5)).toBeUndefined();
  });

  it('draws the longest side at 1600 px at most, keeping proportions, never enlarging', () => {
    expect(scaledSize(4000, 3000)).toEqual({ width: 1600, height: 1200 });
    expect(scaledSize(3000, 4000)).toEqual({ width: 1200, height: 1600 });
    expect(scaledSize(800, 600)).toEqual({ width: 800, height: 600 });
  });

  it('keeps the time the photo was taken, in Shanghai time, and the position only when given', () => {
    const jpeg = Uint8Array.from([0xff, 0xd8, 0xff, 0xdb, 0x00, 0x02, 0xff, 0xd9]);
    const takenAt = new Date('2024-03-07T06:30:05Z');
    expect(exifDateTime(takenAt)).toBe('2024:03:07 14:30:05');
    const text = (bytes: Uint8Array) => String.fromCharCode(...bytes);

    const timeOnly = withExif(jpeg, { takenAt });
    expect([...timeOnly.subarray(0, 4)]).toEqual([0xff, 0xd8, 0xff, 0xe1]);
    expect(text(timeOnly)).toContain('Exif');
    expect(text(timeOnly)).toContain('2024:03:07 14:30:05');
    expect(text(timeOnly)).not.toMatch(/N\0/);
    // The picture's own bytes follow unchanged.
    expect([...timeOnly.subarray(timeOnly.length - 6)]).toEqual([
      0xff, 0xdb, 0x00, 0x02, 0xff, 0xd9,
    ]);

    const located = withExif(jpeg, { takenAt, position: { lat: 34.7, lng: 113.6 } });
    expect(located.length).toBeGreaterThan(timeOnly.length);
    expect(text(located)).toContain('N\0');
    expect(text(located)).toContain('E\0');
  });
});
