import { isOecdMember } from '../countries/membership.ts';
import { rank } from './rank.ts';
import { roundTo } from './round.ts';
import type { Edition, Observation, PrintedFigure, RankedObservation } from './types.ts';

/**
 * Ranks one edition's observations of one indicator over the edition's ranked set (all participants,
 * or OECD members at the edition's membership date); everyone else gets a null rank. A partial edition
 * ranks nobody: ranks over an incomplete set would be wrong. Printed ranks and changes are attached
 * beside the computed figures, never in their place. With `decimals`, ranks go by the score as displayed
 * (rounded to the edition's decimals): equal displayed scores share a rank, the one tie rule of the site.
 */
export function rankObservations(observations: readonly Observation[], edition: Edition, printed: readonly PrintedFigure[] = [], decimals?: number): RankedObservation[] {
  const members = observations.map((o) => isOecdMember(o.iso3, edition.membershipAsOf));
  const inSet = observations.map((_, i) => edition.status === 'complete' && (edition.rankedSet === 'all-participants' || members[i]!));
  const ranked = observations.filter((_, i) => inSet[i]);
  const ranks = rank(ranked.map((o) => (decimals === undefined ? o.value : roundTo(o.value, decimals))));
  const rankOf = new Map(ranked.map((o, i) => [o, ranks[i]!]));
  const printedOf = new Map(printed.map((p) => [`${p.iso3}|${p.indicator}|${p.kind}`, p]));
  return observations.map((o, i) => {
    const printedRank = printedOf.get(`${o.iso3}|${o.indicator}|rank`);
    const printedChange = printedOf.get(`${o.iso3}|${o.indicator}|change`);
    return {
      ...o,
      oecdMember: members[i]!,
      rank: rankOf.get(o) ?? null,
      rankedOf: inSet[i] ? ranked.length : null,
      change: null,
      printedRank: printedRank ? { value: printedRank.value, text: printedRank.text } : null,
      printedChange: printedChange ? { value: printedChange.value, text: printedChange.text, since: printedChange.since ?? '' } : null,
    };
  });
}
