import { projectOutlines } from './cell-map';

describe('cell outlines drawn from the data', () => {
  it('fits the cells in the box with north up, each outline with its centre', () => {
    const square = [
      { lat: 34.7, lng: 113.6 },
      { lat: 34.7, lng: 113.61 },
      { lat: 34.71, lng: 113.61 },
      { lat: 34.71, lng: 113.6 },
    ];
    const [drawn] = projectOutlines([square], { width: 100, height: 100, margin: 10 });
    const points = drawn?.points.split(' ').map((pair) => pair.split(',').map(Number)) ?? [];
    expect(points).toHaveLength(4);
    for (const [x, y] of points) {
      expect(x).toBeGreaterThanOrEqual(10);
      expect(x).toBeLessThanOrEqual(90);
      expect(y).toBeGreaterThanOrEqual(10);
      expect(y).toBeLessThanOrEqual(90);
    }
    // The northern edge (larger latitude) is drawn above the southern one.
    expect(points[2]?.[1]).toBeLessThan(points[0]?.[1] ?? 0);
    expect(drawn?.centre.x).toBeCloseTo(50, 0);
    expect(drawn?.centre.y).toBeCloseTo(50, 0);
  });
});
