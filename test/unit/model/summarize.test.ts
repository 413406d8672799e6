import { describe, expect, it } from 'vitest';
import { summarize } from '../../../src/lib/model/summarize.ts';

describe('summarize()', () => {
  it('gives the mean, extremes and population standard deviation', () => {
    // 2, 4, 4, 4, 5, 5, 7, 9: mean 5, squared deviations sum to 32, population variance 32 / 8 = 4.
    expect(summarize([2, 4, 4, 4, 5, 5, 7, 9])).toEqual({ n: 8, mean: 5, min: 2, max: 9, sd: 2 });
  });

  it('uses the population (n), not the sample (n - 1), standard deviation', () => {
    // 1 and 3: population sd 1; the sample sd would be sqrt(2).
    expect(summarize([1, 3]).sd).toBe(1);
  });

  it('gives a single value a spread of 0', () => {
    expect(summarize([0.7])).toEqual({ n: 1, mean: 0.7, min: 0.7, max: 0.7, sd: 0 });
  });

  it('keeps zeros: 0 is a score, not a missing value', () => {
    expect(summarize([0, 1])).toEqual({ n: 2, mean: 0.5, min: 0, max: 1, sd: 0.5 });
  });

  it.each([
    { name: 'null', values: [2, null, 4] },
    { name: 'undefined', values: [undefined, 2, 4] },
    { name: 'NaN', values: [2, 4, Number.NaN] },
    { name: 'Infinity', values: [Number.POSITIVE_INFINITY, 2, 4] },
    { name: '-Infinity', values: [2, Number.NEGATIVE_INFINITY, 4] },
    { name: 'a mix of all of them', values: [null, 2, undefined, Number.NaN, 4, Number.POSITIVE_INFINITY] },
  ])('skips $name', ({ values }) => {
    expect(summarize(values)).toEqual({ n: 2, mean: 3, min: 2, max: 4, sd: 1 });
  });

  it.each([
    { name: 'no values', values: [] },
    { name: 'only nulls', values: [null, null] },
    { name: 'only undefined and NaN', values: [undefined, Number.NaN] },
  ])('gives nulls and n = 0 for $name', ({ values }) => {
    expect(summarize(values)).toEqual({ n: 0, mean: null, min: null, max: null, sd: null });
  });

  it('handles negative values', () => {
    expect(summarize([-1, -3])).toEqual({ n: 2, mean: -2, min: -3, max: -1, sd: 1 });
  });
});
