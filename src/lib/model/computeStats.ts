import { summarize } from './summarize.ts';
import type { Edition, IndicatorStats, PrintedAggregate, RankedObservation } from './types.ts';

/**
 * OECD average, extremes and spread of one edition's indicator over the members with data, with the
 * average the source printed. A partial edition gets no computed figures: averages over an incomplete
 * set would be wrong, so only the printed average is kept.
 */
export function computeStats(edition: Edition, indicator: string, observations: readonly RankedObservation[], printed?: PrintedAggregate): IndicatorStats {
  const memberValues = observations.filter((o) => o.oecdMember).map((o) => o.value);
  const summary = edition.status === 'complete' ? summarize(memberValues) : { mean: null, min: null, max: null, sd: null };
  return {
    index: edition.index,
    edition: edition.edition,
    indicator,
    average: summary.mean,
    min: summary.min,
    max: summary.max,
    sd: summary.sd,
    members: memberValues.length,
    rankedOf: observations.find((o) => o.rankedOf !== null)?.rankedOf ?? 0,
    printed: printed ? { value: printed.value, text: printed.text } : null,
  };
}
