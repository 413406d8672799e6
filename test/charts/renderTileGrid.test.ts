import { describe, expect, it } from 'vitest';
import { renderTileGrid, tileQuantile, type Tile } from '../../src/lib/charts/index.ts';
import { expectWellFormed } from './helpers.ts';

const base = { id: 'tiles', title: 'DGI 2023', summary: 'Overview.', thresholds: [0.5, 0.6, 0.7, 0.8] };
const tileFor = (markup: string, code: string): string =>
  new RegExp(`<(?:a|g)[^>]*><title>[^<]*</title><rect class="([^"]+)"[^>]*/><text[^>]*>${code}</text><text[^>]*>([^<]*)</text>`).exec(markup)?.slice(1).join('|') ?? '';

describe('renderTileGrid() puts each value in a threshold class', () => {
  it.each<[number | null, string, string]>([
    [0.198, 'chart-tile chart-tile--q0', '0.198'],
    [0.4999, 'chart-tile chart-tile--q0', '0.500'],
    [0.5, 'chart-tile chart-tile--q1', '0.500'],
    [0.599, 'chart-tile chart-tile--q1', '0.599'],
    [0.6, 'chart-tile chart-tile--q2', '0.600'],
    [0.736, 'chart-tile chart-tile--q3', '0.736'],
    [0.8, 'chart-tile chart-tile--q4', '0.800'],
    [0.935, 'chart-tile chart-tile--q4', '0.935'],
    [null, 'chart-tile chart-tile--missing', 'n/a'],
    [NaN, 'chart-tile chart-tile--missing', 'n/a'],
  ])('%s → %s', (value, className, text) => {
    const markup = renderTileGrid({ ...base, tiles: [{ code: 'XXX', label: 'X', value }] }).toString();
    expect(tileFor(markup, 'XXX')).toBe(`${className}|${text}`);
  });

  it.each<[number | null, number | null]>([
    [-1, 0],
    [0.5, 1],
    [0.79, 3],
    [2, 4],
    [null, null],
  ])('tileQuantile(%s) = %s', (value, q) => {
    expect(tileQuantile(value, base.thresholds)).toBe(q);
  });

  it.each<[string, number[]]>([
    ['three thresholds', [0.5, 0.6, 0.7]],
    ['descending thresholds', [0.8, 0.7, 0.6, 0.5]],
    ['equal thresholds', [0.5, 0.5, 0.6, 0.7]],
    ['non-finite threshold', [0.5, NaN, 0.7, 0.8]],
  ])('throws on %s', (_name, thresholds) => {
    expect(() => renderTileGrid({ ...base, thresholds, tiles: [] })).toThrow(/thresholds/);
  });
});

describe('renderTileGrid() layout and text', () => {
  const tiles: Tile[] = [
    { code: 'KOR', label: 'Korea', value: 0.935, href: '/en/countries/kor/' },
    { code: 'AUT', label: 'Austria', value: 0.547 },
    { code: 'DEU', label: 'Germany', value: null },
    { code: 'TUR', label: 'Türkiye', value: 0.586 },
    { code: 'CZE', label: 'Czechia', value: 0.593 },
  ];
  const markup = renderTileGrid({ ...base, tiles, columns: 2 }).toString();

  it('orders tiles alphabetically by label', () => {
    const codes = [...markup.matchAll(/font-size="16" font-weight="700">([A-Z]{3})</g)].map((m) => m[1]);
    expect(codes).toEqual(['AUT', 'CZE', 'DEU', 'KOR', 'TUR']);
  });

  it('gives each tile a "Label: value" title and links when asked', () => {
    expect(markup).toContain('<a href="/en/countries/kor/"><title>Korea: 0.935</title>');
    expect(markup).toContain('<g><title>Germany: not covered</title>');
  });

  it('wraps rows at the column count', () => {
    const ys = [...markup.matchAll(/<rect class="chart-tile[^"]*" x="[\d.]+" y="([\d.]+)" width="[\d.]+" height="52"/g)].map((m) => m[1]);
    expect(ys).toEqual(['4', '4', '60', '60', '116']);
  });

  it('prints a legend with the five ranges and the missing class', () => {
    for (const text of ['&lt; 0.500', '0.500–0.600', '0.600–0.700', '0.700–0.800', '≥ 0.800', 'n/a (not covered)']) {
      expect(markup).toContain(`>${text}</text>`);
    }
    for (const q of ['q0', 'q1', 'q2', 'q3', 'q4', 'missing']) {
      expect(markup).toMatch(new RegExp(`<rect class="chart-tile chart-tile--${q}" x="[\\d.]+" y="[\\d.]+" width="14"`));
    }
    expectWellFormed(markup);
  });

  it.each([0, -1, 2.5])('throws on columns = %s', (columns) => {
    expect(() => renderTileGrid({ ...base, tiles, columns })).toThrow(/columns/);
  });
});
