/** The world map's legend and its drawing of a partial edition: assessed-but-not-transcribed apart from not covered. */
import type { GeoProjection } from 'd3';
import { describe, expect, it } from 'vitest';
import { mapClass, mapLegend, renderWorldMap, type MapShape } from '../../../src/lib/charts/renderWorldMap.ts';

const square = (code: string, x: number, y: number): MapShape => ({ code, geometry: { type: 'Polygon', coordinates: [[[x, y], [x + 8, y], [x + 8, y + 8], [x, y + 8], [x, y]]] } });
const SHAPES = [square('AAA', 0, 40), square('BBB', 20, 40), square('CCC', 40, 40), square('DDD', 60, 40)];
const base = { title: 'Map', summary: 'Made up.', shapes: SHAPES, thresholds: [0.2, 0.4, 0.6, 0.8], europeInset: false };

describe('mapLegend()', () => {
  it.each([
    { case: 'a complete edition: five classes, then not covered', untranscribed: undefined, keys: ['chart-tile chart-tile--q0 map-low', 'chart-tile chart-tile--q1', 'chart-tile chart-tile--q2', 'chart-tile chart-tile--q3', 'chart-tile chart-tile--q4', 'map-hatch'] },
    { case: 'a partial edition with countries not transcribed: their key before not covered', untranscribed: 'not transcribed here', keys: ['chart-tile chart-tile--q0 map-low', 'chart-tile chart-tile--q1', 'chart-tile chart-tile--q2', 'chart-tile chart-tile--q3', 'chart-tile chart-tile--q4', 'map-cross', 'map-hatch'] },
  ])('$case', ({ untranscribed, keys }) => {
    const legend = mapLegend([0.2, 0.4, 0.6, 0.8], String, 'not covered', untranscribed);
    expect(legend.map((l) => l.className)).toEqual(keys);
    expect(legend[0]!.text).toBe('< 0.2');
    expect(legend.at(-1)!.text).toBe('not covered');
  });

  it('outlines the lowest class (map-low), so it stands out from land', () => {
    expect(mapClass(0.1, [0.2, 0.4, 0.6, 0.8])).toContain('map-low');
    expect(mapClass(0.5, [0.2, 0.4, 0.6, 0.8])).not.toContain('map-low');
    expect(mapClass(null, [0.2, 0.4, 0.6, 0.8])).toBe('map-hatch');
  });
});

describe('renderWorldMap() on a partial edition', () => {
  const markup = renderWorldMap({
    ...base,
    id: 'p',
    countries: [
      { code: 'AAA', label: 'Aland', value: 0.9, href: '/countries/aaa/' },
      { code: 'BBB', label: 'Bland', value: null, untranscribed: true, href: '/countries/bbb/' },
      { code: 'CCC', label: 'Cland', value: null },
    ],
    untranscribedLabel: 'assessed by the OECD, not transcribed here',
    mark: 'X 2025: partial edition, scores as published, not ranked',
    footnote: 'Assessed by the OECD, not transcribed here: Bland.',
  }).toString();

  it('cross-hatches a country assessed but not transcribed, with its own tooltip and link, apart from the hatched not covered', () => {
    expect(markup).toContain('<pattern id="p-cross"');
    expect(markup).toMatch(/<a href="\/countries\/bbb\/" aria-label="Bland: assessed by the OECD, not transcribed here"><path class="map-blank map-untranscribed" fill="url\(#p-cross\)"/);
    expect(markup).toMatch(/<path class="map-blank" fill="url\(#p-hatch\)"[^>]*><title>not covered<\/title>/);
  });

  it('draws the partial mark above and the countries not transcribed under it, so the take-away file carries them', () => {
    expect(markup).toContain('class="chart-mark"');
    expect(markup).toContain('X 2025: partial edition, scores as published, not ranked');
    expect(markup).toContain('class="chart-footnote"');
  });

  it('has no cross-hatch where no country is untranscribed', () => {
    const complete = renderWorldMap({ ...base, id: 'c', countries: [{ code: 'AAA', label: 'Aland', value: 0.9 }] }).toString();
    expect(complete).not.toContain('cross');
    expect(complete).not.toContain('chart-mark');
  });
});

describe('compactPath() with a tolerance (land not covered, drawn as texture)', () => {
  it('merges points closer than the tolerance, keeps the ring, and leaves covered outlines exact', async () => {
    const { geoIdentity } = await import('d3');
    const { compactPath } = await import('../../../src/lib/charts/compactPath.ts');
    const wiggly = { type: 'Polygon' as const, coordinates: [[[0, 0], [1, 0], [2, 0], [3, 1], [10, 0], [10, 10], [0, 10], [0, 0]]] };
    const identity = geoIdentity() as unknown as GeoProjection;
    const exact = compactPath(wiggly, identity);
    const coarse = compactPath(wiggly, identity, 1.5, 2.5);
    expect(exact).toBe('M0 0l1 0 1 0 1 1 7-1 0 10-10 0z');
    expect(coarse).toBe('M0 0l3 1 7-1 0 10-10 0z');
  });
});
