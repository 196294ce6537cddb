import { declaredImageType, imageTypeOf } from './photo-content';

describe('what a photo is', () => {
  it('knows JPEG, PNG and WebP by their first bytes, whatever the file claims', () => {
    expect(imageTypeOf(Buffer.from([0xff, 0xd8, 0xff, 0xdb, 0x00]))).toBe('image/jpeg');
    expect(imageTypeOf(Buffer.from('\x89PNG\r\n\x1a\n....', 'latin1'))).toBe('image/png');
    expect(imageTypeOf(Buffer.from('RIFF\x24\x00\x00\x00WEBPVP8 ', 'latin1'))).toBe('image/webp');
  });

  it('takes nothing else for an image: GIF, a RIFF that is a WAV, text, a cut-off JPEG, nothing', () => {
    expect(imageTypeOf(Buffer.from('GIF89a....', 'latin1'))).toBeUndefined();
    expect(imageTypeOf(Buffer.from('RIFF\x24\x00\x00\x00WAVEfmt ', 'latin1'))).toBeUndefined();
    expect(imageTypeOf(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeUndefined();
    expect(imageTypeOf(Buffer.from([0xff, 0xd8]))).toBeUndefined();
    expect(imageTypeOf(Buffer.alloc(0))).toBeUndefined();
  });

  it('reads the declared type without its parameters or case, and only the three accepted', () => {
    expect(declaredImageType('image/JPEG; q=0.9')).toBe('image/jpeg');
    expect(declaredImageType('image/webp')).toBe('image/webp');
    expect(declaredImageType('image/gif')).toBeUndefined();
    expect(declaredImageType('image/svg+xml')).toBeUndefined();
    expect(declaredImageType(undefined)).toBeUndefined();
  });
});
