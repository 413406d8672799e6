import type { IndexDefinition } from '../manifest/schema.ts';
import { scaleFor } from './levels.ts';
import type { Edition, RankedObservation } from './types.ts';

/**
 * Each observation with its change since the same country and indicator in the previous edition of its
 * index, flagged as a methodology break where the edition is not comparable with the previous one.
 * Where the indicator's scale differs between the two editions (OURdata pillars: 0–1/3 in 2019, 0–1 in
 * 2023) there is no change: a difference of scores on two scales measures nothing. Returns new objects;
 * the input is left as it was.
 */
export function withChanges(observations: readonly RankedObservation[], editions: readonly Edition[], indices: readonly IndexDefinition[] = []): RankedObservation[] {
  const byKey = new Map(observations.map((o) => [`${o.index}|${o.edition}|${o.iso3}|${o.indicator}`, o]));
  const editionOf = new Map(editions.map((e) => [`${e.index}|${e.edition}`, e]));
  const indexOf = new Map(indices.map((i) => [i.id, i]));
  return observations.map((o) => {
    const edition = editionOf.get(`${o.index}|${o.edition}`);
    const before = edition?.previous === undefined ? undefined : byKey.get(`${o.index}|${edition.previous}|${o.iso3}|${o.indicator}`);
    const index = indexOf.get(o.index);
    const previous = edition?.previous === undefined ? undefined : editionOf.get(`${o.index}|${edition.previous}`);
    if (!edition || !before || (index && previous && scaleChanged(previous, edition, index, o.indicator))) return o.change === null ? o : { ...o, change: null };
    return { ...o, change: { fromEdition: edition.previous!, delta: o.value - before.value, methodologyBreak: !edition.comparableWithPrevious } };
  });
}

/** True when an indicator's scores lie on different ranges in two editions (0–1/3 against 0–1). */
export function scaleChanged(before: Edition, after: Edition, index: IndexDefinition, indicator: string): boolean {
  const a = scaleFor(before, index, indicator);
  const b = scaleFor(after, index, indicator);
  return a.min !== b.min || a.max !== b.max;
}
