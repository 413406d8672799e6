import type { Edition, RankedObservation } from './types.ts';

/**
 * Sets each observation's change since the same country and indicator in the previous edition of its
 * index, flagged as a methodology break where the edition is not comparable with the previous one.
 */
export function linkChanges(observations: RankedObservation[], editions: readonly Edition[]): void {
  const byKey = new Map(observations.map((o) => [`${o.index}|${o.edition}|${o.iso3}|${o.indicator}`, o]));
  const editionOf = new Map(editions.map((e) => [`${e.index}|${e.edition}`, e]));
  for (const o of observations) {
    const edition = editionOf.get(`${o.index}|${o.edition}`);
    if (edition?.previous === undefined) continue;
    const before = byKey.get(`${o.index}|${edition.previous}|${o.iso3}|${o.indicator}`);
    if (!before) continue;
    o.change = { fromEdition: edition.previous, delta: o.value - before.value, methodologyBreak: !edition.comparableWithPrevious };
  }
}
