import { describe, expect, it } from 'vitest';
import { rank } from '../../../src/lib/model/rank.ts';

describe('rank()', () => {
  it.each([
    { name: 'gives tied scores the same rank and skips the next (1, 2, 2, 4)', values: [0.9, 0.8, 0.8, 0.7], ranks: [1, 2, 2, 4] },
    { name: 'ties at the top share rank 1', values: [0.7, 0.7, 0.5, 0.3], ranks: [1, 1, 3, 4] },
    { name: 'ties at the bottom share the last rank', values: [0.9, 0.2, 0.2], ranks: [1, 2, 2] },
    { name: 'three-way ties skip two ranks', values: [0.5, 0.6, 0.6, 0.6, 0.1], ranks: [4, 1, 1, 1, 5] },
    { name: 'gives all-equal scores rank 1', values: [0.5, 0.5, 0.5], ranks: [1, 1, 1] },
    { name: 'ranks a single score 1', values: [0.3], ranks: [1] },
    { name: 'returns no ranks for no scores', values: [], ranks: [] },
    { name: 'returns ranks in input order, not score order', values: [0.7, 0.9, 0.8, 0.8], ranks: [4, 1, 2, 2] },
    { name: 'ranks the highest score first, negatives included', values: [-0.5, 0, 0.5], ranks: [3, 2, 1] },
    { name: 'treats 0 and -0 as a tie', values: [0, -0, 1], ranks: [2, 2, 1] },
  ])('$name', ({ values, ranks }) => {
    expect(rank(values)).toEqual(ranks);
  });

  it('does not reorder its input', () => {
    const values = [0.2, 0.9, 0.5];
    rank(values);
    expect(values).toEqual([0.2, 0.9, 0.5]);
  });

  it('ranks the published DGI 2019 composites of Ireland and Chile (both 0.411) together', () => {
    // Excerpt of DGI 2019 (Table 1): Czech Republic 0.434, Ireland 0.411, Chile 0.411, Belgium 0.406.
    expect(rank([0.434, 0.411, 0.411, 0.406])).toEqual([1, 2, 2, 4]);
  });

  describe.each([
    { label: 'NaN', bad: Number.NaN },
    { label: 'Infinity', bad: Number.POSITIVE_INFINITY },
    { label: '-Infinity', bad: Number.NEGATIVE_INFINITY },
  ])('with $label among the scores', ({ bad }) => {
    it('throws a RangeError naming the value', () => {
      expect(() => rank([0.5, bad, 0.2])).toThrow(RangeError);
      expect(() => rank([0.5, bad, 0.2])).toThrow(`rank() needs finite numbers, got ${bad}`);
    });
  });

  it('explains a NaN score in plain words', () => {
    expect(() => rank([Number.NaN])).toThrowErrorMatchingInlineSnapshot(`[RangeError: rank() needs finite numbers, got NaN]`);
  });
});
