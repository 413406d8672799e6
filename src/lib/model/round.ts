/** Rounds half away from zero to `decimals` places, avoiding binary artefacts such as 1.005 → 1.00. */
export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  const scaled = Math.abs(value) * factor;
  const rounded = Math.round(Number(scaled.toPrecision(15))) / factor;
  return rounded === 0 ? 0 : Math.sign(value) * rounded;
}

/** Half a unit in the last published place: differences up to this are rounding, not disagreement. */
export function roundingTolerance(...decimals: number[]): number {
  return decimals.reduce((sum, d) => sum + 0.5 * 10 ** -d, 0) + 1e-9;
}
