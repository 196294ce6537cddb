/**
 * The only EXIF a filed photo keeps: when it was taken and, if the person agreed, where. Re-encoding
 * on a canvas drops everything else (camera, serial number, owner); this writes those two back as a
 * small APP1 segment right after the JPEG's start-of-image marker.
 */
export interface PhotoFacts {
  takenAt: Date;
  position?: { lat: number; lng: number };
}

type Entry = { tag: number; type: 2 | 4 | 5; values: number[] | string };

/** EXIF's `YYYY:MM:DD HH:MM:SS`, in Shanghai time (what the camera's clock shows here). */
export function exifDateTime(date: Date): string {
  const shanghai = new Date(date.getTime() + 8 * 3_600_000);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${shanghai.getUTCFullYear()}:${pad(shanghai.getUTCMonth() + 1)}:${pad(shanghai.getUTCDate())} ${pad(shanghai.getUTCHours())}:${pad(shanghai.getUTCMinutes())}:${pad(shanghai.getUTCSeconds())}`;
}

/** Degrees as three rationals (degrees, minutes, hundredths of seconds). */
function rationals(value: number): number[] {
  const absolute = Math.abs(value);
  const degrees = Math.floor(absolute);
  const minutes = Math.floor((absolute - degrees) * 60);
  const seconds = Math.round(((absolute - degrees) * 60 - minutes) * 60 * 100);
  return [degrees, 1, minutes, 1, seconds, 100];
}

function size(entry: Entry): number {
  if (entry.type === 2) return (entry.values as string).length + 1;
  return (entry.values as number[]).length * 4;
}

/** Writes one IFD at `offset` (TIFF-relative), its out-of-line values after it; answers its end. */
function writeIfd(view: DataView, offset: number, entries: Entry[]): number {
  view.setUint16(offset, entries.length);
  let data = offset + 2 + entries.length * 12 + 4;
  entries.forEach((entry, index) => {
    const at = offset + 2 + index * 12;
    const count = entry.type === 5 ? (entry.values as number[]).length / 2 : size(entry);
    view.setUint16(at, entry.tag);
    view.setUint16(at + 2, entry.type);
    view.setUint32(at + 4, entry.type === 4 ? 1 : count);
    const write = (target: number) => {
      if (entry.type === 2)
        [...(entry.values as string)].forEach((char, i) =>
          view.setUint8(target + i, char.charCodeAt(0)),
        );
      else (entry.values as number[]).forEach((value, i) => view.setUint32(target + i * 4, value));
    };
    if (size(entry) <= 4) write(at + 8);
    else {
      view.setUint32(at + 8, data);
      write(data);
      data += size(entry) + (size(entry) % 2);
    }
  });
  view.setUint32(offset + 2 + entries.length * 12, 0);
  return data;
}

/** The APP1 segment (marker, length, `Exif\0\0`, big-endian TIFF) carrying only the facts. */
export function exifSegment(facts: PhotoFacts): Uint8Array {
  const time = exifDateTime(facts.takenAt);
  const tiff = new DataView(new ArrayBuffer(512));
  tiff.setUint16(0, 0x4d4d); // "MM": big-endian
  tiff.setUint16(2, 42);
  tiff.setUint32(4, 8);
  const ifd0: Entry[] = [
    { tag: 0x0132, type: 2, values: time }, // DateTime
    { tag: 0x8769, type: 4, values: [0] }, // ExifIFD pointer, set below
    ...(facts.position ? [{ tag: 0x8825, type: 4 as const, values: [0] }] : []), // GPS IFD pointer
  ];
  let end = writeIfd(tiff, 8, ifd0);
  const exifAt = end;
  end = writeIfd(tiff, exifAt, [{ tag: 0x9003, type: 2, values: time }]); // DateTimeOriginal
  tiff.setUint32(8 + 2 + 1 * 12 + 8, exifAt);
  if (facts.position) {
    const gpsAt = end;
    end = writeIfd(tiff, gpsAt, [
      { tag: 0x0001, type: 2, values: facts.position.lat >= 0 ? 'N' : 'S' },
      { tag: 0x0002, type: 5, values: rationals(facts.position.lat) },
      { tag: 0x0003, type: 2, values: facts.position.lng >= 0 ? 'E' : 'W' },
      { tag: 0x0004, type: 5, values: rationals(facts.position.lng) },
    ]);
    tiff.setUint32(8 + 2 + 2 * 12 + 8, gpsAt);
  }
  const segment = new Uint8Array(4 + 6 + end);
  const head = new DataView(segment.buffer);
  head.setUint16(0, 0xffe1);
  head.setUint16(2, 2 + 6 + end);
  segment.set([0x45, 0x78, 0x69, 0x66, 0, 0], 4);
  segment.set(new Uint8Array(tiff.buffer, 0, end), 10);
  return segment;
}

/** The JPEG with the segment inserted after its SOI marker (a canvas's JPEG has no EXIF of its own). */
export function withExif(jpeg: Uint8Array, facts: PhotoFacts): Uint8Array<ArrayBuffer> {
  if (jpeg[0] !== 0xff || jpeg[1] !== 0xd8) throw new RangeError('not a JPEG');
  const segment = exifSegment(facts);
  const out = new Uint8Array(jpeg.length + segment.length);
  out.set(jpeg.subarray(0, 2), 0);
  out.set(segment, 2);
  out.set(jpeg.subarray(2), 2 + segment.length);
  return out;
}
