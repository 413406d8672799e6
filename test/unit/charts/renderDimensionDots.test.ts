import { describe, expect, it } from 'vitest';
import { renderDimensionDots, type DimensionRow } from '../../../src/lib/charts/index.ts';
import { expectWellFormed } from './helpers.ts';

const base = { id: 'dims', title: 'France by dimension', summary: 'Six dimensions.', countryLabel: 'France' };
const rows: DimensionRow[] = [
  { label: 'Digital by design', value: 0.677, average: 0.68, min: 0.3, max: 0.973, rankText: 'rank 18 of 33' },
  { label: 'Data-driven public sector', value: null, average: 0.6, min: 0.2, max: 1, rankText: '' },
  { label: 'Open by default', value: 0.761, average: null },
];
const markup = renderDimensionDots({ ...base, rows }).toString();
const rowGroups = markup.split('\n').filter((l) => l.startsWith('<g><text class="chart-label"'));

describe('renderDimensionDots() one country against the OECD', () => {
  it('prints a legend for the country, the average and the range', () => {
    expect(markup).toMatch(/font-weight="700">France<\/text>/);
    expect(markup).toContain('>OECD average</text>');
    expect(markup).toContain('>range of OECD members</text>');
  });

  it('draws range, average diamond, country dot, value and rank text per row', () => {
    expect(rowGroups).toHaveLength(3);
    const first = rowGroups[0]!;
    expect(first).toMatch(/<line class="chart-range" x1="[\d.]+" x2="[\d.]+"/);
    expect(first).toContain('<title>OECD average: 0.680</title>');
    expect(first).toContain('<title>France: 0.677</title>');
    expect(first).toContain('>0.677</text>');
    expect(first).toContain('>rank 18 of 33</text>');
  });

  it('says "not covered" and draws no dot for a missing value', () => {
    const missing = rowGroups[1]!;
    expect(missing).toContain('>not covered</text>');
    expect(missing).not.toContain('class="chart-dot"');
    expect(missing).toContain('class="chart-avg"');
  });

  it('leaves out what is unknown instead of inventing it', () => {
    const third = rowGroups[2]!;
    expect(third).not.toContain('chart-range');
    expect(third).not.toContain('chart-avg');
    expect(third).toContain('class="chart-dot"');
    expectWellFormed(markup);
  });
});

describe('renderDimensionDots() keeps a usable plot on a phone', () => {
  it('gives the plot at least 40 % of a 340-unit drawing, whatever the labels and missing-value words', () => {
    const long = 'Government support for data re-use and a great deal more words';
    const markup = renderDimensionDots({
      id: 'narrow', title: 'OURdata 2025', summary: 'Pillars.', countryLabel: 'Denmark', width: 340,
      rows: [
        { label: long, value: 0.8, average: 0.6, rankText: '' },
        { label: long, value: null, average: 0.5, missingText: 'not stated in the source' },
      ],
    }).toString();
    const axis = /<g class="chart-axis" aria-hidden="true">\s*<line x1="([\d.]+)" x2="([\d.]+)"/.exec(markup)!;
    expect(Number(axis[2]) - Number(axis[1])).toBeGreaterThanOrEqual(340 * 0.4);
    expect(markup).toContain('>not stated in the source</text>');
  });
});

describe('renderDimensionDots() with a label too long for two lines', () => {
  it('writes it on three lines in a taller row, so no word is cut at the edge', () => {
    const markup = renderDimensionDots({
      id: 'fr', title: 'OURdata 2023', summary: 'Piliers.', countryLabel: 'Danemark', width: 340,
      rows: [{ label: 'Soutien public à la réutilisation des données', value: 0.57, average: 0.5 }, { label: 'Court', value: 0.5, average: 0.5 }],
    }).toString();
    const tspans = [...markup.matchAll(/<tspan x="([\d.]+)" dy="[\d.]+">([^<]+)<\/tspan>/g)].filter((m) => /Soutien|réutilisation|données|public/.test(m[2]!));
    expect(tspans.length).toBeGreaterThanOrEqual(3);
    for (const m of tspans) expect(Number(m[1]) - m[2]!.length * 7.2).toBeGreaterThanOrEqual(0);
  });
});
