import { isUuid, uuidsOf } from './uuid';

describe('uuids', () => {
  it('keeps only the distinct UUIDs of a batch, in any case', () => {
    const id = '2b6a3c1e-9f4d-4c8e-8a51-0f3d2e1c4b5a';
    expect(uuidsOf([id, 'BGM-E01', id.toUpperCase(), ''])).toEqual([id]);
    expect(isUuid(id.toUpperCase())).toBe(true);
    expect(isUuid(`${id}x`)).toBe(false);
  });

  it('accepts UUIDs of any version and nothing else', () => {
    expect(isUuid('00000000-0000-4000-8000-000000000000')).toBe(true);
    expect(isUuid('8D0C5B2E-1F3A-5C4D-9E6F-7A8B9C0D1E2F')).toBe(true);
    expect(isUuid("1' OR '1'='1")).toBe(false);
  });
});
