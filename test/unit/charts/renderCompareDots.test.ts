import { describe, expect, it } from 'vitest';
import { renderCompareDots, type CompareSeries } from '../../../src/lib/charts/index.ts';
import { expectWellFormed } from './helpers.ts';

const dimensions = [
  { id: 'digital_design', label: 'Digital by design' },
  { id: 'open_default', label: 'Open by default' },
];
const averages = [0.68, 0.525];
const series = (n: number): CompareSeries[] =>
  Array.from({ length: n }, (_, i) => ({ code: `C${i}`, label: `Country ${i}`, values: [0.3 + i * 0.1, 0.5] }));
const base = { id: 'compare', title: 'Compare', summary: 'Several countries.', dimensions, averages };

const symbolsOf = (markup: string, i: number): string[] =>
  [...markup.matchAll(new RegExp(`<path class="chart-dot chart-series-${i}" transform="[^"]+" d="([^"]+)"`, 'g'))].map(
    (m) => m[1] as string,
  );

describe('renderCompareDots() distinguishes series by shape as well as class', () => {
  const markup = renderCompareDots({ ...base, series: series(6) }).toString();

  it('uses six different symbol shapes', () => {
    const shapes = [0, 1, 2, 3, 4, 5].map((i) => symbolsOf(markup, i));
    for (const s of shapes) expect(new Set(s).size).toBe(1);
    expect(new Set(shapes.map((s) => s[0])).size).toBe(6);
  });

  it('draws one symbol per series per dimension plus one legend key each', () => {
    for (let i = 0; i < 6; i++) expect(symbolsOf(markup, i)).toHaveLength(dimensions.length + 1);
  });

  it('lists every series and the OECD average in the legend', () => {
    for (let i = 0; i < 6; i++) expect(markup).toContain(`>Country ${i}</text>`);
    expect(markup).toContain('>OECD average</text>');
    expect(markup.match(/<line class="chart-avg"/g)).toHaveLength(dimensions.length + 1);
  });

  it('dodges identical values vertically so they stay visible', () => {
    const ys = [...markup.matchAll(/chart-series-\d" transform="translate\([\d.]+,([\d.]+)\)"[^>]*><title>[^<]*Open by default/g)].map((m) => m[1]);
    expect(new Set(ys).size).toBe(6);
  });
});

describe('renderCompareDots() missing values', () => {
  it.each<[string, number | null]>([
    ['null', null],
    ['NaN', NaN],
  ])('writes "not covered" for a %s value and draws no symbol', (_name, missing) => {
    const s = series(2);
    s[1] = { ...s[1]!, values: [missing, 0.5] };
    const markup = renderCompareDots({ ...base, series: s }).toString();
    expect(symbolsOf(markup, 1)).toHaveLength(2);
    expect(markup).toContain('>Country 1: not covered</text>');
    expectWellFormed(markup);
  });
});

describe('renderCompareDots() validates its input', () => {
  it('throws with more than six series', () => {
    expect(() => renderCompareDots({ ...base, series: series(7) })).toThrow(/at most 6 series/);
  });

  it('throws when a series has the wrong number of values', () => {
    expect(() => renderCompareDots({ ...base, series: [{ code: 'X', label: 'X', values: [0.5] }] })).toThrow(/one value per dimension/);
  });

  it('throws when averages do not match the dimensions', () => {
    expect(() => renderCompareDots({ ...base, averages: [0.5], series: series(2) })).toThrow(/averages/);
  });
});
