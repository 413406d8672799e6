import { describe, expect, it } from 'vitest';
import { placeLabels, renderScatter } from '../../../src/lib/charts/index.ts';
import { expectWellFormed } from './helpers.ts';

const base = { id: 'scatter', title: 'DGI and OURdata', summary: 'Both scores.', xLabel: 'DGI', yLabel: 'OURdata', xAverage: 0.5, yAverage: 0.5 };

describe('placeLabels()', () => {
  it('puts a label right of its dot, else left, above or below, and drops it where all four are taken', () => {
    const plot: [number, number, number, number] = [0, 0, 200, 200];
    const places = placeLabels([{ cx: 100, cy: 100, text: 'KOR' }, { cx: 100, cy: 100, text: 'DNK' }, { cx: 100, cy: 100, text: 'GBR' }, { cx: 100, cy: 100, text: 'FRA' }, { cx: 100, cy: 100, text: 'DEU' }], plot);
    expect(places.map((p) => p?.anchor ?? null)).toEqual(['start', 'end', 'middle', 'middle', null]);
  });

  it('keeps labels inside the plot', () => {
    expect(placeLabels([{ cx: 195, cy: 100, text: 'KOR' }], [0, 0, 200, 200])[0]!.anchor).toBe('end');
  });
});

describe('renderScatter()', () => {
  it('draws one linked dot per country with both scores, the averages as cross-hairs', () => {
    const markup = renderScatter({ ...base, points: [
      { code: 'KOR', label: 'Korea', short: 'KOR', x: 0.9, y: 0.9, href: '/countries/kor/' },
      { code: 'ROU', label: 'Romania', short: 'ROU', x: 0.2, y: Number.NaN },
    ] }).toString();
    expect(markup.match(/<circle class="chart-dot"/g)).toHaveLength(1);
    expect(markup).toContain('<a href="/countries/kor/">');
    expect(markup.match(/<line class="chart-avg"/g)).toHaveLength(2);
    expectWellFormed(markup);
  });

  it('says there is no data where no country has both', () => {
    expect(renderScatter({ ...base, points: [] }).toString()).toContain('No data available');
  });
});
