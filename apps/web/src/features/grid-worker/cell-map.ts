/** A point as stored: WGS-84 degrees (no tile server, no GCJ-02 conversion: nothing is drawn over a base map). */
export interface LatLng {
  lat: number;
  lng: number;
}

/**
 * Projects cell outlines into an SVG box: longitude scaled by cos(latitude) so a cell keeps its
 * shape, north up, with a margin. Answers each outline's `points` attribute and its centre.
 */
export function projectOutlines(
  outlines: ReadonlyArray<readonly LatLng[]>,
  size: { width: number; height: number; margin: number },
): Array<{ points: string; centre: { x: number; y: number } }> {
  const all = outlines.flat();
  if (all.length === 0) return outlines.map(() => ({ points: '', centre: { x: 0, y: 0 } }));
  const meanLat = all.reduce((sum, point) => sum + point.lat, 0) / all.length;
  const kx = Math.cos((meanLat * Math.PI) / 180);
  const xs = all.map((point) => point.lng * kx);
  const ys = all.map((point) => point.lat);
  const [minX, maxX, minY, maxY] = [
    Math.min(...xs),
    Math.max(...xs),
    Math.min(...ys),
    Math.max(...ys),
  ];
  const span = Math.max(maxX - minX, maxY - minY) || 1;
  const inner = { width: size.width - 2 * size.margin, height: size.height - 2 * size.margin };
  const fit = Math.min(inner.width / (maxX - minX || span), inner.height / (maxY - minY || span));
  const offsetX = size.margin + (inner.width - (maxX - minX) * fit) / 2;
  const offsetY = size.margin + (inner.height - (maxY - minY) * fit) / 2;
  const place = (point: LatLng) => ({
    x: offsetX + (point.lng * kx - minX) * fit,
    y: offsetY + (maxY - point.lat) * fit,
  });
  return outlines.map((outline) => {
    const placed = outline.map(place);
    const centre = placed.reduce(
      (sum, point) => ({ x: sum.x + point.x / placed.length, y: sum.y + point.y / placed.length }),
      { x: 0, y: 0 },
    );
    return {
      points: placed.map((point) => `${point.x.toFixed(1)},${point.y.toFixed(1)}`).join(' '),
      centre,
    };
  });
}
