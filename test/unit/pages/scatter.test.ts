/** The DGI–OURdata scatter on the home and index pages, on the real data (DGI 2023 and OURdata 2023, the latest complete editions). */
import { describe, expect, it } from 'vitest';
import { correlation, scatterView } from '../../../src/lib/pages/scatter.ts';
import { pageContext } from '../../helpers/pageInputs.ts';

describe('correlation()', () => {
  it.each<[number[], number[], number]>([
    [[1, 2, 3], [2, 4, 6], 1],
    [[1, 2, 3], [3, 2, 1], -1],
    [[1, 1, 1], [1, 2, 3], 0],
  ])('%j with %j', (xs, ys, r) => {
    expect(correlation(xs, ys)).toBeCloseTo(r, 10);
  });
});

describe('scatterView()', () => {
  const ctx = pageContext('en');
  const view = scatterView(ctx, 's')!;
  const both = ctx.data.dataset.countries.filter((c) => ctx.data.observation('dgi', '2023', c.iso3, 'composite') && ctx.data.observation('ourdata', '2023', c.iso3, 'composite'));

  it('places every country with both a DGI 2023 and an OURdata 2023 composite, alphabetically in its table', () => {
    expect(view.rows).toHaveLength(both.length);
    expect(view.xHeading).toBe('DGI 2023');
    expect(view.yHeading).toBe('OURdata 2023');
    const names = view.rows.map((r) => r.country.text);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
    expect(view.figure.svg.toString().match(/<circle class="chart-dot"/g)).toHaveLength(both.length);
  });

  it('says in words how the countries fall around both averages, and credits both sources', () => {
    expect(view.figure.summary).toMatch(new RegExp(`^${both.length} countries have a composite score in both DGI 2023 and OURdata 2023\\. Above both OECD averages \\(0\\.605 and 0\\.48\\): \\d+; below both: \\d+; above one and below the other: \\d+\\. Correlation between the two scores: 0\\.\\d\\d\\.$`));
    expect(view.figure.subtitle).toBe('DGI 2023 · OURdata 2023');
    expect(view.figure.credit).toMatch(/^Source: OECD/);
  });

  it('writes French with its narrow no-break spaces', () => {
    const fr = scatterView(pageContext('fr'), 's')!;
    expect(fr.figure.summary).toContain('moyennes OCDE (0,605 et 0,48)\u202f:');
  });
});
