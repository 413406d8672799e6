import type { Edition, RankedObservation } from './types.ts';

/**
 * Each observation with its change since the same country and indicator in the previous edition of its
 * index, flagged as a methodology break where the edition is not comparable with the previous one.
 * Returns new objects; the input is left as it was.
 */
export function withChanges(observations: readonly RankedObservation[], editions: readonly Edition[]): RankedObservation[] {
  const byKey = new Map(observations.map((o) => [`${o.index}|${o.edition}|${o.iso3}|${o.indicator}`, o]));
  const editionOf = new Map(editions.map((e) => [`${e.index}|${e.edition}`, e]));
  return observations.map((o) => {
    const edition = editionOf.get(`${o.index}|${o.edition}`);
    const before = edition?.previous === undefined ? undefined : byKey.get(`${o.index}|${edition.previous}|${o.iso3}|${o.indicator}`);
    if (!edition || !before) return o.change === null ? o : { ...o, change: null };
    return { ...o, change: { fromEdition: edition.previous!, delta: o.value - before.value, methodologyBreak: !edition.comparableWithPrevious } };
  });
}
