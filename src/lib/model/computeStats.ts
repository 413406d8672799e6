import { summarize } from './summarize.ts';
import type { IndicatorStats, RankedObservation } from './types.ts';

/** OECD average, extremes and spread of one edition's indicator over the members with data. */
export function computeStats(index: string, edition: string, indicator: string, observations: readonly RankedObservation[]): IndicatorStats {
  const summary = summarize(observations.filter((o) => o.oecdMember).map((o) => o.value));
  return {
    index,
    edition,
    indicator,
    average: summary.mean,
    min: summary.min,
    max: summary.max,
    sd: summary.sd,
    members: summary.n,
    rankedOf: observations.find((o) => o.rankedOf !== null)?.rankedOf ?? 0,
  };
}
