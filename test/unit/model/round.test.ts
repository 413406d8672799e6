import { describe, expect, it } from 'vitest';
import { roundingTolerance, roundTo } from '../../../src/lib/model/round.ts';

describe('roundTo()', () => {
  it.each([
    // 1.005 is stored as 1.00499999999999989...; naive Math.round(x * 100) / 100 gives 1.
    { value: 1.005, decimals: 2, expected: 1.01 },
    { value: 0.7833, decimals: 2, expected: 0.78 },
    // Poland's OURdata 2023 composite: (0.64 + 0.96 + 0.75) / 3.
    { value: (0.64 + 0.96 + 0.75) / 3, decimals: 2, expected: 0.78 },
    { value: 0.125, decimals: 2, expected: 0.13 },
    { value: 0.7855, decimals: 3, expected: 0.786 },
    { value: 2.5, decimals: 0, expected: 3 },
    { value: 0.935, decimals: 3, expected: 0.935 },
    { value: 0.5, decimals: 2, expected: 0.5 },
    { value: 0, decimals: 2, expected: 0 },
    { value: 1, decimals: 3, expected: 1 },
  ])('rounds $value to $decimals places as $expected', ({ value, decimals, expected }) => {
    expect(roundTo(value, decimals)).toBe(expected);
  });

  it.each([
    { value: -1.005, decimals: 2, expected: -1.01 },
    { value: -0.7833, decimals: 2, expected: -0.78 },
    { value: -0.125, decimals: 2, expected: -0.13 },
    { value: -2.5, decimals: 0, expected: -3 },
    { value: -0.193, decimals: 2, expected: -0.19 },
  ])('rounds negative $value half away from zero to $expected', ({ value, decimals, expected }) => {
    expect(roundTo(value, decimals)).toBe(expected);
    expect(roundTo(-value, decimals)).toBe(-expected);
  });

  it('rounds a tiny negative number to 0, not -0 (Intl.NumberFormat prints -0 as "-0")', () => {
    expect(Object.is(roundTo(-0.001, 2), 0)).toBe(true);
  });

  it('leaves a value that already has the asked decimals unchanged, however large', () => {
    expect(roundTo(1234567.891234, 6)).toBe(1234567.891234);
  });
});

describe('roundingTolerance()', () => {
  it('is half a unit in the last published place', () => {
    expect(roundingTolerance(2)).toBeCloseTo(0.005, 8);
    expect(roundingTolerance(3)).toBeCloseTo(0.0005, 8);
  });

  it('adds the half-units of every rounding involved', () => {
    expect(roundingTolerance(2, 3)).toBeCloseTo(0.0055, 8);
    expect(roundingTolerance(2, 2)).toBeCloseTo(0.01, 8);
  });

  it('accepts a difference of exactly half a unit despite floating-point error', () => {
    // 0.785 - 0.78 is 0.00500000000000000444 in binary: still rounding, not disagreement.
    expect(Math.abs(0.785 - 0.78)).toBeGreaterThan(0.005);
    expect(Math.abs(0.785 - 0.78)).toBeLessThanOrEqual(roundingTolerance(2));
  });

  it('tells rounding from disagreement: Poland OURdata 2023 computed 0.7833 vs published 0.79', () => {
    const computed = (0.64 + 0.96 + 0.75) / 3;
    expect(Math.abs(0.78 - computed)).toBeLessThanOrEqual(roundingTolerance(2));
    expect(Math.abs(0.79 - computed)).toBeGreaterThan(roundingTolerance(2));
  });

  it('is almost zero with no rounding at all', () => {
    expect(roundingTolerance()).toBeGreaterThan(0);
    expect(roundingTolerance()).toBeLessThan(1e-6);
  });
});
