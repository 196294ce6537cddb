import { boundingBox, isPointInRing } from './point-in-ring';
import type { Ring } from './grid-cell.entity';

const square: Ring = [
  [113.58, 34.68],
  [113.59, 34.68],
  [113.59, 34.69],
  [113.58, 34.69],
  [113.58, 34.68],
];
// An L shape: the notch at the top right is outside.
const ell: Ring = [
  [0, 0],
  [2, 0],
  [2, 1],
  [1, 1],
  [1, 2],
  [0, 2],
  [0, 0],
];

describe('isPointInRing', () => {
  it('finds a point inside a cell and rejects one outside', () => {
    expect(isPointInRing(113.585, 34.685, square)).toBe(true);
    expect(isPointInRing(113.595, 34.685, square)).toBe(false);
  });

  it('treats the edge as inside, so a point on a shared border is never in no cell', () => {
    expect(isPointInRing(113.59, 34.685, square)).toBe(true);
  });

  it('handles concave outlines', () => {
    expect(isPointInRing(0.5, 1.5, ell)).toBe(true);
    expect(isPointInRing(1.5, 1.5, ell)).toBe(false);
  });
});

describe('boundingBox', () => {
  it('spans the ring', () => {
    expect(boundingBox(ell)).toEqual({ minLat: 0, maxLat: 2, minLng: 0, maxLng: 2 });
  });
});
