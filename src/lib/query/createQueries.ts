import type { IndexDefinition, IndicatorDefinition } from '../manifest/schema.ts';
import type { Country, Dataset, Edition, IndicatorStats, RankedObservation } from '../model/types.ts';

export interface Queries {
  dataset: Dataset;
  index(id: string): IndexDefinition | undefined;
  indicator(index: string, id: string): IndicatorDefinition | undefined;
  /** Dimensions/pillars under `composite`, or sub-pillars under a pillar. */
  children(index: string, parent: string): IndicatorDefinition[];
  editions(index: string): Edition[];
  /** An edition by label, or the newest with `latest`. */
  edition(index: string, label: string): Edition | undefined;
  country(iso3: string): Country | undefined;
  observation(index: string, edition: string, iso3: string, indicator: string): RankedObservation | undefined;
  /** Ranked countries by rank, then unranked ones by score; ties by name. */
  ranking(index: string, edition: string, indicator: string): RankedObservation[];
  stats(index: string, edition: string, indicator: string): IndicatorStats | undefined;
  /** Editions of `index` that cover the country. */
  coverage(iso3: string, index: string): Edition[];
}

const key = (...parts: string[]) => parts.join('|');

/** Indexes the dataset once so pages look figures up without scanning. */
export function createQueries(dataset: Dataset): Queries {
  const observations = new Map<string, RankedObservation>();
  const groups = new Map<string, RankedObservation[]>();
  for (const o of dataset.observations) {
    observations.set(key(o.index, o.edition, o.iso3, o.indicator), o);
    const group = key(o.index, o.edition, o.indicator);
    if (!groups.has(group)) groups.set(group, []);
    groups.get(group)!.push(o);
  }
  const names = new Map(dataset.countries.map((c) => [c.iso3, c.name.en]));
  for (const group of groups.values()) {
    group.sort(
      (a, b) =>
        (a.rank === null ? 1 : 0) - (b.rank === null ? 1 : 0) ||
        (a.rank ?? 0) - (b.rank ?? 0) ||
        b.value - a.value ||
        names.get(a.iso3)!.localeCompare(names.get(b.iso3)!),
    );
  }
  const stats = new Map(dataset.stats.map((s) => [key(s.index, s.edition, s.indicator), s]));
  const countries = new Map(dataset.countries.map((c) => [c.iso3, c]));
  const indices = new Map(dataset.indices.map((i) => [i.id, i]));
  const editionsOf = (index: string) => dataset.editions.filter((e) => e.index === index);

  return {
    dataset,
    index: (id) => indices.get(id),
    indicator: (index, id) => indices.get(index)?.indicators.find((i) => i.id === id),
    children: (index, parent) => indices.get(index)?.indicators.filter((i) => i.parent === parent) ?? [],
    editions: editionsOf,
    edition: (index, label) => {
      const own = editionsOf(index);
      return label === 'latest' ? own.at(-1) : own.find((e) => e.edition === label);
    },
    country: (iso3) => countries.get(iso3),
    observation: (index, edition, iso3, indicator) => observations.get(key(index, edition, iso3, indicator)),
    ranking: (index, edition, indicator) => groups.get(key(index, edition, indicator)) ?? [],
    stats: (index, edition, indicator) => stats.get(key(index, edition, indicator)),
    coverage: (iso3, index) => editionsOf(index).filter((e) => observations.has(key(index, e.edition, iso3, 'composite'))),
  };
}
