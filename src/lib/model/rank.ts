/**
 * Standard competition ranks ("1224") for `values`, highest first: equal values share a rank and the
 * next rank skips. Returns ranks in the order of the input.
 */
export function rank(values: readonly number[]): number[] {
  for (const value of values) if (!Number.isFinite(value)) throw new RangeError(`rank() needs finite numbers, got ${value}`);
  const sorted = [...values].sort((a, b) => b - a);
  const first = new Map<number, number>();
  sorted.forEach((value, i) => {
    if (!first.has(value)) first.set(value, i + 1);
  });
  return values.map((value) => first.get(value)!);
}
