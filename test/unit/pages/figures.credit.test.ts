/** What a chart's take-away files credit: the publications its figures are taken from (real data, named editions). */
import { describe, expect, it } from 'vitest';
import { svg } from '../../../src/lib/charts/svg.ts';
import { credited, type Figure } from '../../../src/lib/pages/figures.ts';
import { pageContext } from '../../helpers/pageInputs.ts';

const figure: Figure = { id: 'x', title: 'T', summary: 'S', svg: svg`<svg></svg>`, files: { svg: 'x.svg', png: 'x.png', csv: 'x.csv' }, address: '/#x' };

describe('credited()', () => {
  const ctx = pageContext('en');
  const credit = (index: string, edition: string) => credited(ctx, figure, [ctx.data.requireEdition(index, edition)]).credit ?? '';

  it('OURdata 2023: credits the results paper and Government at a Glance 2025, which printed the composites shown', () => {
    expect(credit('ourdata', '2023')).toMatch(/OURdata.*Government at a Glance 2025/s);
  });

  it('DGI 2023: credits the results paper alone, since the Data Explorer dataflow is only compared with it', () => {
    expect(credit('dgi', '2023')).not.toContain('Government at a Glance');
  });
});
