import { expect } from 'vitest';
import {
  renderCompareDots,
  renderDimensionDots,
  renderDistribution,
  renderHistory,
  renderRankedBars,
  renderWorldMap,
  type ChartLabels,
  type SafeSvg,
} from '../../../src/lib/charts/index.ts';
import type { MapShape } from '../../../src/lib/charts/index.ts';
import type { Geometry } from 'geojson';

/** A clockwise lon/lat box (d3-geo's winding for an exterior ring). */
export const box = (lon: number, lat: number, size = 10): Geometry => ({
  type: 'Polygon',
  coordinates: [[[lon, lat], [lon, lat + size], [lon + size, lat + size], [lon + size, lat], [lon, lat]]],
});

/** Three countries outside Europe (so the Europe inset draws none of them) and one uncoded piece of land. */
export const MAP_SHAPES: MapShape[] = [
  { code: 'KOR', geometry: box(126, 34, 4) },
  { code: 'PRB', geometry: box(-65, -30, 15) },
  { code: 'USA', geometry: box(-120, 30, 20) },
  { code: '', geometry: box(20, -30, 10) },
];

const TAG = /<(\/?)([A-Za-z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>/g;

export function expectWellFormed(markup: string): void {
  const stack: string[] = [];
  let last = 0;
  for (const m of markup.matchAll(TAG)) {
    const text = markup.slice(last, m.index);
    expect(text, `stray markup before <${m[2]}>`).not.toMatch(/[<>]/);
    expect(text, 'bare ampersand').not.toMatch(/&(?!amp;|lt;|gt;|quot;|#39;)/);
    last = m.index + m[0].length;
    const [, closing, name, , selfClosing] = m;
    if (selfClosing) continue;
    if (closing) expect(stack.pop(), `closing </${name}>`).toBe(name);
    else stack.push(name as string);
  }
  expect(markup.slice(last).trim()).toBe('');
  expect(stack).toEqual([]);
  expect(markup.startsWith('<svg ')).toBe(true);
}

export function expectInert(markup: string): void {
  expect(markup).not.toMatch(/style\s*=/i);
  expect(markup).not.toMatch(/<style/i);
  expect(markup).not.toMatch(/<script/i);
  expect(markup).not.toMatch(/<[a-z][^>]*\son[a-z]+\s*=/i);
  expect(markup).not.toMatch(/href="\s*javascript:/i);
  expect(markup).not.toMatch(/NaN|undefined|Infinity|\[object/);
}

export interface Probe {
  id?: string;
  title?: string;
  summary?: string;
  label?: string;
  value?: number | null;
  href?: string;
  empty?: boolean;
  labels?: Partial<ChartLabels>;
}

const common = (p: Probe) => ({
  id: p.id ?? 'probe',
  title: p.title ?? 'Probe chart',
  summary: p.summary ?? 'A chart used by the tests.',
  ...(p.labels ? { labels: p.labels } : {}),
});
const label = (p: Probe) => p.label ?? 'Probeland';
const value = (p: Probe) => (p.value === undefined ? 0.5 : p.value);
const href = (p: Probe) => (p.href === undefined ? {} : { href: p.href });

export const RENDERERS: [string, (p: Probe) => SafeSvg][] = [
  [
    'renderRankedBars',
    (p) =>
      renderRankedBars({
        ...common(p),
        rows: p.empty
          ? []
          : [
              { code: 'KOR', label: 'Korea', value: 0.935, rank: 1 },
              { code: 'PRB', label: label(p), value: value(p), rank: 2, ...href(p) },
            ],
        average: 0.605,
      }),
  ],
  [
    'renderDimensionDots',
    (p) =>
      renderDimensionDots({
        ...common(p),
        countryLabel: label(p),
        rows: p.empty
          ? []
          : [
              { label: 'Digital by design', value: 0.677, average: 0.68, min: 0.3, max: 0.97, rankText: 'rank 18 of 33' },
              { label: label(p), value: value(p), average: 0.6, min: 0.2, max: 0.9, ...href(p) },
            ],
      }),
  ],
  [
    'renderHistory',
    (p) =>
      renderHistory({
        ...common(p),
        countryLabel: label(p),
        points: p.empty
          ? []
          : [
              { edition: '2019', value: 0.573, average: 0.501, breakBefore: false },
              { edition: label(p), value: value(p), average: 0.605, breakBefore: true },
            ],
      }),
  ],
  [
    'renderCompareDots',
    (p) =>
      renderCompareDots({
        ...common(p),
        dimensions: p.empty ? [] : [{ id: 'dd', label: label(p), ...href(p) }, { id: 'op', label: 'Open by default' }],
        series: [
          { code: 'KOR', label: 'Korea', values: p.empty ? [] : [0.971, 0.882] },
          { code: 'PRB', label: label(p), values: p.empty ? [] : [value(p), 0.4] },
        ],
        averages: p.empty ? [] : [0.68, 0.525],
      }),
  ],
  [
    'renderWorldMap',
    (p) =>
      renderWorldMap({
        ...common(p),
        shapes: p.empty ? [] : MAP_SHAPES,
        countries: [
          { code: 'KOR', label: 'Korea', value: 0.935 },
          { code: 'PRB', label: label(p), value: value(p), ...href(p) },
        ],
        thresholds: [0.5, 0.6, 0.7, 0.8],
      }),
  ],
  [
    'renderDistribution',
    (p) =>
      renderDistribution({
        ...common(p),
        values: p.empty
          ? []
          : [
              { code: 'KOR', label: 'Korea', value: 0.935 },
              { code: 'PRB', label: label(p), value: value(p) },
            ],
        average: 0.605,
        sd: 0.13,
        min: 0.224,
        max: 0.935,
        highlightCode: 'PRB',
      }),
  ],
];

export function hrefsIn(markup: string): string[] {
  return [...markup.matchAll(/<a href="([^"]*)"/g)].map((m) => m[1] as string);
}
