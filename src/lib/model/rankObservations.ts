import { isOecdMember } from '../countries/membership.ts';
import { rank } from './rank.ts';
import type { Edition, Observation, RankedObservation } from './types.ts';

/**
 * Ranks one edition's observations of one indicator over the edition's ranked set (all participants,
 * or OECD members at the edition's date); everyone else gets a null rank.
 */
export function rankObservations(observations: readonly Observation[], edition: Edition): RankedObservation[] {
  const members = observations.map((o) => isOecdMember(o.iso3, edition.membershipAsOf));
  const inSet = observations.map((_, i) => edition.rankedSet === 'all-participants' || members[i]!);
  const ranked = observations.filter((_, i) => inSet[i]);
  const ranks = rank(ranked.map((o) => o.value));
  const rankOf = new Map(ranked.map((o, i) => [o, ranks[i]!]));
  return observations.map((o, i) => ({
    ...o,
    oecdMember: members[i]!,
    rank: rankOf.get(o) ?? null,
    rankedOf: inSet[i] ? ranked.length : null,
    change: null,
  }));
}
