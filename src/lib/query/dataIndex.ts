import type { IndexDefinition, IndicatorDefinition } from '../manifest/schema.ts';
import type { Country, Dataset, Edition, IndicatorStats, RankedObservation } from '../model/types.ts';

export interface DataIndex {
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
  /** `index(id)` for an id the dataset must hold (from the manifest or a route); throws a located message if not. */
  requireIndex(id: string): IndexDefinition;
  requireIndicator(index: string, id: string): IndicatorDefinition;
  requireEdition(index: string, label: string): Edition;
  requireCountry(iso3: string): Country;
}

/** The value of a lookup that cannot miss unless the data and the code disagree: a bug, said plainly. */
function found<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`${what} is not in the dataset (the pages asked for it, the manifest and data do not hold it)`);
  return value;
}

const key = (...parts: string[]) => parts.join('|');

/** Indexes the dataset once so pages look figures up without scanning. */
export function indexData(dataset: Dataset): DataIndex {
  const observations = new Map<string, RankedObservation>();
  const groups = new Map<string, RankedObservation[]>();
  for (const o of dataset.observations) {
    observations.set(key(o.index, o.edition, o.iso3, o.indicator), o);
    const group = key(o.index, o.edition, o.indicator);
    const members = groups.get(group) ?? [];
    if (members.length === 0) groups.set(group, members);
    members.push(o);
  }
  const names = new Map(dataset.countries.map((c) => [c.iso3, c.name.en]));
  for (const group of groups.values()) {
    group.sort(
      (a, b) =>
        (a.rank === null ? 1 : 0) - (b.rank === null ? 1 : 0) ||
        (a.rank ?? 0) - (b.rank ?? 0) ||
        b.value - a.value ||
        (names.get(a.iso3) ?? a.iso3).localeCompare(names.get(b.iso3) ?? b.iso3),
    );
  }
  const stats = new Map(dataset.stats.map((s) => [key(s.index, s.edition, s.indicator), s]));
  const countries = new Map(dataset.countries.map((c) => [c.iso3, c]));
  const indices = new Map(dataset.indices.map((i) => [i.id, i]));
  // Per-index lookups built once, not on every call (pages call these thousands of times per build).
  // Where an id repeats (the manifest check rejects that), the same entry wins as with the scans these replace.
  const ownEditions = new Map<string, Edition[]>();
  const editionByLabel = new Map<string, Map<string, Edition>>();
  for (const e of dataset.editions) {
    const own = ownEditions.get(e.index) ?? [];
    if (own.length === 0) ownEditions.set(e.index, own);
    own.push(e);
    const labels = editionByLabel.get(e.index) ?? new Map<string, Edition>();
    editionByLabel.set(e.index, labels);
    if (!labels.has(e.edition)) labels.set(e.edition, e);
  }
  const indicators = new Map<string, Map<string, IndicatorDefinition>>();
  const childrenOf = new Map<string, Map<string, IndicatorDefinition[]>>();
  for (const index of indices.values()) {
    const byId = new Map<string, IndicatorDefinition>();
    const byParent = new Map<string, IndicatorDefinition[]>();
    for (const ind of index.indicators) {
      if (!byId.has(ind.id)) byId.set(ind.id, ind);
      if (ind.parent === undefined) continue;
      const siblings = byParent.get(ind.parent) ?? [];
      if (siblings.length === 0) byParent.set(ind.parent, siblings);
      siblings.push(ind);
    }
    indicators.set(index.id, byId);
    childrenOf.set(index.id, byParent);
  }
  const none: readonly Edition[] = [];
  const editionsOf = (index: string): readonly Edition[] => ownEditions.get(index) ?? none;

  return {
    dataset,
    index: (id) => indices.get(id),
    indicator: (index, id) => indicators.get(index)?.get(id),
    // Fresh arrays, as before: callers may sort or reverse what they get.
    children: (index, parent) => childrenOf.get(index)?.get(parent)?.slice() ?? [],
    editions: (index) => editionsOf(index).slice(),
    edition: (index, label) => (label === 'latest' ? editionsOf(index).at(-1) : editionByLabel.get(index)?.get(label)),
    country: (iso3) => countries.get(iso3),
    observation: (index, edition, iso3, indicator) => observations.get(key(index, edition, iso3, indicator)),
    ranking: (index, edition, indicator) => groups.get(key(index, edition, indicator)) ?? [],
    stats: (index, edition, indicator) => stats.get(key(index, edition, indicator)),
    coverage: (iso3, index) => editionsOf(index).filter((e) => observations.has(key(index, e.edition, iso3, 'composite'))),
    requireIndex: (id) => found(indices.get(id), `index "${id}"`),
    requireIndicator: (index, id) => found(indicators.get(index)?.get(id), `indicator "${index}/${id}"`),
    requireEdition: (index, label) =>
      found(label === 'latest' ? editionsOf(index).at(-1) : editionByLabel.get(index)?.get(label), `edition "${index} ${label}"`),
    requireCountry: (iso3) => found(countries.get(iso3), `country "${iso3}"`),
  };
}
