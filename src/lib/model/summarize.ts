interface Summary {
  n: number;
  mean: number | null;
  min: number | null;
  max: number | null;
  /** Population standard deviation. */
  sd: number | null;
}

/** Mean, extremes and population standard deviation of the finite values; nulls and NaN are skipped. */
export function summarize(values: readonly (number | null | undefined)[]): Summary {
  const finite = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  const n = finite.length;
  if (n === 0) return { n, mean: null, min: null, max: null, sd: null };
  const mean = finite.reduce((sum, v) => sum + v, 0) / n;
  const variance = finite.reduce((sum, v) => sum + (v - mean) ** 2, 0) / n;
  return { n, mean, min: Math.min(...finite), max: Math.max(...finite), sd: Math.sqrt(variance) };
}
