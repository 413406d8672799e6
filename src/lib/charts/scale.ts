import { ticks } from 'd3';

/** What the axes need of a linear scale (d3's ScaleLinear has it too). */
export interface LinearScale {
  (value: number): number;
  ticks(count?: number): number[];
  range(): number[];
}

/**
 * A clamped linear scale computed as d3's scaleLinear computes it (normalise, clamp, interpolate), without
 * d3-scale's interpolators and formats: the compare page draws in the browser and ships this instead.
 */
export function clampedLinear(domain: readonly [number, number], range: readonly [number, number]): LinearScale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const scale = (value: number) => {
    const t = Math.min(1, Math.max(0, (value - d0) / (d1 - d0)));
    return r0 * (1 - t) + r1 * t;
  };
  scale.ticks = (count = 10) => ticks(d0, d1, count);
  scale.range = () => [r0, r1];
  return scale;
}
