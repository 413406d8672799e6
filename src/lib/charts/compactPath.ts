import { geoPath, type GeoProjection } from 'd3';
import type { Geometry } from 'geojson';

/**
 * SVG path data for a projected geometry, made small: points rounded to whole units, repeated points dropped
 * (and, with a `tolerance`, points closer than that to the last one kept: for outlines drawn only as texture),
 * rings that shrink below `minArea` square units dropped, and every move after the first written relative
 * (`l3 -1 2 0`), which gzip packs far better than absolute coordinates.
 */
export function compactPath(geometry: Geometry, projection: GeoProjection, minArea = 1.5, tolerance = 0): string {
  const rings: [number, number][][] = [];
  let ring: [number, number][] = [];
  const context = {
    moveTo(x: number, y: number) {
      ring = [[Math.round(x), Math.round(y)]];
      rings.push(ring);
    },
    lineTo(x: number, y: number) {
      const p: [number, number] = [Math.round(x), Math.round(y)];
      const last = ring[ring.length - 1]!;
      if (Math.hypot(p[0] - last[0], p[1] - last[1]) > tolerance && (p[0] !== last[0] || p[1] !== last[1])) ring.push(p);
    },
    closePath() {},
    arc() {},
  };
  geoPath(projection, context as unknown as CanvasRenderingContext2D)(geometry);
  let out = '';
  let cursor: [number, number] = [0, 0];
  for (const r of rings) {
    while (r.length > 1 && r[0]![0] === r[r.length - 1]![0] && r[0]![1] === r[r.length - 1]![1]) r.pop();
    if (r.length < 3 || Math.abs(area(r)) < minArea) continue;
    const [x0, y0] = r[0]!;
    out += out === '' ? `M${x0} ${y0}` : `m${x0 - cursor[0]} ${y0 - cursor[1]}`;
    let prev = r[0]!;
    out += 'l' + r.slice(1).map((p) => {
      const d = `${p[0] - prev[0]} ${p[1] - prev[1]}`;
      prev = p;
      return d;
    }).join(' ').replace(/ -/g, '-') + 'z';
    cursor = [x0, y0];
  }
  return out;
}

function area(ring: [number, number][]): number {
  let sum = 0;
  for (let i = 0; i < ring.length; i++) {
    const [x1, y1] = ring[i]!;
    const [x2, y2] = ring[(i + 1) % ring.length]!;
    sum += x1 * y2 - x2 * y1;
  }
  return sum / 2;
}
